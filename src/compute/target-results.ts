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

export type Status = "met" | "not-met" | "pending";

/** Target, result and difference = result − target; without a result (a future year) the status is pending. */
export interface Outcome {
  target: Decimal;
  result?: Decimal;
  difference?: Decimal;
  status: Status;
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
  outcome: Outcome;
  /** Each year's figure as averaged: stated, or computed by the statements. */
  years: { year: number; value: Decimal }[];
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
  /** Each committee's actual spending inside the service frame (from its Tabel 1). */
  insideActuals: Figure[];
  unit: Unit;
  year: number;
  /** The surplus on running items of the years the statements cover, for the years the strategy does not state. */
  surpluses?: ReadonlyMap<number, Figure>;
}

export function computeTargetResults({ strategy, insideActuals, unit, year, surpluses }: TargetInput): TargetResults {
  const into: Reconciliation[] = [];
  const ctx = (subject: string, parts: string, u: Unit = unit): ReconcileContext => ({ kind: "result", subject, parts, unit: u, into });
  const { subject: subjects, parts } = texts().figures;
  const targets = strategy.targets.flatMap((t): TargetResult[] => {
    const subject = subjects.target(t.id);
    switch (t.kind) {
      case "service-frame":
        return [serviceFrame(t, insideActuals, (what, parts) => ctx(`${subject}${what}`, parts))];
      case "average-surplus":
        return [average(t, ctx(subject, parts.average), surpluses)];
      case "liquidity-per-citizen":
        return [liquidity(t, (y) => ctx(`${subject}, ${y}`, parts.liquidity, "kr."))];
      case "debt-reduction":
        return debt(t, year, ctx(subject, parts.debt));
      case "declared":
        return [{ kind: "declared", target: t, outcome: outcome(t.rule, targetOf(t), t.result.value) }];
    }
  });
  return { targets, reconciliations: into };
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

function average(t: AverageSurplusTarget, ctx: ReconcileContext, surpluses: ReadonlyMap<number, Figure> | undefined): AverageResult {
  // A year the strategy leaves out is the statements' (a year neither gives is an error: checks/statements).
  const years = t.years.flatMap((y) => {
    const value = y.value ?? surpluses?.get(y.year)?.value;
    return value === undefined ? [] : [{ year: y.year, value }];
  });
  const total = sum(years.map((y) => leaf(y.value))).value;
  // The mean of rounded figures is off by at most half a unit: one "leaf" of tolerance.
  const mean: Figure = { value: derive(total?.dividedBy(years.length), years.length, texts().figures.parts.average), leaves: 1 };
  return { kind: "average-surplus", target: t, outcome: outcome(t.rule, targetOf(t), settled(mean, t.result, ctx)), years };
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

function debt(t: DebtReductionTarget, year: number, ctx: ReconcileContext): DebtResult[] {
  const start = t.debt.find((d) => d.year === t.period.from - 1);
  const now = t.debt.find((d) => d.year === Math.min(year, t.period.to));
  if (!start || !now) return []; // reported when the file was read
  const reduction = settled(sum([leaf(start.total), leaf(now.total.negated())]), t.result, ctx) ?? new Decimal(0);
  const out = outcome(t.rule, targetOf(t), reduction);
  const remaining = Decimal.max(targetOf(t).minus(reduction), 0);
  return [{ kind: "debt-reduction", target: t, outcome: out, start, now, remaining }];
}
