// Capital rows (anlæg) to projects per committee. "R" in the transfer column means regnskabsaflagt, as in the
// printed Tabel 3; a status column can say the same through the mapping's closed_values.
import { CAPITAL_COLUMNS, type CapitalColumn } from "../model/types.js";
import type { CommitteeResolver } from "./committees.js";
import type { CapitalField, CapitalMapping } from "./mapping.js";
import { addFigures, type CommitteeTarget, type Figures, type ImportedProject } from "./model.js";
import type { DataRow } from "./rows.js";
import type { Unit } from "../core/units.js";

type Row = DataRow<CapitalField>;

export interface CapitalImport {
  target: CommitteeTarget;
  projects: ImportedProject[];
}

export function readCapital(rows: Row[], mapping: CapitalMapping, unit: Unit, committees: CommitteeResolver): Map<string, CapitalImport> {
  const out = new Map<string, CapitalImport>();
  for (const row of rows) {
    const target = committees.ofRow(row, "committee");
    const project = projectOf(row, mapping, unit);
    if (!target || !project) continue;
    const part = out.get(target.id) ?? { target, projects: [] };
    out.set(target.id, part);
    const same = part.projects.find((p) => p.id === project.id);
    if (!same) part.projects.push(project);
    else if (!mapping.sumRows) row.error("id", "duplicate-row", `project ${project.id} is on row ${same.at.row} too: set sum_rows: true in the mapping if the export has one row per account, or skip one of the rows`);
    else if (same.name !== project.name) row.error("name", "project-name", `project ${project.id} is called "${same.name}" on row ${same.at.row} but "${project.name}" here`);
    else {
      same.figures = addFigures(same.figures, project.figures);
      if (project.closed !== undefined) same.closed = (same.closed ?? false) || project.closed;
    }
  }
  return out;
}

function projectOf(row: Row, mapping: CapitalMapping, unit: Unit): ImportedProject | undefined {
  const id = projectId(row);
  const name = row.text("name", "a project name");
  const closedByStatus = closedOf(row, mapping);
  const transferR = isR(row.cell("transfer"));
  const figures: Figures<CapitalColumn> = {};
  let ok = id !== undefined && name !== undefined && closedByStatus !== null;
  for (const c of CAPITAL_COLUMNS) {
    if (!row.has(c) || (c === "transfer" && transferR)) continue;
    const value = row.amount(c, unit);
    if (value === undefined) ok = false;
    else figures[c] = value;
  }
  if (transferR) figures.transfer = null;
  const closed = transferR || closedByStatus === true ? true : row.has("closed") || row.has("transfer") ? false : undefined;
  if (closed && figures.transfer && !figures.transfer.isZero()) {
    row.error("transfer", "closed-with-transfer", "the project is closed (regnskabsaflagt) by its status but has a transfer (forventet overførsel): a closed project carries nothing over");
    ok = false;
  }
  if (closed) figures.transfer = null;
  if (!ok) return undefined;
  return { id: id!, name: name!, figures, ...(closed !== undefined && { closed }), at: row.at };
}

/** A: and six digits; a lower-case a is read as A (as the data loader does). */
function projectId(row: Row): string | undefined {
  const text = row.text("id", "a project id (projektnr.)");
  if (text === undefined) return undefined;
  if (/^[Aa]\d{6}$/.test(text)) return text.toUpperCase();
  row.error("id", "project-id", `"${text}" is not a project id (A and six digits, e.g. A015054): check the column, or skip such rows`);
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
  const list = (vs: string[]): string => vs.map((v) => `"${v}"`).join(", ") || "none";
  row.error("closed", "status-value", `the status ${typeof cell === "object" ? cell.invalid : `"${cell}"`} is neither closed (${list(mapping.closedValues)}) nor open (${list(mapping.openValues)}): add it to closed_values: or open_values: in the mapping`);
  return null;
}
