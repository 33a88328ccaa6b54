// Capital rows (anlæg) to projects per committee. "R" in the transfer column means regnskabsaflagt, as in the
// printed Tabel 3; a status column can say the same through the mapping's closed_values.
import { CAPITAL_COLUMNS, type CapitalColumn } from "../model/types.js";
import type { CommitteeResolver } from "./committees.js";
import type { CapitalField, CapitalMapping } from "./mapping.js";
import * as say from "./messages.js";
import { t } from "../messages/index.js";
import { addFigures, type CommitteeTarget, type Figures, type ImportedProject } from "./model.js";
import type { DataRow, TableRows } from "./rows.js";
import type { Unit } from "../core/units.js";

type Row = DataRow<CapitalField>;

export interface CapitalImport {
  target: CommitteeTarget;
  projects: ImportedProject[];
  /** The declared capital totals, from a total row. */
  totals?: Figures<CapitalColumn>;
}

export function readCapital(rows: TableRows<CapitalField>, mapping: CapitalMapping, unit: Unit, committees: CommitteeResolver): Map<string, CapitalImport> {
  const out = new Map<string, CapitalImport>();
  for (const row of rows.data) {
    const target = committees.ofRow(row, "committee");
    const project = projectOf(row, mapping, unit);
    if (!target || !project) continue;
    const part = out.get(target.id) ?? { target, projects: [] };
    out.set(target.id, part);
    const same = part.projects.find((p) => p.id === project.id);
    if (!same) part.projects.push(project);
    else if (!mapping.sumRows) row.error("id", say.duplicateProject(project.id, same.at.row!));
    else if (same.name !== project.name) row.error("name", say.projectName(project.id, same.name, same.at.row!, project.name));
    else {
      same.figures = addFigures(same.figures, project.figures);
      if (project.closed !== undefined) same.closed = (same.closed ?? false) || project.closed;
    }
  }
  readTotals(rows, out, unit, committees);
  return out;
}

/** A total row of the capital table gives its committee's declared capital_totals. */
function readTotals(rows: TableRows<CapitalField>, out: Map<string, CapitalImport>, unit: Unit, committees: CommitteeResolver): void {
  const firstRow = new Map<string, number>();
  for (const { row } of rows.totals) {
    const target = committees.ofRow(row, "committee");
    const figures = figuresOf(row, unit);
    if (!target || !figures) continue;
    const what = t().import.totalOf.capital(target.name);
    const part = out.get(target.id);
    const first = firstRow.get(target.id);
    if (!part) row.error(undefined, say.totalRowOrphan(what));
    else if (first !== undefined) row.error(undefined, say.totalRowTwice(what, first));
    else {
      firstRow.set(target.id, row.number);
      part.totals = figures;
    }
  }
}

function figuresOf(row: Row, unit: Unit): Figures<CapitalColumn> | undefined {
  const figures: Figures<CapitalColumn> = {};
  let ok = true;
  for (const c of CAPITAL_COLUMNS) {
    if (!row.has(c) || (c === "transfer" && isR(row.cell(c)))) continue;
    const value = row.amount(c, unit);
    if (value === undefined) ok = false;
    else figures[c] = value;
  }
  return ok ? figures : undefined;
}

function projectOf(row: Row, mapping: CapitalMapping, unit: Unit): ImportedProject | undefined {
  const id = projectId(row);
  const name = row.text("name", t().import.needs.projectName);
  const closedByStatus = closedOf(row, mapping);
  const transferR = isR(row.cell("transfer"));
  const read = figuresOf(row, unit);
  let ok = id !== undefined && name !== undefined && closedByStatus !== null && read !== undefined;
  const figures: Figures<CapitalColumn> = { ...read };
  if (transferR) figures.transfer = null;
  const closed = transferR || closedByStatus === true ? true : row.has("closed") || row.has("transfer") ? false : undefined;
  if (closed && figures.transfer && !figures.transfer.isZero()) {
    row.error("transfer", say.closedWithTransfer());
    ok = false;
  }
  if (closed) figures.transfer = null;
  if (!ok) return undefined;
  const area = mapping.areas[id!];
  return { id: id!, name: name!, ...(area && { area }), figures, ...(closed !== undefined && { closed }), at: row.at };
}

/** A: and six digits; a lower-case a is read as A (as the data loader does). */
function projectId(row: Row): string | undefined {
  const text = row.text("id", t().import.needs.projectId);
  if (text === undefined) return undefined;
  if (/^[Aa]\d{6}$/.test(text)) return text.toUpperCase();
  row.error("id", say.projectId(text));
  return undefined;
}

function isR(cell: unknown): boolean {
  return typeof cell === "string" && cell.toUpperCase() === "R";
}

/** true closed, false open, undefined no status column, null a status the mapping does not know (reported). */
function closedOf(row: Row, mapping: CapitalMapping): boolean | null | undefined {
  if (!row.has("closed")) return undefined;
  const cell = row.cell("closed");
  if (cell === undefined) return false;
  const text = typeof cell === "object" ? "" : String(cell).toLowerCase();
  if (mapping.closedValues.some((v) => v.trim().toLowerCase() === text)) return true;
  if (mapping.openValues.some((v) => v.trim().toLowerCase() === text)) return false;
  row.error("closed", say.statusValue(typeof cell === "object" ? cell.invalid : `"${cell}"`, mapping.closedValues, mapping.openValues));
  return null;
}
