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
import { derive, sum, total, type Figure } from "../arithmetic.js";
import { t as texts } from "../../messages/index.js";
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
  /** R − KB, as the overview prints it: + overspent. */
  variance: Decimal;
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
  variance: Decimal;
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
    const w = texts().audit.parts.carry;
    return { committee, frames, totals: totalsOf(frames, `${w.frames} · ${w.committee(committee.name)}`, committee.at), ...(capital && { capital }) };
  });
  const withFrames = rows.filter((r) => r.frames.length > 0 || r.capital);
  const w = texts().audit.parts.carry;
  return {
    committees: withFrames,
    totals: totalsOf(withFrames.flatMap((r) => r.frames), `${w.allFrames} · ${w.total}`),
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
  const w = texts().audit.parts.carry;
  const col = (c: keyof Part): Figure => sum(tax.map((l) => l.figures[c]), `${w.taxLines} · ${w.frame(f.frame.number)}`);
  return { adopted: col("adopted"), adjusted: col("adjusted"), actual: col("actual") };
}

function frameCarry(frame: Frame, part: Part | undefined, rule: CarryOverRule, capBase: CapBase): FrameCarry | undefined {
  if (!part || [part.adopted, part.adjusted, part.actual].some((f) => f.unknown)) return undefined;
  if ([part.adopted, part.adjusted, part.actual].every((f) => f.value === undefined)) return undefined;
  // Every figure the overview prints says how it is derived, for the audit trail; a blank column counts as 0.
  const w = texts().audit.parts.carry;
  const whole = w.frame(frame.number);
  const made = (value: Decimal, count: number, of: string, operation: "difference" | "other" = "other"): Decimal =>
    derive(value, count, `${of} · ${whole}`, operation, frame.at);
  const orZero = (f: Figure): Decimal => f.value ?? made(new Decimal(0), 0, texts().audit.parts.accounts.notGiven);
  const [adopted, adjusted, actual] = [orZero(part.adopted), orZero(part.adjusted), orZero(part.actual)];
  const unspent = adjusted.minus(actual);
  const variance = made(actual.minus(adjusted), 2, w.variance, "difference");
  const limit = rule.kind === "cap" ? (capBase === "adopted" ? adopted : adjusted).abs().times(rule.percent ?? 5).dividedBy(100) : undefined;
  const automatic =
    rule.kind === "none" ? made(new Decimal(0), 0, w.none)
    : limit ? made(Decimal.max(limit.negated(), Decimal.min(limit, unspent)), 3, w.cap((rule.percent ?? new Decimal(5)).toString().replace(".", ","), capBase))
    : made(unspent, 2, w.all);
  const applied = frame.carryOver?.applied ?? made(new Decimal(0), 0, w.noApplied);
  const carried = made(automatic.plus(applied), 2, w.carried);
  const carriedIn = frame.carryOver?.carriedIn;
  return {
    frame,
    rule,
    adopted,
    adjusted,
    actual,
    ...(carriedIn && { carriedIn }),
    unspent,
    variance,
    ...(limit && { limit }),
    automatic,
    applied,
    carried,
    returned: made(unspent.minus(carried), 3, w.returned),
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
  const w = texts().audit.parts.carry;
  const whole = w.capital(committee.name);
  const projects = (get: (p: CapitalProject) => Decimal | undefined, of = w.projects): Decimal => total(tax.map((r) => get(r.project)), `${of} · ${whole}`, committee.at);
  const adjusted = projects((p) => p.adjusted);
  const actual = projects((p) => p.actual);
  const transfer = projects((p) => (p.closed ? undefined : p.transfer), w.transfers);
  const unspent = derive(adjusted.minus(actual), 2, `${w.unspent} · ${whole}`, "difference", committee.at);
  const carriedIn = tax.some((r) => r.project.carriedIn !== undefined) ? projects((p) => p.carriedIn) : undefined;
  const lapsed = derive(unspent.minus(transfer), 2, `${w.lapsed} · ${whole}`, "difference", committee.at);
  return { adjusted, ...(carriedIn && { carriedIn }), actual, unspent, transfer, lapsed };
}

function totalsOf(frames: FrameCarry[], of: string, at?: Pos): CarryTotals {
  const t = (get: (f: FrameCarry) => Decimal | undefined): Decimal => total(frames.map(get), of, at);
  return {
    adjusted: t((f) => f.adjusted),
    ...(frames.some((f) => f.carriedIn) && { carriedIn: t((f) => f.carriedIn) }),
    actual: t((f) => f.actual),
    unspent: t((f) => f.unspent),
    variance: t((f) => f.variance),
    automatic: t((f) => f.automatic),
    applied: t((f) => f.applied),
    carried: t((f) => f.carried),
    returned: t((f) => f.returned),
  };
}

function capitalTotals(rows: CapitalCarry[]): CapitalCarry {
  const w = texts().audit.parts.carry;
  const t = (get: (c: CapitalCarry) => Decimal | undefined): Decimal => total(rows.map(get), `${w.committees} · ${w.capitalTotal}`);
  const carriedIn = rows.some((c) => c.carriedIn) ? t((c) => c.carriedIn) : undefined;
  return { adjusted: t((c) => c.adjusted), ...(carriedIn && { carriedIn }), actual: t((c) => c.actual), unspent: t((c) => c.unspent), transfer: t((c) => c.transfer), lapsed: t((c) => c.lapsed) };
}
