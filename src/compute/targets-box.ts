// The compliance box "Overholdelse af den økonomiske strategi" as the template receives it: per target its
// rows (one, or one per year for liquidity) with target, result, difference and status, plus what the notes
// under the box need. Every figure is already computed; the template only lays it out.
import { MIO, type DisplayUnit } from "../format/danish.js";
import type { Decimal } from "../core/money.js";
import type { Adjustment, DebtYear, Revision, TargetKind } from "../model/targets.js";
import type { CapitalFrameResult, LiquidityYearResult, Outcome, Running, Status, TargetResults, TargetResult } from "./target-results.js";
import type { AccountsView } from "./report-kind.js";
import type { AmountTable } from "./tables.js";

export const PER_CITIZEN: DisplayUnit = { unit: "kr.", decimals: 0 };

export interface BoxRow extends Outcome {
  /** The year, for a target with one row per year. */
  label?: string;
}

export interface BoxTarget {
  number: number;
  id: string;
  kind: TargetKind;
  label: string;
  /** "højst" (at most) or "mindst" (at least) the target. */
  rule: "højst" | "mindst";
  unit: DisplayUnit;
  /** "mio. kr." or "kr. pr. borger". */
  unitLabel: string;
  rows: BoxRow[];
  /** Several rows (per year, or the realised part and the expected end of a running target) get a heading row of their own. */
  perYear: boolean;
  status: Status;
  note?: string;
  revised?: Revision & { original: Decimal };
  /** `basis`: whose spending inside the service frame the result sums ("regnskab", "forventede regnskab"). */
  serviceFrame?: { insideActual: Decimal; adjustments: Adjustment[]; basis: string };
  /** A running target: the period, and until when the result is realised. */
  running?: { from: number; year: number; to: number };
  average?: { years: { year: number; value: Decimal }[] };
  liquidity?: { year: number; liquidity: Decimal; citizens: number; window?: { first: string; last: string; days: number } }[];
  /** `end`: the expected debt at the end of a running period. */
  debt?: { start: DebtYear; now: DebtYear; remaining: Decimal; reached: boolean; periodEnd: number; end?: DebtYear };
}

export interface StrategyBox {
  caption: string;
  /** The heads of the result and difference columns: "Resultat" or "Forventet resultat". */
  resultHead: string;
  differenceHead: string;
  targets: BoxTarget[];
  /** Anlægsrammen (1b), when the service-frame target states it. */
  capitalFrame?: AmountTable;
}

/** The verdict as the box prints it (templates/partials/main-results-cells.hbs), and the CSV file and the workbook say it. */
export const VERDICT: Record<Status, string> = {
  met: "Overholdt",
  "not-met": "Ikke overholdt",
  "expected-met": "Forventes overholdt",
  "expected-not-met": "Forventes ikke overholdt",
  partial: "Foreløbigt resultat",
  pending: "Opgøres senere",
};

/** A row of the box by its target, and its year where the target has a row per year: "3. Likviditet › 2024". */
export function boxRowLabel(target: BoxTarget, row: BoxRow): string {
  return `${target.number}. ${target.label}${target.perYear && row.label ? ` › ${row.label}` : ""}`;
}

export function strategyBox({ targets }: TargetResults, year: number, words: AccountsView["words"]): StrategyBox {
  const n = targets.findIndex((t) => t.kind === "service-frame" && t.capitalFrame);
  const capital = targets[n];
  return {
    caption: words.strategyCaption(year),
    resultHead: words.resultHead,
    differenceHead: words.differenceHead,
    targets: targets.map((t, i) => boxTarget(t, i + 1, words.serviceFrameBasis)),
    ...(capital?.kind === "service-frame" && capital.capitalFrame && { capitalFrame: capitalFrameTable(capital.capitalFrame, n + 1, year, words.capitalFrameResult) }),
  };
}

function boxTarget(t: TargetResult, number: number, basis: string): BoxTarget {
  const target = t.target;
  const base = {
    number,
    id: target.id,
    kind: t.kind,
    label: target.label,
    rule: target.rule === "at-most" ? ("højst" as const) : ("mindst" as const),
    unit: MIO,
    unitLabel: "mio. kr.",
    perYear: false,
    ...(target.note && { note: target.note }),
  };
  if (t.kind === "liquidity-per-citizen") {
    return {
      ...base,
      unit: PER_CITIZEN,
      unitLabel: "kr. pr. borger",
      perYear: true,
      rows: t.years.map((y) => ({ label: String(y.year.year), ...y.outcome })),
      status: t.status,
      liquidity: t.years.flatMap(liquidityNote),
    };
  }
  const running = "running" in t ? t.running : undefined;
  const single = { ...base, ...rowsOf(t.outcome, running), status: t.outcome.status, ...revisedOf(t) };
  switch (t.kind) {
    case "service-frame":
      return { ...single, serviceFrame: { insideActual: t.insideActual, adjustments: t.target.adjustments, basis } };
    case "average-surplus":
      return { ...single, average: { years: t.years } };
    case "debt-reduction":
      return { ...single, debt: { start: t.start, now: t.now, remaining: t.remaining, reached: t.remaining.isZero(), periodEnd: t.target.period.to, ...debtEnd(t) } };
    case "declared":
      return single;
  }
}

function debtEnd(t: Extract<TargetResult, { kind: "debt-reduction" }>): { end?: DebtYear } {
  const end = t.running && t.target.debt.find((d) => d.year === t.target.period.to);
  return end ? { end } : {};
}

/** One row; or, for a target still running, its realised part and its expected end, each with its years. */
function rowsOf(outcome: Outcome, running: Running | undefined): Pick<BoxTarget, "rows" | "perYear" | "running"> {
  if (!running) return { rows: [outcome], perYear: false };
  const { from, year, to } = running;
  return {
    rows: [
      { label: `Realiseret ${from === year ? year : `${from}–${year}`}`, ...running.realised },
      { label: `Forventet ${from}–${to}`, ...outcome },
    ],
    perYear: true,
    running: { from, year, to },
  };
}

function revisedOf(t: Exclude<TargetResult, { kind: "liquidity-per-citizen" }>): { revised?: BoxTarget["revised"] } {
  const revised = t.target.revised;
  return revised ? { revised: { ...revised, original: t.target.target } } : {};
}

/** What the note under the box says of a year's liquidity: the average, where it came from, the citizens. */
function liquidityNote({ year, liquidity }: LiquidityYearResult): NonNullable<BoxTarget["liquidity"]> {
  if (!liquidity || !year.citizens) return [];
  const source = year.liquidity;
  const window = source?.kind === "daily-balances" ? { first: danishDate(source.first), last: danishDate(source.last), days: source.days.length } : undefined;
  return [{ year: year.year, liquidity, citizens: year.citizens, ...(window && { window }) }];
}

/** 2024-12-31 → 31.12.2024. */
function danishDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/** Mål 1b: anlægsrammen, as the model report prints it under the service frame. */
function capitalFrameTable(c: CapitalFrameResult, number: number, year: number, result: (year: number) => string): AmountTable {
  const f = c.frame;
  return {
    anchor: "anlaegsrammen",
    caption: `Mål ${number}b. Anlægsrammen ${year}`,
    stub: "Bruttoanlæg, skattefinansieret (mio. kr.)",
    columns: ["Beløb"],
    unit: MIO,
    rows: [
      { label: "Måltal (anlægsrammen)", style: "line", cells: [f.target] },
      { label: "Overførsler fra tidligere år", style: "line", cells: [f.transfers] },
      { label: "Fremrykninger m.m.", style: "line", cells: [f.advances] },
      { label: "Korrigeret budget", style: "total", cells: [c.adjusted] },
      { label: result(year), style: "line", cells: [f.actual] },
      { label: `Forventet uforbrugt (korrigeret budget − ${result(year).replace(/ \d+$/, "").toLowerCase()})`, style: "total", cells: [c.unspent] },
    ],
  };
}
