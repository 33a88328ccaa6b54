// Operating rows (drift) to frames and lines per committee, and financing rows to financing items. A frame
// belongs to one committee and has one name; a line appears once per frame unless the mapping says to add up
// rows (sum_rows). Every inconsistency is reported at its cell.
import type { ServiceGroup } from "../model/types.js";
import type { CommitteeResolver } from "./committees.js";
import type { OperationsField, OperationsMapping } from "./mapping.js";
import { LINE_COLUMNS, addFigures, type CommitteeTarget, type Figures, type ImportedFinancing, type ImportedFrame, type LineColumn } from "./model.js";
import type { DataRow } from "./rows.js";
import type { Unit } from "../core/units.js";

type Row = DataRow<OperationsField>;

export interface OperationsImport {
  target: CommitteeTarget;
  frames: ImportedFrame[];
  financing: ImportedFinancing[];
}

interface FrameSeen {
  committee: string;
  name: string;
  row: number;
}

export function readOperations(rows: Row[], mapping: OperationsMapping, unit: Unit, committees: CommitteeResolver): Map<string, OperationsImport> {
  const out = new Map<string, OperationsImport>();
  const frames = new Map<string, FrameSeen>();
  const lineRows = new Map<string, number>();
  for (const row of rows) {
    const target = committees.ofRow(row, "committee");
    const number = frameNumberOf(row);
    const name = row.text("frame_name", "a frame name (rammenavn)");
    if (!target || number === undefined || name === undefined || !sameFrame(row, frames, number, name, target)) continue;
    const part = out.get(target.id) ?? { target, frames: [], financing: [] };
    out.set(target.id, part);
    const figures = figuresOf(row, unit);
    if (!figures) continue;
    if (mapping.financingFrames.some((p) => number === p || number.startsWith(`${p}.`))) {
      addFinancing(part, number, name, figures, row);
      continue;
    }
    const line = row.text("line", "an activity line (indsatsområde)");
    const service = serviceOf(row, mapping);
    if (line === undefined || service === undefined) continue;
    const key = `${number}\u0000${line}`;
    const first = lineRows.get(key);
    if (first !== undefined && !mapping.sumRows) {
      row.error("line", "duplicate-row", `the line "${line}" of frame ${number} is on row ${first} too: set sum_rows: true in the mapping if the export has one row per account, or skip one of the rows`);
      continue;
    }
    lineRows.set(key, first ?? row.number);
    addLine(part, number, name, { name: line, service, figures, at: row.at }, row);
  }
  return out;
}

/** A frame number is text of digits and dots. A number cell may have lost a trailing zero (10.30 → 10.3). */
function frameNumberOf(row: Row): string | undefined {
  const cell = row.cell("frame_number");
  if (typeof cell === "number") {
    if (Number.isInteger(cell)) return String(cell);
    row.error("frame_number", "frame-number", `the frame number is a number cell (${cell}), which loses trailing zeros (10.30 becomes 10.3): export the column as text`);
    return undefined;
  }
  const text = row.text("frame_number", "a frame number (ramme)");
  if (text === undefined || /^\d+(\.\d+)*$/.test(text)) return text;
  row.error("frame_number", "frame-number", `"${text}" is not a frame number (digits and dots, e.g. 10.26): check the column, or skip such rows`);
  return undefined;
}

function sameFrame(row: Row, frames: Map<string, FrameSeen>, number: string, name: string, target: CommitteeTarget): boolean {
  const seen = frames.get(number);
  if (!seen) {
    frames.set(number, { committee: target.id, name, row: row.number });
    return true;
  }
  if (seen.committee !== target.id) {
    row.error("committee", "frame-committee", `frame ${number} is under another committee on row ${seen.row}: a frame belongs to one committee`);
    return false;
  }
  if (seen.name !== name) {
    row.error("frame_name", "frame-name", `frame ${number} is called "${seen.name}" on row ${seen.row} but "${name}" here: one frame has one name`);
    return false;
  }
  return true;
}

function figuresOf(row: Row, unit: Unit): Figures<LineColumn> | undefined {
  const figures: Figures<LineColumn> = {};
  let ok = true;
  for (const c of LINE_COLUMNS) {
    if (!row.has(c)) continue;
    const value = row.amount(c, unit);
    if (value === undefined) ok = false;
    else figures[c] = value;
  }
  return ok ? figures : undefined;
}

function serviceOf(row: Row, mapping: OperationsMapping): ServiceGroup | undefined {
  const text = row.text("service", "the service-frame flag (serviceramme)");
  if (text === undefined) return undefined;
  const groups: ServiceGroup[] = ["inside", "outside"];
  const group = groups.find((g) => mapping.serviceValues[g].some((v) => v.trim().toLowerCase() === text.toLowerCase()));
  if (!group) {
    const list = (g: ServiceGroup): string => mapping.serviceValues[g].map((v) => `"${v}"`).join(", ");
    row.error("service", "service-value", `"${text}" says neither inside (${list("inside")}) nor outside (${list("outside")}) the service frame: add it to service_values: in the mapping`);
  }
  return group;
}

function addLine(part: OperationsImport, number: string, name: string, line: ImportedFrame["lines"][number], row: Row): void {
  let frame = part.frames.find((f) => f.number === number);
  if (!frame) {
    frame = { number, name, lines: [], at: row.at };
    part.frames.push(frame);
  }
  const existing = frame.lines.find((l) => l.name === line.name);
  if (!existing) {
    frame.lines.push(line);
  } else if (existing.service !== line.service) {
    row.error("service", "service-conflict", `the line "${line.name}" of frame ${number} is ${existing.service} the service frame on row ${existing.at.row} but ${line.service} here`);
  } else {
    existing.figures = addFigures(existing.figures, line.figures);
  }
}

/** A financing item is one row of the financing table per frame: its rows are always added up. */
function addFinancing(part: OperationsImport, number: string, name: string, figures: Figures<LineColumn>, row: Row): void {
  const existing = part.financing.find((f) => f.number === number);
  if (existing) existing.figures = addFigures(existing.figures, figures);
  else part.financing.push({ number, name, figures, at: row.at });
}
