// The other overviews of the annual accounts, computed once per build beside the statements: overførsler,
// anlægsregnskaber, the personaleoversigt (PO-1: total = Σ rows, ændring = year − year before) and the lists of
// guarantees, contingent assets and contingent liabilities with their totals per group. What the data states
// and the data disagree on is a finding, judged by the checks (src/validate/checks/statements/overviews.ts).
import { Decimal } from "../../core/money.js";
import type { Pos } from "../../core/problem.js";
import { GUARANTEE_GROUPS, type GuaranteeGroup, type GuaranteeItem, type StaffRow } from "../../model/overviews.js";
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
  const staff = o.staff && computeStaff(o.staff.rows, o.staff.stated, committees);
  return {
    carryOvers: computeCarryOvers({ committees, of, settings: o.carryOvers }),
    capitalAccounts: computeCapitalAccounts(committees, o.capitalAccounts, year),
    ...(staff && { staff }),
    guarantees: GUARANTEE_GROUPS.filter((g) => o.guarantees[g]).map((group) => guaranteeList(group, o.guarantees[group]!)),
    ...(o.accountingPolicies && { policies: o.accountingPolicies }),
  };
}

function computeStaff(rows: StaffRow[], stated: NonNullable<Statements["overviews"]["staff"]>["stated"], committees: Committee[]): StaffStatement {
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
    return line(label, row.prior, row.actual);
  });
  const add = (get: (l: StaffLine) => Decimal | undefined): Decimal | undefined =>
    lines.some((l) => get(l) !== undefined) ? lines.reduce((acc, l) => acc.plus(get(l) ?? 0), new Decimal(0)) : undefined;
  const total = line("I alt", add((l) => l.prior), add((l) => l.actual));
  for (const column of ["prior", "actual"] as const) {
    const s = stated[column];
    const derived = total[column];
    if (s && derived && !s.value.equals(derived)) findings.push({ kind: "total", at: s.at, column, stated: s.value, derived });
  }
  return { rows: lines, total, findings };
}

function line(label: string, prior: Decimal | undefined, actual: Decimal | undefined): StaffLine {
  return { label, ...(prior && { prior }), ...(actual && { actual }), ...(prior && actual && { change: actual.minus(prior) }) };
}

function guaranteeList(group: GuaranteeGroup, items: GuaranteeItem[]): GuaranteeList {
  const total = (get: (i: GuaranteeItem) => Decimal | undefined): Decimal | undefined =>
    items.some((i) => get(i) !== undefined) ? items.reduce((acc, i) => acc.plus(get(i) ?? 0), new Decimal(0)) : undefined;
  const start = total((i) => i.start);
  const end = total((i) => i.end);
  return { group, items, ...(start && { start }), ...(end && { end }) };
}
