// The main results' charts as data: each chart is drawn from exactly the table printed with it, so figure and
// table cannot disagree, and carries a text alternative that states what the chart shows in words.
import { MIO, formatAmount, type DisplayUnit } from "../format/danish.js";
import { Decimal } from "../core/money.js";
import { t as texts } from "../messages/index.js";
import { derive } from "./arithmetic.js";
import type { DebtResult, LiquidityResult, TargetResult } from "./target-results.js";
import { PER_CITIZEN } from "./targets-box.js";
import type { OperationsResult } from "./operations.js";
import type { AccountsView } from "./report-kind.js";
import type { AmountTable, TableRow } from "./tables.js";

export interface ChartModel {
  /** HTML id of the figure, unique in the report. */
  id: string;
  /** line: one line per table column over the rows (years); bar: one bar per row. */
  kind: "line" | "bar";
  caption: string;
  /** The text alternative: what the chart shows, with its main figures, in Danish. */
  alt: string;
  /** Title of the value axis, with the unit. */
  valueTitle: string;
  table: AmountTable;
}

interface ChartInput {
  year: number;
  targets: TargetResult[];
  operations: { committee: { name: string }; ops: OperationsResult }[];
  /** The kind's words: which (4) the variance chart shows, and how it is named. */
  words: AccountsView["words"];
}

export function mainCharts({ year, targets, operations, words }: ChartInput): ChartModel[] {
  const liquidity = targets.find((t): t is LiquidityResult => t.kind === "liquidity-per-citizen");
  const debt = targets.find((t): t is DebtResult => t.kind === "debt-reduction");
  return [
    ...(liquidity ? [liquidityChart(liquidity)] : []),
    ...(debt ? [debtChart(debt, year)] : []),
    ...(operations.length > 0 ? [varianceChart(operations, year, words)] : []),
  ];
}

function liquidityChart(t: LiquidityResult): ChartModel {
  const byYear = new Map<number, TableRow>();
  for (const h of t.history) byYear.set(h.year, { label: String(h.year), style: "line", cells: [h.perCitizen, undefined] });
  for (const y of t.years) byYear.set(y.year.year, { label: String(y.year.year), style: "line", cells: [y.outcome.result, y.outcome.target] });
  const rows = [...byYear.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  const results = rows.filter((r) => r.cells[0] !== undefined);
  const latest = t.years.filter((y) => y.outcome.result !== undefined).at(-1);
  const kr = (v: Decimal | undefined): string => `${formatAmount(v, PER_CITIZEN)} kr.`;
  const alt = sentences(
    `Linjediagram over likviditet pr. borger efter kassekreditreglen ${span(results)} og måltallet ${span(t.years.map((y) => ({ label: String(y.year.year) })))}.` +
    (latest ? ` I ${latest.year.year} var likviditeten ${kr(latest.outcome.result)} pr. borger mod et måltal på ${kr(latest.outcome.target)}` : "") +
    extremes(results, 0, (r) => `${kr(r.cells[0] as Decimal)} (${r.label})`),
  );
  return {
    id: "graf-likviditet",
    kind: "line",
    caption: "Likviditet pr. borger og måltal",
    alt,
    valueTitle: "Kr. pr. borger",
    table: chartTable("tabel-graf-likviditet", "Likviditet pr. borger (tal til figuren)", "År", ["Likviditet pr. borger", "Måltal"], PER_CITIZEN, rows),
  };
}

function debtChart(t: DebtResult, year: number): ChartModel {
  const split = t.target.debt.some((d) => d.elderlyHousing !== undefined);
  const rows = t.target.debt.map((d): TableRow => {
    const elderly = d.elderlyHousing ?? new Decimal(0);
    // A year after the report year is a budget year: its debt is expected, not realised.
    const label = d.year > year ? `${d.year} (forventet)` : String(d.year);
    const other = derive(d.total.minus(elderly), 2, texts().audit.parts.otherDebt, "difference");
    return { label, style: "line", cells: split ? [d.elderlyHousing, other, d.total] : [d.total] };
  });
  const columns = split ? ["Ældreboliggæld", "Øvrig gæld", "I alt"] : ["I alt"];
  const [first, last] = [rows[0]!, rows.at(-1)!];
  const mio = (v: unknown): string => `${formatAmount(v as Decimal, MIO)} mio. kr.`;
  const total = split ? 2 : 0;
  const alt = sentences(
    `Linjediagram over den langfristede gæld ved årets udgang ${span(rows)}${split ? ", i alt og fordelt på ældreboliggæld og øvrig gæld" : ""}.` +
      ` Gælden i alt gik fra ${mio(first.cells[total])} i ${first.label} til ${mio(last.cells[total])} i ${last.label}` +
      (split ? `; ældreboliggælden fra ${mio(first.cells[0])} til ${mio(last.cells[0])}` : ""),
  );
  return {
    id: "graf-gaeld",
    kind: "line",
    caption: "Langfristet gæld ved årets udgang",
    alt,
    valueTitle: "Mio. kr.",
    table: chartTable("tabel-graf-gaeld", "Langfristet gæld (tal til figuren)", "År", columns, MIO, rows),
  };
}

function varianceChart(operations: ChartInput["operations"], year: number, words: ChartInput["words"]): ChartModel {
  const rows = operations.map(({ committee, ops }): TableRow => ({ label: committee.name, style: "line", cells: [ops.totals[words.fourth].value ?? new Decimal(0)] }));
  const sorted = [...rows].sort((a, b) => (a.cells[0] as Decimal).comparedTo(b.cells[0] as Decimal));
  const [under, over] = [sorted[0]!, sorted.at(-1)!];
  const mio = (r: TableRow): string => `${formatAmount((r.cells[0] as Decimal).abs(), MIO)} mio. kr.`;
  const alt = sentences(
    words.varianceChartAlt(year) +
      ((over.cells[0] as Decimal).isPositive() ? ` Største merforbrug: ${over.label}, ${mio(over)}` : "") +
      ((under.cells[0] as Decimal).isNegative() ? ` Største mindreforbrug: ${under.label}, ${mio(under)}` : ""),
  );
  return {
    id: "graf-afvigelser",
    kind: "bar",
    caption: words.varianceChartCaption(year),
    alt,
    valueTitle: "Mio. kr.",
    table: chartTable("tabel-graf-afvigelser", `${words.varianceChartCaption(year).replace(/ \(.*\)$/, "")} (tal til figuren)`, "Udvalg", ["Resultat (3)-(2)=(4)"], MIO, rows),
  };
}

function chartTable(anchor: string, caption: string, stubLabel: string, columns: string[], unit: DisplayUnit, rows: TableRow[]): AmountTable {
  const unitText = unit.unit === "kr." ? "kr." : "mio. kr.";
  return { anchor, caption, stub: `${stubLabel} (${unitText})`, columns, unit, rows };
}

/** Ends the text with a full stop, unless it ends with one already (as after "kr."). */
function sentences(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}

/** "2020–2024" for the rows' first and last labels. */
function span(rows: { label: string }[]): string {
  const [first, last] = [rows[0]?.label, rows.at(-1)?.label];
  return first === last ? (first ?? "") : `${first}–${last}`;
}

/** " Laveste: …, højeste: …." over one column, when there are several values. */
function extremes(rows: TableRow[], column: number, describe: (r: TableRow) => string): string {
  if (rows.length < 2) return "";
  const sorted = [...rows].sort((a, b) => (a.cells[column] as Decimal).comparedTo(b.cells[column] as Decimal));
  return ` Laveste: ${describe(sorted[0]!)}, højeste: ${describe(sorted.at(-1)!)}`;
}
