// Overførsler (statements.md §6): per operating frame what was carried in, the rule that applies to it (the
// municipality's, overridden by the committee's, overridden by the frame's), the automatic carry-over that rule
// gives, what is applied for beyond it, and what goes back to the treasury; per committee the capital projects'
// unspent money, what is carried to next year and what lapses. Only the tax-financed area is carried (the
// regnskabsopgørelse's rows 4 and 7): forsyning balances through its fees and jordforsyning is no operating
// frame. Figures the data states are compared with the derived ones (findings, judged by the checks).
import { Decimal } from "../../core/money.js";
import type { Pos } from "../../core/problem.js";
import { UNIT_FACTOR, type Unit } from "../../core/units.js";
import type { CapBase, CarryOverRule, CarryOverSettings } from "../../model/overviews.js";
import type { CapitalProject, Committee, Frame } from "../../model/types.js";
import { sum, type Figure } from "../arithmetic.js";
import type { CommitteeTables } from "./areas.js";

const ZERO = new Decimal(0);

/** One frame's carry-over, in kroner (udgift sign for budgets; + = unspent money for what is carried). */
export interface FrameCarry {
  frame: Frame;
  rule: CarryOverRule;
  adopted: Decimal;
  adjusted: Decimal;
  actual: Decimal;
  /** Of the adjusted budget, carried in from last year. */
  carriedIn?: Decimal;
  /** KB − R: + unspent, − overspent. */
  unspent: Decimal;
  /** The cap in kroner (a cap rule only). */
  limit?: Decimal;
  automatic: Decimal;
  applied: Decimal;
  /** Overført i alt = automatic + applied. */
  carried: Decimal;
  /** Ikke overført = unspent − carried: back to the treasury (− : a deficit the treasury covers). */
  returned: Decimal;
}

export interface CarryTotals {
  adjusted: Decimal;
  /** Blank when no frame states what it carried in. */
  carriedIn?: Decimal;
  actual: Decimal;
  unspent: Decimal;
  automatic: Decimal;
  applied: Decimal;
  carried: Decimal;
  returned: Decimal;
}

/** A committee's capital projects (tax-financed): KB, carried in, R, unspent, carried to next year, lapsed. */
export interface CapitalCarry {
  adjusted: Decimal;
  /** Blank when no project states what it carried in. */
  carriedIn?: Decimal;
  actual: Decimal;
  unspent: Decimal;
  transfer: Decimal;
  lapsed: Decimal;
}

export interface CommitteeCarry {
  committee: Committee;
  frames: FrameCarry[];
  totals: CarryTotals;
  capital?: CapitalCarry;
}

/** A stated figure that disagrees with the rule, or a project that carries more than it left unspent. */
export type CarryFinding =
  | { kind: "beyond-rule"; at: Pos; unit: Unit; frame: Frame; rule: CarryOverRule; stated: Decimal; derived: Decimal; limit: Decimal }
  | { kind: "mismatch"; at: Pos; unit: Unit; frame: Frame; figure: "automatic" | "carried" | "returned"; stated: Decimal; derived: Decimal }
  | { kind: "transfer-beyond-unspent"; at: Pos; unit: Unit; project: CapitalProject; transfer: Decimal; unspent: Decimal };

export interface CarryOverStatement {
  committees: CommitteeCarry[];
  totals: CarryTotals;
  capital: CapitalCarry;
  findings: CarryFinding[];
}

interface Input {
  committees: Committee[];
  of: (c: Committee) => CommitteeTables;
  settings: CarryOverSettings;
}

export function computeCarryOvers({ committees, of, settings }: Input): CarryOverStatement {
  const findings: CarryFinding[] = [];
  const rows = committees.map((committee): CommitteeCarry => {
    const tables = of(committee);
    const frames = tables.operations.frames.flatMap((f) => {
      const carry = frameCarry(f.frame, taxPart(f), f.frame.carryOver?.rule ?? committee.carryOverRule ?? settings.rule, settings.capBase);
      if (carry) findings.push(...statedFindings(carry, committee.unit));
      return carry ? [carry] : [];
    });
    const capital = capitalCarry(committee, tables, findings);
    return { committee, frames, totals: totalsOf(frames), ...(capital && { capital }) };
  });
  const withFrames = rows.filter((r) => r.frames.length > 0 || r.capital);
  return {
    committees: withFrames,
    totals: totalsOf(withFrames.flatMap((r) => r.frames)),
    capital: capitalTotals(withFrames.flatMap((r) => (r.capital ? [r.capital] : []))),
    findings,
  };
}

type Part = { adopted: Figure; adjusted: Figure; actual: Figure };

/** The frame's tax-financed part: the whole frame when all of it is, else its tax-financed lines. */
function taxPart(f: CommitteeTables["operations"]["frames"][number]): Part | undefined {
  const own = f.frame.area ?? "tax";
  const lines = Object.values(f.lines).flat();
  const tax = lines.filter(({ line }) => (line.area ?? own) === "tax");
  if (lines.length === 0) return own === "tax" ? f.totals : undefined;
  if (tax.length === 0) return undefined;
  if (tax.length === lines.length) return f.totals;
  const col = (c: keyof Part): Figure => sum(tax.map((l) => l.figures[c]));
  return { adopted: col("adopted"), adjusted: col("adjusted"), actual: col("actual") };
}

function frameCarry(frame: Frame, part: Part | undefined, rule: CarryOverRule, capBase: CapBase): FrameCarry | undefined {
  if (!part || [part.adopted, part.adjusted, part.actual].some((f) => f.unknown)) return undefined;
  if ([part.adopted, part.adjusted, part.actual].every((f) => f.value === undefined)) return undefined;
  const [adopted, adjusted, actual] = [part.adopted.value ?? ZERO, part.adjusted.value ?? ZERO, part.actual.value ?? ZERO];
  const unspent = adjusted.minus(actual);
  const limit = rule.kind === "cap" ? (capBase === "adopted" ? adopted : adjusted).abs().times(rule.percent ?? 5).dividedBy(100) : undefined;
  const automatic = rule.kind === "none" ? ZERO : limit ? Decimal.max(limit.negated(), Decimal.min(limit, unspent)) : unspent;
  const applied = frame.carryOver?.applied ?? ZERO;
  const carried = automatic.plus(applied);
  const carriedIn = frame.carryOver?.carriedIn;
  return {
    frame,
    rule,
    adopted,
    adjusted,
    actual,
    ...(carriedIn && { carriedIn }),
    unspent,
    ...(limit && { limit }),
    automatic,
    applied,
    carried,
    returned: unspent.minus(carried),
  };
}

/** A stated figure is itself rounded to its unit: half a unit of difference is none. */
function statedFindings(carry: FrameCarry, unit: Unit): CarryFinding[] {
  const stated = carry.frame.carryOver?.stated ?? {};
  const half = UNIT_FACTOR[unit].dividedBy(2);
  const out: CarryFinding[] = [];
  for (const figure of ["automatic", "carried", "returned"] as const) {
    const s = stated[figure];
    if (!s || s.value.minus(carry[figure]).abs().lessThanOrEqualTo(half)) continue;
    const beyond = figure === "automatic" && carry.limit !== undefined && s.value.abs().greaterThan(carry.limit.plus(half));
    const none = figure === "automatic" && carry.rule.kind === "none" && !s.value.isZero();
    if (beyond || none) {
      out.push({ kind: "beyond-rule", at: s.at, unit, frame: carry.frame, rule: carry.rule, stated: s.value, derived: carry.automatic, limit: carry.limit ?? ZERO });
    } else {
      out.push({ kind: "mismatch", at: s.at, unit, frame: carry.frame, figure, stated: s.value, derived: carry[figure] });
    }
  }
  return out;
}

function capitalCarry(committee: Committee, tables: CommitteeTables, findings: CarryFinding[]): CapitalCarry | undefined {
  const rows = tables.capital.rows.filter((r) => !r.project.unreliable);
  for (const { project } of rows) {
    const transfer = project.transfer;
    if (transfer === undefined || transfer.lessThanOrEqualTo(0)) continue;
    const unspent = (project.adjusted ?? ZERO).minus(project.actual ?? ZERO);
    if (transfer.greaterThan(unspent)) findings.push({ kind: "transfer-beyond-unspent", at: project.transferAt ?? project.at, unit: committee.unit, project, transfer, unspent });
  }
  const tax = rows.filter((r) => (r.project.area ?? "tax") === "tax");
  if (tax.length === 0) return undefined;
  const total = (get: (p: CapitalProject) => Decimal | undefined): Decimal => tax.reduce((acc, r) => acc.plus(get(r.project) ?? ZERO), ZERO);
  const adjusted = total((p) => p.adjusted);
  const actual = total((p) => p.actual);
  const transfer = total((p) => (p.closed ? undefined : p.transfer));
  const unspent = adjusted.minus(actual);
  const carriedIn = tax.some((r) => r.project.carriedIn !== undefined) ? total((p) => p.carriedIn) : undefined;
  return { adjusted, ...(carriedIn && { carriedIn }), actual, unspent, transfer, lapsed: unspent.minus(transfer) };
}

function totalsOf(frames: FrameCarry[]): CarryTotals {
  const t = (get: (f: FrameCarry) => Decimal | undefined): Decimal => frames.reduce((acc, f) => acc.plus(get(f) ?? ZERO), ZERO);
  return {
    adjusted: t((f) => f.adjusted),
    ...(frames.some((f) => f.carriedIn) && { carriedIn: t((f) => f.carriedIn) }),
    actual: t((f) => f.actual),
    unspent: t((f) => f.unspent),
    automatic: t((f) => f.automatic),
    applied: t((f) => f.applied),
    carried: t((f) => f.carried),
    returned: t((f) => f.returned),
  };
}

function capitalTotals(rows: CapitalCarry[]): CapitalCarry {
  const t = (get: (c: CapitalCarry) => Decimal): Decimal => rows.reduce((acc, c) => acc.plus(get(c)), ZERO);
  const carriedIn = rows.some((c) => c.carriedIn) ? t((c) => c.carriedIn ?? ZERO) : undefined;
  return { adjusted: t((c) => c.adjusted), ...(carriedIn && { carriedIn }), actual: t((c) => c.actual), unspent: t((c) => c.unspent), transfer: t((c) => c.transfer), lapsed: t((c) => c.lapsed) };
}
