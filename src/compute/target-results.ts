// The economic strategy's results: each target's result computed from the data wherever it allows (the service
// frame from the committees' tables, averages, liquidity per citizen, the debt reduction), the difference
// result − target, and whether the target is met. Every stated result is recorded as a reconciliation of the
// computed one.
import { Decimal } from "../core/money.js";
import type {
  AverageSurplusTarget,
  CapitalFrame,
  DebtReductionTarget,
  DebtYear,
  LiquidityTarget,
  LiquidityYear,
  Rule,
  ServiceFrameTarget,
  SingleTarget,
  Strategy,
  StrategyTarget,
} from "../model/targets.js";
import type { Declared } from "../model/declared.js";
import { derive, leaf, settle, sum, type Figure, type ReconcileContext, type Reconciliation } from "./arithmetic.js";
import { t as texts } from "../messages/index.js";
import type { Unit } from "../core/units.js";

/**
 * A verdict: met or not (final: the target's period has ended), expected to be met or not (a follow-up, or a
 * target still running with an expected end result), pending (no result yet, or running and not reached so
 * far: never a premature "not met"), or partial (the realised part of a running target, which bears no verdict).
 */
export type Status = "met" | "not-met" | "pending" | "expected-met" | "expected-not-met" | "partial";

/** Target, result and difference = result − target; without a result (a future year) the status is pending. */
export interface Outcome {
  target: Decimal;
  result?: Decimal;
  difference?: Decimal;
  status: Status;
}

/** A target still running (its period ends after the report year): what is realised so far, and the years. */
export interface Running {
  /** The realised part: the years up to the report year, without a verdict (status "partial"). */
  realised: Outcome;
  from: number;
  year: number;
  to: number;
}

export interface CapitalFrameResult {
  frame: CapitalFrame;
  /** Korrigeret budget = target + transfers + advances. */
  adjusted: Decimal;
  /** Expected unspent (forventet uforbrugt) = adjusted − actual. */
  unspent: Decimal;
}

export interface ServiceFrameResult {
  kind: "service-frame";
  target: ServiceFrameTarget;
  outcome: Outcome;
  /** All committees' actual spending inside the service frame, before adjustments. */
  insideActual: Decimal;
  capitalFrame?: CapitalFrameResult;
}

export interface AverageResult {
  kind: "average-surplus";
  target: AverageSurplusTarget;
  /** The verdict: over all the years (the budget years' figures are expected ones when the target is running). */
  outcome: Outcome;
  /** Each year's figure as averaged: stated, or computed by the statements. */
  years: { year: number; value: Decimal }[];
  running?: Running;
}

export interface LiquidityYearResult {
  year: LiquidityYear;
  /** Average liquidity in kroner (stated, or the mean of the daily balances). */
  liquidity?: Decimal;
  outcome: Outcome;
}

export interface LiquidityResult {
  kind: "liquidity-per-citizen";
  target: LiquidityTarget;
  years: LiquidityYearResult[];
  history: { year: number; perCitizen: Decimal }[];
  status: Status;
}

export interface DebtResult {
  kind: "debt-reduction";
  target: DebtReductionTarget;
  outcome: Outcome;
  start: DebtYear;
  now: DebtYear;
  /** What is still to be cut by the end of the period to reach the target (0 when reached). */
  remaining: Decimal;
  /** Still running, with the expected debt at the period's end: the realised part, and the verdict on the end. */
  running?: Running;
}

export interface DeclaredResult {
  kind: "declared";
  target: StrategyTarget & { kind: "declared" };
  outcome: Outcome;
}

export type TargetResult = ServiceFrameResult | AverageResult | LiquidityResult | DebtResult | DeclaredResult;

export interface TargetResults {
  targets: TargetResult[];
  reconciliations: Reconciliation[];
}

/** What the targets are computed from: the municipality's unit (of stated amounts) and the report year. */
export interface TargetInput {
  strategy: Strategy;
  /** Each committee's spending inside the service frame (from its Tabel 1): actual, or expected for a follow-up. */
  insideActuals: Figure[];
  unit: Unit;
  year: number;
  /** The surplus on running items of the years the statements cover, for the years the strategy does not state. */
  surpluses?: ReadonlyMap<number, Figure>;
  /** actual: the annual report's verdicts; expected: a follow-up's, every one "expected to be met" or not. */
  basis?: "actual" | "expected";
}

export function computeTargetResults({ strategy, insideActuals, unit, year, surpluses, basis = "actual" }: TargetInput): TargetResults {
  const into: Reconciliation[] = [];
  const ctx = (subject: string, parts: string, u: Unit = unit): ReconcileContext => ({ kind: "result", subject, parts, unit: u, into });
  const { subject: subjects, parts } = texts().figures;
  const targets = strategy.targets.flatMap((t): TargetResult[] => {
    const subject = subjects.target(t.id);
    switch (t.kind) {
      case "service-frame":
        return [serviceFrame(expectedFrame(t, basis), insideActuals, (what, parts) => ctx(`${subject}${what}`, parts))];
      case "average-surplus":
        return [average(t, year, ctx(subject, parts.average), surpluses)];
      case "liquidity-per-citizen":
        return [liquidity(t, (y) => ctx(`${subject}, ${y}`, parts.liquidity, "kr."))];
      case "debt-reduction":
        return debt(t, year, ctx(subject, parts.debt));
      case "declared":
        return [{ kind: "declared", target: t, outcome: outcome(t.rule, targetOf(t), t.result.value) }];
    }
  });
  return { targets: basis === "expected" ? targets.map(expectedVerdicts) : targets, reconciliations: into };
}

/** A follow-up's anlægsramme is judged on the expected spending, and left out where the data give none. */
function expectedFrame(t: ServiceFrameTarget, basis: "actual" | "expected"): ServiceFrameTarget {
  if (basis === "actual" || !t.capitalFrame) return t;
  const { capitalFrame, ...rest } = t;
  return capitalFrame.expected === undefined ? rest : { ...rest, capitalFrame: { ...capitalFrame, actual: capitalFrame.expected } };
}

/** A follow-up judges on expected results: "met" becomes "expected to be met". */
function expectedVerdicts(t: TargetResult): TargetResult {
  if (t.kind === "liquidity-per-citizen") {
    return { ...t, years: t.years.map((y) => ({ ...y, outcome: expectedOutcome(y.outcome) })), status: expectedStatus(t.status) };
  }
  // A follow-up's figures for the report year are expectations themselves: one row, the expected end result.
  if (t.kind === "average-surplus" || t.kind === "debt-reduction") {
    const { running: _, ...rest } = t;
    return { ...rest, outcome: expectedOutcome(t.outcome) } as TargetResult;
  }
  return { ...t, outcome: expectedOutcome(t.outcome) } as TargetResult;
}

function expectedStatus(status: Status): Status {
  return status === "met" ? "expected-met" : status === "not-met" ? "expected-not-met" : status;
}

/** The verdict on an expected result (a follow-up's, or a running target's end). */
function expectedOutcome(o: Outcome): Outcome {
  return { ...o, status: expectedStatus(o.status) };
}

/** The target compared with: the revised one when the target was revised during the year. */
function targetOf(t: SingleTarget): Decimal {
  return t.revised?.target ?? t.target;
}

function outcome(rule: Rule, target: Decimal, result: Decimal | undefined): Outcome {
  if (result === undefined) return { target, status: "pending" };
  const difference = derive(result.minus(target), 2, texts().audit.parts.targetDifference, "difference");
  const met = rule === "at-most" ? difference.lessThanOrEqualTo(0) : difference.greaterThanOrEqualTo(0);
  return { target, result, difference, status: met ? "met" : "not-met" };
}

/** The result used: the stated one when it agrees with the computed one (reconciliation judges it), else computed. */
function settled(computed: Figure, declared: Declared | undefined, ctx: ReconcileContext): Decimal | undefined {
  return settle(computed, declared, "result", ctx).value;
}

/** `ctx(what, parts)`: the check context of the target's result ("") or of a part of it (", capital_frame"). */
function serviceFrame(t: ServiceFrameTarget, insideActuals: Figure[], ctx: (what: string, parts: string) => ReconcileContext): ServiceFrameResult {
  const inside = sum(insideActuals);
  const computed = sum([inside, ...t.adjustments.map((a) => leaf(a.amount))]);
  const { parts } = texts().figures;
  const result = settled(computed, t.result, ctx("", parts.serviceFrame)) ?? new Decimal(0);
  const frame = t.capitalFrame;
  const capitalFrame = frame && capital(frame, ctx(", capital_frame", parts.capitalFrame));
  return {
    kind: "service-frame",
    target: t,
    outcome: outcome(t.rule, targetOf(t), result),
    insideActual: inside.value ?? new Decimal(0),
    ...(capitalFrame && { capitalFrame }),
  };
}

function capital(frame: CapitalFrame, ctx: ReconcileContext): CapitalFrameResult {
  const computed = sum([leaf(frame.target), leaf(frame.transfers), leaf(frame.advances)]);
  const adjusted = settle(computed, frame.adjusted, "adjusted", ctx).value ?? new Decimal(0);
  return { frame, adjusted, unspent: derive(adjusted.minus(frame.actual), 2, texts().audit.parts.unspent, "difference") };
}

/**
 * The mean of the years' surplus. A year the strategy leaves out is the statements' (a year neither gives is an
 * error: checks/statements). Years after the report year are budget years: then the target is still running, the
 * mean of the years so far is the realised part, and the mean of all is the expected end result.
 */
function average(t: AverageSurplusTarget, year: number, ctx: ReconcileContext, surpluses: ReadonlyMap<number, Figure> | undefined): AverageResult {
  const years = t.years.flatMap((y) => {
    const value = y.value ?? surpluses?.get(y.year)?.value; // undefined for a year whose surplus could not be computed
    return value === undefined ? [] : [{ year: y.year, value }];
  });
  const mean = (some: typeof years): Figure => {
    const total = sum(some.map((y) => leaf(y.value))).value;
    // The mean of rounded figures is off by at most half a unit: one "leaf" of tolerance.
    return { value: derive(total?.dividedBy(some.length), some.length, texts().figures.parts.average), leaves: 1 };
  };
  const end = outcome(t.rule, targetOf(t), settled(mean(years), t.result, ctx));
  if (t.years.every((y) => y.year <= year)) return { kind: "average-surplus", target: t, outcome: end, years };
  const realisedYears = years.filter((y) => y.year <= year);
  const span = t.years.map((y) => y.year);
  const realised = realisedYears.length > 0 ? { ...outcome(t.rule, targetOf(t), mean(realisedYears).value), status: "partial" as const } : { target: targetOf(t), status: "partial" as const };
  return {
    kind: "average-surplus",
    target: t,
    outcome: expectedOutcome(end),
    years,
    running: { realised, from: Math.min(...span), year, to: Math.max(...span) },
  };
}

function liquidity(t: LiquidityTarget, ctxOf: (year: number) => ReconcileContext): LiquidityResult {
  const years = t.years.map((y): LiquidityYearResult => {
    const liquidity = averageLiquidity(y);
    const perCitizen = liquidity && y.citizens ? derive(liquidity.dividedBy(y.citizens), 2, texts().figures.parts.liquidity) : undefined;
    const result = settled({ value: perCitizen, leaves: 0 }, y.result, ctxOf(y.year));
    return { year: y, outcome: outcome(t.rule, y.target, result), ...(liquidity && { liquidity }) };
  });
  const history = t.history.map((h) => ({ year: h.year, perCitizen: derive(h.liquidity.dividedBy(h.citizens), 2, texts().figures.parts.liquidity) }));
  return { kind: "liquidity-per-citizen", target: t, years, history, status: overall(years.map((y) => y.outcome.status)) };
}

/** Stated, or the mean of the window's daily balances (the window is complete: validation made sure). */
function averageLiquidity(y: LiquidityYear): Decimal | undefined {
  const source = y.liquidity;
  if (source?.kind === "declared") return source.value;
  if (source?.kind !== "daily-balances") return undefined;
  const mean = sum(source.days.map((d) => leaf(d.balance))).value?.dividedBy(source.days.length);
  return derive(mean, source.days.length, texts().audit.parts.dailyMean);
}

/** A target over several years is met when every year with a result is; pending while none has one. */
function overall(statuses: Status[]): Status {
  if (statuses.includes("not-met")) return "not-met";
  return statuses.includes("met") ? "met" : "pending";
}

/**
 * The debt at the period's start minus the debt now. While the period runs, a verdict is not final: with the
 * expected debt at the period's end (the period's last year in `debt`) the verdict is on that, and the
 * reduction so far is the realised part; without it, a target reached so far is met and one not yet reached is
 * pending — never a premature "not met".
 */
function debt(t: DebtReductionTarget, year: number, ctx: ReconcileContext): DebtResult[] {
  const { from, to } = t.period;
  const start = t.debt.find((d) => d.year === from - 1);
  const now = t.debt.find((d) => d.year === Math.min(year, to));
  if (!start || !now) return []; // reported when the file was read
  const reduction = settled(sum([leaf(start.total), leaf(now.total.negated())]), t.result, ctx) ?? new Decimal(0);
  const remaining = Decimal.max(targetOf(t).minus(reduction), 0);
  const base = { kind: "debt-reduction" as const, target: t, start, now, remaining };
  const so = outcome(t.rule, targetOf(t), reduction);
  if (year >= to) return [{ ...base, outcome: so }];
  const end = t.debt.find((d) => d.year === to);
  if (!end) return [{ ...base, outcome: so.status === "not-met" ? { ...so, status: "pending" } : so }];
  const expected = expectedOutcome(outcome(t.rule, targetOf(t), derive(start.total.minus(end.total), 2, texts().figures.parts.debt, "difference")));
  return [{ ...base, outcome: expected, running: { realised: { ...so, status: "partial" }, from, year, to } }];
}
