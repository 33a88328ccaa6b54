// The economic strategy (økonomisk strategi): the council's own targets as the municipality file states them.
// Money is in kroner (converted from the file's unit); per-citizen figures are in kroner per citizen.
import type { Declared } from "./declared.js";
import type { Money } from "../core/money.js";
import type { Pos } from "../core/problem.js";

/** Which way a target points: the result must be at most (e.g. spending) or at least (e.g. surplus) the target. */
export type Rule = "at-most" | "at-least";

export type TargetKind = "service-frame" | "average-surplus" | "liquidity-per-citizen" | "debt-reduction" | "declared";

/** A target changed during the year (e.g. the service frame after midtvejsregulering): the revised one is used. */
export interface Revision {
  target: Money;
  reason?: string;
}

interface TargetBase {
  id: string;
  label: string;
  rule: Rule;
  note?: string;
  at: Pos;
}

/** A target with one figure: the result is compared with `revised.target` when given, else with `target`. */
export interface SingleTarget extends TargetBase {
  target: Money;
  revised?: Revision;
  /** A result the data states; checked against the computed one where the data allows computing it. */
  result?: Declared;
}

export interface Adjustment {
  label: string;
  amount: Money;
  at: Pos;
}

/** Anlægsrammen: the ceiling on gross tax-financed capital spending, with what was added to it during the year. */
export interface CapitalFrame {
  target: Money;
  transfers?: Money;
  advances?: Money;
  /** Korrigeret budget as stated; checked against target + transfers + advances. */
  adjusted?: Declared;
  actual: Money;
  /** The expected gross capital spending, for a budget follow-up (which prints no 1b without it). */
  expected?: Money;
  at: Pos;
}

/** 1: spending inside the service frame (all committees' actuals plus adjustments) at most the frame. */
export interface ServiceFrameTarget extends SingleTarget {
  kind: "service-frame";
  adjustments: Adjustment[];
  capitalFrame?: CapitalFrame;
}

export interface YearFigure {
  year: number;
  /** Absent where the statements compute it (the surplus of a year they cover). */
  value?: Money;
  at: Pos;
}

/** 2: the average of per-year figures (overskud på løbende poster) over the years the target names. */
export interface AverageSurplusTarget extends SingleTarget {
  kind: "average-surplus";
  years: YearFigure[];
}

/** One day's closing balance from a daily-balance file, with the line it stands on. */
export interface DailyBalance {
  date: string;
  balance: Money;
  line: number;
}

/** Average liquidity after the kassekreditreglen: stated, or the mean of the 365 days up to the year's end. */
export type LiquiditySource =
  | { kind: "declared"; value: Money; at: Pos }
  | { kind: "daily-balances"; file: string; first: string; last: string; days: DailyBalance[]; at: Pos };

export interface LiquidityYear {
  year: number;
  /** Kroner per citizen. */
  target: Money;
  liquidity?: LiquiditySource;
  citizens?: number;
  /** Kroner per citizen, as stated; checked against liquidity / citizens. */
  result?: Declared;
  at: Pos;
}

/** An earlier year's liquidity, shown in the chart only. */
export interface LiquidityHistory {
  year: number;
  liquidity: Money;
  citizens: number;
  at: Pos;
}

/** 3: liquidity per citizen, per year for the budget year and the following years. */
export interface LiquidityTarget extends TargetBase {
  kind: "liquidity-per-citizen";
  years: LiquidityYear[];
  history: LiquidityHistory[];
}

export interface DebtYear {
  year: number;
  /** Year-end long-term debt (langfristet gæld), in total. */
  total: Money;
  /** The part that is elderly-housing debt (ældreboliggæld), repaid by tenants through rent. */
  elderlyHousing?: Money;
  at: Pos;
}

/** 4: debt cut by `target` over the election period; the result is the debt at its start minus the debt now. */
export interface DebtReductionTarget extends SingleTarget {
  kind: "debt-reduction";
  period: { from: number; to: number };
  debt: DebtYear[];
}

/** Any other target of the municipality's own: target and result both stated. */
export interface DeclaredTarget extends SingleTarget {
  kind: "declared";
  result: Declared;
}

export type StrategyTarget = ServiceFrameTarget | AverageSurplusTarget | LiquidityTarget | DebtReductionTarget | DeclaredTarget;

export interface Strategy {
  targets: StrategyTarget[];
  /** A figure of the strategy could not be read (its error is reported): no check may conclude from what is missing. */
  unreliable?: boolean;
}
