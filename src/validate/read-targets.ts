// Reads `strategy:` of the municipality file into typed targets, checking what the schema cannot: amounts,
// unique ids and years, the years a computation needs, and the daily-balance files with their 365 days.
import type { YAMLMap } from "yaml";
import { readDailyBalances } from "../load/daily-balances.js";
import type { FileReader } from "../load/reader.js";
import type {
  Adjustment,
  CapitalFrame,
  DebtYear,
  LiquidityHistory,
  LiquiditySource,
  LiquidityYear,
  Revision,
  Rule,
  SingleTarget,
  Strategy,
  StrategyTarget,
  TargetKind,
  YearFigure,
} from "../model/targets.js";
import { liquidityWindow } from "./daily-balances.js";
import type { Message, Pos } from "../core/problem.js";
import { msg } from "../messages/index.js";
import { UNITS, type Unit } from "../core/units.js";

interface Context {
  r: FileReader;
  /** The report year: the year whose accounts the results are. */
  year: number;
  liquidityBasis?: number;
}

export function readStrategy(r: FileReader, root: YAMLMap | undefined, year: number, liquidityBasis?: number): Strategy | undefined {
  const strategy = r.map(r.field(root, "strategy"));
  if (!strategy) return undefined;
  const ctx: Context = { r, year, liquidityBasis };
  const targets = r.items(strategy, "targets").map((m) => readTarget(ctx, m)).filter((t): t is StrategyTarget => t !== undefined);
  unique(r, targets.map((t) => ({ key: t.id, at: t.at })), (key, line) => msg("duplicate-target-id", key, line));
  return { targets, ...(r.hasError(strategy) && { unreliable: true }) };
}

/** A target whose required fields are missing is left out: the schema has reported them. */
function readTarget(ctx: Context, m: YAMLMap): StrategyTarget | undefined {
  const { r } = ctx;
  const id = r.string(m, "id");
  const label = r.string(m, "label");
  const rule = r.string(m, "rule") as Rule | undefined;
  const kind = r.string(m, "kind") as TargetKind | undefined;
  if (!id || !label || (rule !== "at-most" && rule !== "at-least")) return undefined;
  const note = r.string(m, "note");
  const base = { id, label, rule, at: r.keyPos(m, "id"), ...(note && { note }) };
  if (kind === "liquidity-per-citizen") return { ...base, kind, years: liquidityYears(ctx, m), history: liquidityHistory(ctx, m) };
  const target = r.amount(m, "target");
  if (target === undefined) return undefined;
  const revised = revision(r, r.map(r.field(m, "revised")));
  const result = r.declared(m, "result");
  const single = { ...base, target, ...(revised && { revised }), ...(result && { result }) };
  switch (kind) {
    case "service-frame":
      return { ...single, kind, adjustments: adjustments(r, m), ...withCapitalFrame(r, r.map(r.field(m, "capital_frame"))) };
    case "average-surplus":
      return { ...single, kind, years: yearFigures(r, m, "years", "surplus") };
    case "debt-reduction":
      return debtTarget(ctx, m, single);
    case "declared":
      return result ? { ...single, kind, result } : undefined;
    default:
      return undefined;
  }
}

function revision(r: FileReader, m: YAMLMap | undefined): Revision | undefined {
  const target = r.amount(m, "target");
  if (target === undefined) return undefined;
  const reason = r.string(m, "reason");
  return { target, ...(reason && { reason }) };
}

function adjustments(r: FileReader, m: YAMLMap): Adjustment[] {
  return r.items(m, "adjustments").flatMap((a) => {
    const label = r.string(a, "label");
    const amount = r.amount(a, "amount");
    return label && amount ? [{ label, amount, at: r.pos(a) }] : [];
  });
}

function withCapitalFrame(r: FileReader, m: YAMLMap | undefined): { capitalFrame?: CapitalFrame } {
  const target = r.amount(m, "target");
  const actual = r.amount(m, "actual");
  if (!m || target === undefined || actual === undefined) return {};
  const transfers = r.amount(m, "transfers");
  const advances = r.amount(m, "advances");
  const adjusted = r.declared(m, "adjusted");
  const expected = r.amount(m, "expected");
  return {
    capitalFrame: { target, actual, at: r.pos(m), ...(transfers && { transfers }), ...(advances && { advances }), ...(adjusted && { adjusted }), ...(expected && { expected }) },
  };
}

/** Per-year figures (`- { year: 2024, <field>: … }`), each year once. */
function yearFigures(r: FileReader, m: YAMLMap, key: string, field: string): YearFigure[] {
  const out = r.items(m, key).flatMap((y) => {
    const year = r.year(y, "year");
    const value = r.amount(y, field);
    return year !== undefined ? [{ year, ...(value !== undefined && { value }), at: r.keyPos(y, "year") }] : [];
  });
  unique(r, out.map((y) => ({ key: String(y.year), at: y.at })), (key, line) => msg("duplicate-year", key, line));
  return out;
}

function liquidityYears(ctx: Context, m: YAMLMap): LiquidityYear[] {
  const { r } = ctx;
  const years = r.items(m, "years").flatMap((y): LiquidityYear[] => {
    const year = r.year(y, "year");
    const target = r.amount(y, "target", "kr.");
    if (year === undefined || target === undefined) return [];
    const liquidity = liquiditySource(ctx, y, year);
    const citizens = liquidity ? citizensOf(ctx, y, year) : undefined;
    const result = r.declared(y, "result", "kr.");
    return [{ year, target, at: r.keyPos(y, "year"), ...(liquidity && { liquidity }), ...(citizens && { citizens }), ...(result && { result }) }];
  });
  unique(r, years.map((y) => ({ key: String(y.year), at: y.at })), (key, line) => msg("duplicate-year", key, line));
  return years;
}

function liquidityHistory(ctx: Context, m: YAMLMap): LiquidityHistory[] {
  const { r } = ctx;
  const history = r.items(m, "history").flatMap((h) => {
    const year = r.year(h, "year");
    const liquidity = r.amount(h, "liquidity");
    const citizens = r.number(h, "citizens");
    return year !== undefined && liquidity !== undefined && citizens !== undefined ? [{ year, liquidity, citizens, at: r.keyPos(h, "year") }] : [];
  });
  unique(r, history.map((h) => ({ key: String(h.year), at: h.at })), (key, line) => msg("duplicate-history-year", key, line));
  return history;
}

/** The average liquidity of a year: stated (`liquidity`) or computed from `daily_balances`, never both. */
function liquiditySource(ctx: Context, y: YAMLMap, year: number): LiquiditySource | undefined {
  const { r } = ctx;
  const declared = r.amount(y, "liquidity");
  const daily = r.map(r.field(y, "daily_balances"));
  if (declared !== undefined && daily) {
    r.problems.error(r.keyPos(y, "daily_balances"), msg("liquidity-twice", year));
    return undefined;
  }
  if (declared !== undefined) return { kind: "declared", value: declared, at: r.valuePos(y, "liquidity") };
  const path = r.string(daily, "file");
  if (!daily || !path) return undefined;
  const unitText = r.string(daily, "unit");
  const unit: Unit = UNITS.includes(unitText as Unit) ? (unitText as Unit) : "kr.";
  const at = r.valuePos(daily, "file");
  const file = readDailyBalances(path, at, r.dataDir, unit, r.problems);
  return file && liquidityWindow(file, year, at, r.problems);
}

/** Citizens of a year: stated, or population.liquidity_basis for the report year. */
function citizensOf(ctx: Context, y: YAMLMap, year: number): number | undefined {
  const citizens = ctx.r.number(y, "citizens") ?? (year === ctx.year ? ctx.liquidityBasis : undefined);
  if (citizens === undefined) ctx.r.problems.error(ctx.r.keyPos(y, "year"), msg("citizens-missing", year, ctx.year));
  return citizens;
}

function debtTarget(ctx: Context, m: YAMLMap, single: SingleTarget): StrategyTarget | undefined {
  const { r } = ctx;
  const periodMap = r.map(r.field(m, "period"));
  const from = r.year(periodMap, "from");
  const to = r.year(periodMap, "to");
  if (from === undefined || to === undefined) return undefined;
  if (from > to) r.problems.error(r.keyPos(periodMap, "from"), msg("period-order", from, to));
  const rows = r.items(m, "debt");
  const debt = rows.flatMap((d): DebtYear[] => {
    const year = r.year(d, "year");
    const total = r.amount(d, "total");
    const elderlyHousing = r.amount(d, "elderly_housing");
    return year !== undefined && total !== undefined ? [{ year, total, at: r.keyPos(d, "year"), ...(elderlyHousing && { elderlyHousing }) }] : [];
  });
  unique(r, debt.map((d) => ({ key: String(d.year), at: d.at })), (key, line) => msg("duplicate-debt-year", key, line));
  // A year is missing when no row gives it (a row whose total cannot be read gives it: its own error says so).
  const written = rows.map((d) => r.year(d, "year"));
  for (const needed of [from - 1, Math.min(ctx.year, to)]) {
    if (!written.includes(needed)) r.problems.error(r.keyPos(m, "debt"), msg("debt-year-missing", needed, needed === from - 1));
  }
  return { ...single, kind: "debt-reduction", period: { from, to }, debt: [...debt].sort((a, b) => a.year - b.year) };
}

function unique(r: FileReader, items: { key: string; at: Pos }[], duplicate: (key: string, firstLine: number) => Message): void {
  const seen = new Map<string, Pos>();
  for (const item of items) {
    const first = seen.get(item.key);
    if (first) r.problems.error(item.at, duplicate(item.key, first.line));
    else seen.set(item.key, item.at);
  }
}
