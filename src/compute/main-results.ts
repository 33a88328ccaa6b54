// The report's main results (Hovedresultater), after the front sections: the compliance box of the economic
// strategy, operations per committee inside and outside the service frame, capital per committee, the
// financing items, and the charts — in the columns and words of the report's kind.
import { SERVICE_GROUPS, type ReportData, type ServiceGroup } from "../model/types.js";
import { sumColumns } from "./arithmetic.js";
import { CAPITAL_FIGURE_COLUMNS, type CapitalFigures } from "./capital.js";
import { mainCharts, type ChartModel } from "./charts.js";
import { budgetColumns, budgetTableRows, capitalColumns, cells, formats, heads, type Then } from "./columns.js";
import { displayUnit } from "./committee.js";
import type { CommitteeFigures, Figures } from "./figures.js";
import { FIGURE_COLUMNS, GROUP_LABEL, type BudgetFiguresOf, type BudgetRow, type OperationsResult } from "./operations.js";
import type { AccountsView } from "./report-kind.js";
import { strategyBox, type StrategyBox } from "./targets-box.js";
import { stub, type AmountTable, type TableRow } from "./tables.js";
import { t } from "../messages/index.js";

export interface MainResults {
  year: number;
  /** "Regnskab 2024 – Hovedresultater", "Forventet regnskab 2024 – Hovedresultater". */
  heading: string;
  strategy?: StrategyBox;
  operations: AmountTable;
  capital: AmountTable;
  financing?: AmountTable;
  charts: ChartModel[];
}

/** The figures of every committee now and, for a follow-up comparing with a snapshot, then. */
interface Summed {
  committee: { id: string; name: string };
  now: CommitteeFigures;
  then?: CommitteeFigures;
}

export function computeMainResults(data: ReportData, figures: Figures, view: AccountsView): MainResults {
  const year = data.municipality.year;
  const summed: Summed[] = data.committees.map((c) => {
    const then = view.compare && figures.snapshot(view.compare.name, c.id);
    return { committee: c, now: figures.of(c), ...(then && { then }) };
  });
  const results = view.kind === "follow-up" ? figures.expectedTargets : figures.targets;
  const financing = financingSummary(summed, view);
  const operations = summed.map((s) => ({ committee: s.committee, ops: s.now.operations }));
  return {
    year,
    heading: view.words.mainHeading(year),
    ...(results && { strategy: strategyBox(results, year, view.words) }),
    operations: operationsSummary(summed, view),
    capital: capitalSummary(summed, view),
    ...(financing && { financing }),
    charts: mainCharts({ year, targets: results?.targets ?? [], operations, words: view.words }),
  };
}

/** Operations per committee, each with its subtotals inside and outside the service frame. */
function operationsSummary(summed: Summed[], view: AccountsView): AmountTable {
  const rowsOf = (ops: (s: Summed) => OperationsResult | undefined): BudgetRow[] => {
    const parts = summed.flatMap((s) => ops(s) ?? []);
    const rows: BudgetRow[] = [{ key: "total", label: "I alt", style: "total", figures: sumColumns(FIGURE_COLUMNS, parts.map((o) => o.totals), t().audit.parts.committees) }, ...groupRows("", parts)];
    for (const s of summed) {
      const o = ops(s);
      if (o) rows.push({ key: `committee:${s.committee.id}`, label: s.committee.name, style: "frame", figures: o.totals }, ...groupRows(`committee:${s.committee.id}:`, [o]));
    }
    return rows;
  };
  const then = view.compare ? byKey(rowsOf((s) => s.then?.operations)) : undefined;
  const columns = budgetColumns(view, then);
  const unit = displayUnit(undefined, view, "operations");
  return {
    anchor: "oversigt-drift",
    caption: view.words.summaryOperationsCaption(view.year),
    stub: stub("Udvalg", unit),
    columns: heads(columns),
    unit,
    ...formats(columns),
    rows: budgetTableRows(columns, rowsOf((s) => s.now.operations)),
  };
}

function byKey<F>(rows: { key: string; figures: F }[]): Then<F> {
  const map = new Map(rows.map((r) => [r.key, r.figures]));
  return (key) => map.get(key);
}

function groupRows(prefix: string, results: OperationsResult[]): BudgetRow[] {
  return SERVICE_GROUPS.flatMap((g: ServiceGroup) => {
    const parts = results.map((x) => x.groups[g]).filter((x): x is BudgetFiguresOf => x !== undefined);
    // One committee's subtotal is printed as its own figure (with its own source), not as a sum of one.
    const figures = parts.length === 1 ? parts[0]! : sumColumns(FIGURE_COLUMNS, parts, t().audit.parts.committeeGroups(g));
    return parts.length > 0 ? [{ key: `${prefix}group:${g}`, label: GROUP_LABEL[g], style: "group" as const, figures }] : [];
  });
}

/** Capital (anlæg) per committee. */
function capitalSummary(summed: Summed[], view: AccountsView): AmountTable {
  const total = (pick: (s: Summed) => CapitalFigures | undefined): CapitalFigures =>
    sumColumns(CAPITAL_FIGURE_COLUMNS, summed.flatMap((s) => pick(s) ?? []), t().audit.parts.capital);
  const then = view.compare
    ? (key: string): CapitalFigures | undefined =>
        key === "total" ? total((s) => s.then?.capital.totals) : summed.find((s) => `committee:${s.committee.id}` === key)?.then?.capital.totals
    : undefined;
  const columns = capitalColumns(view, then);
  const unit = displayUnit(undefined, view, "capital");
  return {
    anchor: "oversigt-anlaeg",
    caption: view.words.summaryCapitalCaption(view.year),
    stub: stub("Udvalg", unit),
    columns: heads(columns),
    unit,
    ...formats(columns),
    rows: [
      { label: "I alt", style: "total", cells: cells(columns, total((s) => s.now.capital.totals), "total") },
      ...summed.map((s): TableRow => ({ label: s.committee.name, style: "frame", cells: cells(columns, s.now.capital.totals, `committee:${s.committee.id}`) })),
    ],
  };
}

/** The financing items (finansieringsposter) of every committee that has them; Økonomiudvalget in practice. */
function financingSummary(summed: Summed[], view: AccountsView): AmountTable | undefined {
  const rowsOf = (pick: (s: Summed) => CommitteeFigures | undefined): BudgetRow[] | undefined => {
    const results = summed.flatMap((s) => pick(s)?.financing ?? []);
    if (results.length === 0) return undefined;
    const items = results.flatMap((r) => r.rows.filter((row) => row.style !== "total"));
    return [{ key: "total", label: "I alt", style: "total", figures: sumColumns(FIGURE_COLUMNS, results.map((r) => r.totals), t().audit.parts.financing) }, ...items];
  };
  const rows = rowsOf((s) => s.now);
  if (!rows) return undefined;
  const thenRows = view.compare ? rowsOf((s) => s.then) : undefined;
  const columns = budgetColumns(view, view.compare ? byKey(thenRows ?? []) : undefined);
  const unit = displayUnit(undefined, view, "financing");
  return {
    anchor: "oversigt-finansiering",
    caption: view.words.summaryFinancingCaption(view.year),
    stub: stub("Finansiering", unit),
    columns: heads(columns),
    unit,
    ...formats(columns),
    rows: budgetTableRows(columns, rows),
    note: "+ er udgifter / − er indtægter.",
  };
}
