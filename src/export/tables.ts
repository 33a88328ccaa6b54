// Every table of the report as a grid for spreadsheets, in the report's order: the overview tables, then each
// committee's tables as numbered (Tabel 1 operations, the financing table, the initiatives, the capital table,
// a follow-up's changes). The implementation plan is one table of every initiative. Amount cells stay exact: a
// Decimal in kroner, a marker such as "R", or undefined for a blank cell.
import type { CommitteeModel } from "../compute/committee.js";
import type { PlanModel } from "../compute/plan.js";
import type { ReportModel } from "../compute/report.js";
import type { MeasureRow, StatementSection } from "../compute/statements/sections.js";
import type { AmountTable, CellFormat, TableRow } from "../compute/tables.js";
import type { Decimal } from "../core/money.js";
import type { DisplayUnit } from "../format/danish.js";
import { unitLabel } from "../format/danish.js";

interface GridBase {
  /** The table's anchor in the website, unique in the report: names the sheet and the CSV file. */
  name: string;
  /** "Tabel 1. Klima- og Miljøudvalgets driftsudgifter i 2024 …" */
  title: string;
  head: string[];
  note?: string;
}

export interface AmountGrid extends GridBase {
  kind: "amounts";
  /** The unit the report shows the amounts in. */
  unit: DisplayUnit;
  /** Per column after the label, when some column is not an amount (a percentage). */
  formats?: CellFormat[];
  rows: TableRow[];
  /** What the amounts' signs mean, where not "+ udgift, − indtægt". */
  signs?: string;
}

/** The key figures: each row in its own unit (a count, a rate, money), with a column naming it. */
export interface MeasureGrid extends GridBase {
  kind: "measures";
  rows: MeasureRow[];
}

/** Tabel 2, the initiatives: text only. */
export interface TextGrid extends GridBase {
  kind: "text";
  rows: string[][];
}

/** Records of text and amounts (the implementation plan): `amounts` says which columns hold amounts in `unit`. */
export interface RecordGrid extends GridBase {
  kind: "records";
  unit: DisplayUnit;
  amounts: boolean[];
  rows: (string | Decimal | undefined)[][];
}

export type Grid = AmountGrid | MeasureGrid | TextGrid | RecordGrid;

/** The CSV file and sheet of the implementation plan. */
const PLAN_GRID = "udmoentningsplan";

export function reportGrids(report: ReportModel): Grid[] {
  if (report.kind === "plan") return [planGrid(report.plan)];
  const overview = [report.main.operations, report.main.capital, report.main.financing].filter((t): t is AmountTable => t !== undefined);
  return [...overview.map(amountGrid), ...(report.statements?.sections ?? []).map(statementGrid), ...report.committees.flatMap(committeeGrids)];
}

/** A statement's table: csv/<id>.csv and a sheet (regnskabsopgorelse, finansieringsoversigt, balance, noegletal). */
function statementGrid(section: StatementSection): Grid {
  if (section.kind !== "key-figures") return amountGrid(section.table);
  const t = section.table;
  return { kind: "measures", name: t.anchor, title: t.caption, head: [t.stub, "Enhed", ...t.columns], rows: t.rows, ...(t.note !== undefined && { note: t.note }) };
}

function committeeGrids(committee: CommitteeModel): Grid[] {
  const amountTables = [committee.operations.table, committee.financing, committee.capital?.table, committee.changes?.table].filter((t): t is AmountTable => t !== undefined);
  return committee.tables.map((ref): Grid => {
    const table = amountTables.find((t) => t.anchor === ref.anchor);
    if (table) return amountGrid(table);
    return {
      kind: "text",
      name: ref.anchor,
      title: `Tabel ${ref.number}. ${ref.caption}`,
      head: ["Nr.", "Emne", "Beskrivelse", "Status"],
      // As the report prints it: the status, then the status text.
      rows: committee.initiatives.shown.map((i) => [i.nr, i.topic, i.description, i.note ? `${i.statusLabel}: ${i.note}` : i.statusLabel]),
    };
  });
}

function amountGrid(table: AmountTable): AmountGrid {
  return {
    kind: "amounts",
    name: table.anchor,
    title: table.number === undefined ? table.caption : `Tabel ${table.number}. ${table.caption}`,
    head: [table.stub, ...table.columns],
    unit: table.unit,
    ...(table.formats && { formats: table.formats }),
    rows: table.rows,
    ...(table.note !== undefined && { note: table.note }),
    ...(table.signs !== undefined && { signs: table.signs }),
  };
}

/** Every initiative of the plan, one row each, with its theme, type, committee, deadline, amounts and status. */
function planGrid(plan: PlanModel): RecordGrid {
  const unit = plan.themes[0]?.table.unit ?? { unit: "t.kr.", decimals: 0 };
  const text = ["Tema", "Type", "Nr.", "Emne", "Beskrivelse", "Ansvarligt udvalg", "Tidsplan", "Anlægsprojekt"];
  const years = plan.years.map((y) => `Beløb ${y} (${unitLabel(unit.unit)})`);
  return {
    kind: "records",
    name: PLAN_GRID,
    title: plan.heading,
    head: [...text, ...years, "Status", "Statusbemærkning"],
    unit,
    amounts: [...text.map(() => false), ...years.map(() => true), false, false],
    rows: plan.rows.map((r) => [r.theme, r.typeLabel, r.nr, r.topic, r.description, r.committee, r.deadline ?? "", r.project ?? "", ...r.amounts, r.statusLabel, r.note ?? ""]),
  };
}
