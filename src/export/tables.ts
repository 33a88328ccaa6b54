// Every table of the report as a grid for spreadsheets, in the report's order: the economic strategy's box (each
// target in its own unit, with its verdict) and anlægsrammen, the overview tables, the charts' tables, then each
// committee's tables as numbered (Tabel 1 operations, the financing table, the initiatives, the capital table,
// a follow-up's changes). The implementation plan is one table of every initiative. Amount cells stay exact: a
// Decimal in kroner, a marker such as "R", or undefined for a blank cell.
import type { CommitteeModel } from "../compute/committee.js";
import type { PlanModel } from "../compute/plan.js";
import type { ReportModel } from "../compute/report.js";
import { amountTablesOf } from "../compute/statements/section-tables.js";
import type { MeasureRow, StatementSection } from "../compute/statements/sections.js";
import type { AmountTable, CellFormat, TableRow } from "../compute/tables.js";
import { boxRowLabel, VERDICT, type StrategyBox } from "../compute/targets-box.js";
import { Decimal } from "../core/money.js";
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
  /** Columns of text, by index in `head` (the label column is 0). */
  textColumns?: number[];
  /** What the figures count when they are not money ("årsværk"). */
  quantity?: string;
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

/** The economic strategy's box: each target (each year, where it has a row per year) in its own unit, and its verdict. */
export interface TargetGrid extends GridBase {
  kind: "targets";
  rows: { label: string; unit: string; display: DisplayUnit; cells: (Decimal | undefined)[]; verdict: string }[];
}

export type Grid = AmountGrid | MeasureGrid | TextGrid | RecordGrid | TargetGrid;

/** The CSV file and sheet of the implementation plan. */
const PLAN_GRID = "udmoentningsplan";

export function reportGrids(report: ReportModel): Grid[] {
  if (report.kind === "plan") return [planGrid(report.plan)];
  const { strategy, operations, capital, financing, charts } = report.main;
  const overview = [strategy?.capitalFrame, operations, capital, financing, ...charts.map((c) => c.table)].filter((t): t is AmountTable => t !== undefined);
  return [
    ...(strategy ? [targetGrid(strategy)] : []),
    ...overview.map(amountGrid),
    ...(report.statements?.sections ?? []).flatMap(statementGrids),
    ...report.committees.flatMap(committeeGrids),
  ];
}

/** Six decimals of a unit, in kroner: a quotient (a mean, a figure per citizen) has endless ones, a sum has none. */
const SIX_DECIMALS: Record<DisplayUnit["unit"], number> = { "kr.": 6, "t.kr.": 3, "mio.kr.": 0 };

/**
 * The box "Overholdelse af den økonomiske strategi": csv/strategi.csv, named by its anchor on the website. Each
 * figure exact in its row's unit, to six decimals of it at most.
 */
function targetGrid(box: StrategyBox): TargetGrid {
  return {
    kind: "targets",
    name: "strategi",
    title: box.caption,
    head: ["Mål", "Enhed", "Måltal", box.resultHead, box.differenceHead, "Vurdering"],
    rows: box.targets.flatMap((target) =>
      target.rows.map((row) => ({
        label: boxRowLabel(target, row),
        unit: target.unitLabel,
        display: target.unit,
        cells: [row.target, row.result, row.difference].map((c) => c?.toDecimalPlaces(SIX_DECIMALS[target.unit.unit])),
        verdict: VERDICT[row.status],
      })),
    ),
  };
}

/** A statement's tables: csv/<anchor>.csv and a sheet each (regnskabsopgorelse, …, overfoersler, personaleoversigt). */
function statementGrids(section: StatementSection): Grid[] {
  if (section.kind !== "key-figures") return amountTablesOf(section).map(amountGrid);
  const t = section.table;
  return [{ kind: "measures", name: t.anchor, title: t.caption, head: [t.stub, "Enhed", ...t.columns], rows: t.rows, ...(t.note !== undefined && { note: t.note }) }];
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

/** A table's grid: its figures exact, but a quotient's (a chart's mean per citizen) to six decimals of the unit. */
function amountGrid(table: AmountTable): AmountGrid {
  const places = SIX_DECIMALS[table.unit.unit];
  const exact = (row: TableRow): TableRow => ({
    ...row,
    cells: row.cells.map((c, k) => (c instanceof Decimal && table.formats?.[k] !== "percent" && c.decimalPlaces() > places ? c.toDecimalPlaces(places) : c)),
  });
  return {
    kind: "amounts",
    name: table.anchor,
    title: table.number === undefined ? table.caption : `Tabel ${table.number}. ${table.caption}`,
    head: [table.stub, ...table.columns],
    unit: table.unit,
    ...(table.formats && { formats: table.formats }),
    rows: table.rows.map(exact),
    ...(table.note !== undefined && { note: table.note }),
    ...(table.signs !== undefined && { signs: table.signs }),
    ...(table.textColumns && { textColumns: table.textColumns.map((i) => i + 1) }),
    ...(table.quantity !== undefined && { quantity: table.quantity }),
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
