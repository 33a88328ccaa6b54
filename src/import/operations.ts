// Operating rows (drift) of a line-level export to frames and lines per committee, and financing rows to
// financing items. A frame belongs to one committee and has one name; a line is known by its frame, its name
// and its service group (a frame may have a line "Myndighed" inside and one outside the service frame), and
// appears once unless the mapping says to add up rows (sum_rows). Every inconsistency is reported at its cell.
import type { ServiceGroup } from "../model/types.js";
import type { Unit } from "../core/units.js";
import type { CommitteeResolver } from "./committees.js";
import type { OperationsField, OperationsMapping } from "./mapping.js";
import * as say from "./messages.js";
import { t } from "../messages/index.js";
import { LINE_COLUMNS, addFigures, lineKey, type CommitteeTarget, type DeclaredTotals, type Figures, type ImportedFinancing, type ImportedFrame, type ImportedLine, type LineColumn } from "./model.js";
import type { DataRow, TableRows, TotalRow } from "./rows.js";

type Row = DataRow<OperationsField>;

export interface OperationsImport {
  target: CommitteeTarget;
  frames: ImportedFrame[];
  financing: ImportedFinancing[];
  /** The committee's declared totals, from total rows. */
  declared?: DeclaredTotals;
  financingTotals?: Figures<LineColumn>;
}

interface FrameSeen {
  committee: string;
  name: string;
  row: number;
  frame?: ImportedFrame;
}

export function readOperations(rows: TableRows<OperationsField>, mapping: OperationsMapping, unit: Unit, committees: CommitteeResolver, notes: string[]): Map<string, OperationsImport> {
  const out = new Map<string, OperationsImport>();
  const frames = new Map<string, FrameSeen>();
  const lines = new Map<string, { line: ImportedLine; row: number }>();
  for (const row of rows.data) {
    const target = committees.ofRow(row, "committee");
    const number = frameNumberOf(row);
    const name = row.text("frame_name", t().import.needs.frameName);
    if (!target || number === undefined || name === undefined || !sameFrame(row, frames, number, name, target)) continue;
    const part = partOf(out, target);
    const figures = figuresOf(row, unit);
    if (!figures) continue;
    if (isFinancing(mapping, number)) {
      addFinancing(part, { number, name, ...(mapping.financingKinds[number] && { kind: mapping.financingKinds[number] }) }, figures, row);
      continue;
    }
    const lineName = row.text("line", t().import.needs.line);
    const service = serviceOf(row, mapping);
    if (lineName === undefined || service === undefined) continue;
    const key = `${number}\u0000${lineKey(lineName, service)}`;
    const first = lines.get(key);
    if (first && !mapping.sumRows) {
      row.error("line", say.duplicateLine(lineName, service, number, first.row));
    } else if (first) {
      first.line.figures = addFigures(first.line.figures, figures);
    } else {
      const line: ImportedLine = { name: lineName, service, figures, at: row.at };
      lines.set(key, { line, row: row.number });
      frameOf(part, frames.get(number)!, number, name, row, mapping).lines.push(line);
    }
  }
  readTotals(rows.totals, out, frames, mapping, unit, committees, notes);
  return out;
}

function partOf(out: Map<string, OperationsImport>, target: CommitteeTarget): OperationsImport {
  const part = out.get(target.id) ?? { target, frames: [], financing: [] };
  out.set(target.id, part);
  return part;
}

function frameOf(part: OperationsImport, seen: FrameSeen, number: string, name: string, row: Row, mapping: OperationsMapping): ImportedFrame {
  if (!seen.frame) {
    const area = mapping.areas[number];
    seen.frame = { number, name, ...(area && { area }), lines: [], at: row.at };
    part.frames.push(seen.frame);
  }
  return seen.frame;
}

function isFinancing(mapping: OperationsMapping, number: string): boolean {
  return mapping.financingFrames.some((p) => number === p || number.startsWith(`${p}.`));
}

/** A frame number is text of digits and dots. A number cell may have lost a trailing zero (10.30 → 10.3). */
function frameNumberOf(row: Row): string | undefined {
  const cell = row.cell("frame_number");
  if (typeof cell === "number") {
    if (Number.isSafeInteger(cell) && cell >= 0) return String(cell);
    row.error("frame_number", say.frameNumberCell(cell));
    return undefined;
  }
  const text = row.text("frame_number", t().import.needs.frameNumber);
  if (text === undefined || /^\d+(\.\d+)*$/.test(text)) return text;
  row.error("frame_number", say.frameNumberText(text));
  return undefined;
}

function sameFrame(row: Row, frames: Map<string, FrameSeen>, number: string, name: string, target: CommitteeTarget): boolean {
  const seen = frames.get(number);
  if (!seen) {
    frames.set(number, { committee: target.id, name, row: row.number });
    return true;
  }
  if (seen.committee !== target.id) {
    row.error("committee", say.frameCommittee(number, seen.row));
    return false;
  }
  if (seen.name !== name) {
    row.error("frame_name", say.frameName(number, seen.name, seen.row, name));
    return false;
  }
  return true;
}

/** The row's figures in the mapped columns; undefined when a cell is wrong (reported). */
export function figuresOf(row: Row, unit: Unit): Figures<LineColumn> | undefined {
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
  const text = row.text("service", t().import.needs.service);
  return text === undefined ? undefined : serviceGroup(row, text, mapping);
}

function serviceGroup(row: Row, text: string, mapping: OperationsMapping): ServiceGroup | undefined {
  const groups: ServiceGroup[] = ["inside", "outside"];
  const group = groups.find((g) => mapping.serviceValues[g].some((v) => v.trim().toLowerCase() === text.toLowerCase()));
  if (!group) row.error("service", say.serviceValue(text, mapping.serviceValues));
  return group;
}

/** A financing item is one row of the financing table per frame: its rows are always added up. */
function addFinancing(part: OperationsImport, item: Pick<ImportedFinancing, "number" | "name" | "kind">, figures: Figures<LineColumn>, row: Row): void {
  const existing = part.financing.find((f) => f.number === item.number);
  if (existing) existing.figures = addFigures(existing.figures, figures);
  else part.financing.push({ ...item, figures, at: row.at });
}

/**
 * Total rows become declared totals: a frame's (found by its number), the committee's (Årets resultat) or
 * its financing items' (I alt). A row whose service cell names a group gives that group's subtotal.
 */
function readTotals(totals: TotalRow<OperationsField>[], out: Map<string, OperationsImport>, frames: Map<string, FrameSeen>, mapping: OperationsMapping, unit: Unit, committees: CommitteeResolver, notes: string[]): void {
  const firstRow = new Map<string, number>();
  const financingFrames = new Set<string>();
  for (const { rule, row } of totals) {
    const figures = figuresOf(row, unit);
    const serviceText = row.has("service") ? row.cell("service") : undefined;
    const service = typeof serviceText === "string" ? serviceGroup(row, serviceText, mapping) : undefined;
    if (!figures || (typeof serviceText === "string" && !service)) continue;
    let holder: DeclaredTotals | undefined;
    let what: string;
    if (rule.of === "frame") {
      const number = frameNumberOf(row);
      if (number === undefined) continue;
      if (isFinancing(mapping, number)) {
        financingFrames.add(number);
        continue;
      }
      what = t().import.totalOf.frame(number);
      holder = frames.get(number)?.frame;
    } else {
      const target = committees.ofRow(row, "committee");
      if (!target) continue;
      what = rule.of === "committee" ? t().import.totalOf.committee(target.name) : t().import.totalOf.financing(target.name);
      const part = out.get(target.id);
      if (rule.of === "financing") {
        if (!part || part.financing.length === 0) row.error(undefined, say.totalRowOrphan(what));
        else if (claimTotal(firstRow, what, row)) part.financingTotals = figures;
        continue;
      }
      if (part && part.frames.length > 0) holder = part.declared ??= {};
    }
    if (!holder) row.error(undefined, say.totalRowOrphan(what));
    else if (claimTotal(firstRow, service ? `${what} (${service})` : what, row)) setTotals(holder, figures, service);
  }
  if (financingFrames.size > 0) notes.push(say.noteFinancingTotalRows([...financingFrames]));
}

function claimTotal(firstRow: Map<string, number>, what: string, row: Row): boolean {
  const first = firstRow.get(what);
  if (first !== undefined) row.error(undefined, say.totalRowTwice(what, first));
  else firstRow.set(what, row.number);
  return first === undefined;
}

function setTotals(holder: DeclaredTotals, figures: Figures<LineColumn>, service: ServiceGroup | undefined): void {
  if (service) (holder.serviceTotals ??= {})[service] = figures;
  else holder.totals = figures;
}
