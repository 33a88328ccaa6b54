// Operating rows of an account-level export (one row per account of the kontoplan) to frames, lines and
// financing items through the mapping's account table: each row goes where the most specific pattern that
// fits its account sends it, and the rows of one line or item are added up. Frames, lines and items come in
// the account table's order, the order of the report.
import { error, type Problem } from "../core/problem.js";
import type { Unit } from "../core/units.js";
import { bestRules, segmentsOf, type AccountRule, type AccountTarget } from "./account-table.js";
import type { CommitteeResolver } from "./committees.js";
import type { OperationsField } from "./mapping.js";
import * as say from "./messages.js";
import { t } from "../messages/index.js";
import { addFigures, type Figures, type LineColumn } from "./model.js";
import { figuresOf, type OperationsImport } from "./operations.js";
import type { DataRow, TableRows } from "./rows.js";

type Row = DataRow<OperationsField>;

interface Collected {
  target: AccountTarget;
  figures: Figures<LineColumn>;
  row: Row;
}

export function readAccounts(rows: TableRows<OperationsField>, rules: AccountRule[], unit: Unit, committees: CommitteeResolver): Map<string, OperationsImport> {
  const collected = new Map<number, Collected>();
  const unmapped = new Map<string, { row: Row; count: number }>();
  for (const row of rows.data) {
    const account = accountOf(row);
    if (!account) continue;
    const best = bestRules(rules, account);
    const text = account.join(".");
    if (best.length === 0) {
      const seen = unmapped.get(text);
      if (seen) seen.count++;
      else unmapped.set(text, { row, count: 1 });
      continue;
    }
    if (best.length > 1) {
      row.error("account", say.accountAmbiguous(text, best[0]!.target, best[1]!.target));
      continue;
    }
    const figures = figuresOf(row, unit);
    if (!figures) continue;
    const target = best[0]!.target;
    const found = collected.get(target.order);
    if (found) found.figures = addFigures(found.figures, figures);
    else collected.set(target.order, { target, figures, row });
  }
  for (const [text, { row, count }] of unmapped) row.error("account", say.accountUnmapped(text, count - 1));
  return assemble([...collected.values()].sort((a, b) => a.target.order - b.target.order), committees);
}

/** The account's segments from its column or columns; undefined when it cannot be read (reported). */
function accountOf(row: Row): string[] | undefined {
  const cells = row.cells("account");
  if (cells.every((c) => c === undefined)) {
    row.text("account", t().import.needs.account); // reports the empty cell
    return undefined;
  }
  const segments: string[] = [];
  for (const [i, cell] of cells.entries()) {
    if (typeof cell === "object") {
      row.error("account", say.valueMissing(t().import.cellHolds(cell.invalid), t().import.needs.account), i);
      return undefined;
    }
    if (typeof cell === "number" && !(Number.isSafeInteger(cell) && cell >= 0)) {
      row.error("account", say.accountNumberCell(cell), i);
      return undefined;
    }
    segments.push(...(cell === undefined ? [""] : segmentsOf(String(cell))));
  }
  return segments;
}

/** Frames, lines and financing items per committee, in the account table's order. */
function assemble(parts: Collected[], committees: CommitteeResolver): Map<string, OperationsImport> {
  const out = new Map<string, OperationsImport>();
  for (const { target, figures, row } of parts) {
    const committee = committees.resolve(target.committee);
    if (!committee) continue; // reported at the account table (checkAccountCommittees)
    const part = out.get(committee.id) ?? { target: committee, frames: [], financing: [] };
    out.set(committee.id, part);
    if (target.kind === "financing") {
      part.financing.push({ number: target.number, name: target.name, ...(target.financingKind && { kind: target.financingKind }), figures, at: row.at });
      continue;
    }
    let frame = part.frames.find((f) => f.number === target.frame);
    if (!frame) {
      frame = { number: target.frame, name: target.frameName, ...(target.frameArea && { area: target.frameArea }), lines: [], at: row.at };
      part.frames.push(frame);
    }
    frame.lines.push({ name: target.line, service: target.service, ...(target.area && { area: target.area }), figures, at: row.at });
  }
  return out;
}

/** Every committee the account table names must have a committee file, or get one through committees:. */
export function checkAccountCommittees(rules: AccountRule[], committees: CommitteeResolver): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { target } of rules) {
    if (seen.has(target.committee)) continue;
    seen.add(target.committee);
    if (!committees.resolve(target.committee)) problems.push(error(target.committeeAt, say.mappingCommitteeUnknown(target.committee, committees.knownNames())));
  }
  return problems;
}
