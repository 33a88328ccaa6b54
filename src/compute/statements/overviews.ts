// The other overviews of the annual accounts, computed once per build beside the statements: overførsler,
// anlægsregnskaber, the personaleoversigt (PO-1: total = Σ rows, ændring = year − year before) and the lists of
// guarantees, contingent assets and contingent liabilities with their totals per group. What the data states
// and the data disagree on is a finding, judged by the checks (src/validate/checks/statements/overviews.ts).
import { Decimal } from "../../core/money.js";
import type { Pos } from "../../core/problem.js";
import { withSource } from "../../core/source.js";
import { t as texts } from "../../messages/index.js";
import { GUARANTEE_GROUPS, type GuaranteeGroup, type GuaranteeItem, type StaffData } from "../../model/overviews.js";
import { derive, total } from "../arithmetic.js";
import type { Statements } from "../../model/statements.js";
import type { Committee } from "../../model/types.js";
import type { CommitteeTables } from "./areas.js";
import { computeCapitalAccounts, type CapitalAccountsStatement } from "./capital-accounts.js";
import { computeCarryOvers, type CarryOverStatement } from "./carry-overs.js";

export interface StaffLine {
  label: string;
  prior?: Decimal;
  actual?: Decimal;
  change?: Decimal;
}

export type StaffFinding =
  | { kind: "unknown-committee"; at: Pos; ref: string; known: string[] }
  | { kind: "total"; at: Pos; column: "prior" | "actual"; stated: Decimal; derived: Decimal };

export interface StaffStatement {
  rows: StaffLine[];
  total: StaffLine;
  findings: StaffFinding[];
}

export interface GuaranteeList {
  group: GuaranteeGroup;
  items: GuaranteeItem[];
  start?: Decimal;
  end?: Decimal;
}

export interface OverviewFigures {
  carryOvers: CarryOverStatement;
  capitalAccounts: CapitalAccountsStatement;
  staff?: StaffStatement;
  guarantees: GuaranteeList[];
  policies?: { markdown: string; at: Pos };
}

interface Input {
  committees: Committee[];
  of: (c: Committee) => CommitteeTables;
  statements: Statements;
  year: number;
}

export function computeOverviews({ committees, of, statements, year }: Input): OverviewFigures {
  const o = statements.overviews;
  const staff = o.staff && computeStaff(o.staff, committees);
  return {
    carryOvers: computeCarryOvers({ committees, of, settings: o.carryOvers }),
    capitalAccounts: computeCapitalAccounts(committees, o.capitalAccounts, year),
    ...(staff && { staff }),
    guarantees: GUARANTEE_GROUPS.filter((g) => o.guarantees[g]).map((group) => guaranteeList(group, o.guarantees[group]!)),
    ...(o.accountingPolicies && { policies: o.accountingPolicies }),
  };
}

function computeStaff({ rows, stated, at }: StaffData, committees: Committee[]): StaffStatement {
  const findings: StaffFinding[] = [];
  const lines = rows.map((row): StaffLine => {
    let label = row.name ?? "";
    if (row.committee) {
      const ref = row.committee.ref;
      const found = committees.find((c) => c.id === ref || c.name === ref);
      if (found) label = found.name;
      else {
        label = ref;
        findings.push({ kind: "unknown-committee", at: row.committee.at, ref, known: committees.map((c) => c.id) });
      }
    }
    return line(label, row.prior, row.actual, row.at);
  });
  const w = texts().audit.parts;
  const add = (get: (l: StaffLine) => Decimal | undefined): Decimal | undefined =>
    lines.some((l) => get(l) !== undefined) ? total(lines.map(get), w.staffRows, at) : undefined;
  const sums = line("I alt", add((l) => l.prior), add((l) => l.actual), at);
  for (const column of ["prior", "actual"] as const) {
    const s = stated[column];
    const derived = sums[column];
    if (!s || !derived) continue;
    if (!s.value.equals(derived)) findings.push({ kind: "total", at: s.at, column, stated: s.value, derived });
    // A stated total that agrees is printed as the declared, reconciled figure it is (årsværk are no money: "kr." only names a unit).
    else withSource(derived, { kind: "declared", at: s.at, derived, count: lines.filter((l) => l[column] !== undefined).length, of: w.staffRows, unit: "kr." });
  }
  return { rows: lines, total: sums, findings };
}

function line(label: string, prior: Decimal | undefined, actual: Decimal | undefined, at: Pos): StaffLine {
  const change = prior && actual && derive(actual.minus(prior), 2, texts().audit.parts.staffChange, "difference", at);
  return { label, ...(prior && { prior }), ...(actual && { actual }), ...(change && { change }) };
}

function guaranteeList(group: GuaranteeGroup, items: GuaranteeItem[]): GuaranteeList {
  const of = texts().audit.parts.guaranteeItems(group);
  const sum = (get: (i: GuaranteeItem) => Decimal | undefined): Decimal | undefined => (items.some((i) => get(i) !== undefined) ? total(items.map(get), of) : undefined);
  const start = sum((i) => i.start);
  const end = sum((i) => i.end);
  return { group, items, ...(start && { start }), ...(end && { end }) };
}
