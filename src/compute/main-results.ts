// The report's main results (Hovedresultater), after the front sections: the compliance box of the economic
// strategy, operations per committee inside and outside the service frame, capital per committee, the
// financing items, and the charts.
import { SERVICE_GROUPS, BUDGET_COLUMNS, CAPITAL_COLUMNS, type CapitalColumn, type ReportData } from "../model/types.js";
import { sumColumns, type Columns } from "./arithmetic.js";
import { mainCharts, type ChartModel } from "./charts.js";
import type { Figures } from "./figures.js";
import { GROUP_LABEL, type BudgetFiguresOf, type BudgetRow, type OperationsResult } from "./operations.js";
import { strategyBox, type StrategyBox } from "./targets-box.js";
import { t } from "../messages/index.js";
import { budgetCells, budgetColumnHeads, budgetRows, capitalCells, capitalColumnHeads, stub, type AmountTable, type TableRow } from "./tables.js";

export interface MainResults {
  year: number;
  strategy?: StrategyBox;
  operations: AmountTable;
  capital: AmountTable;
  financing?: AmountTable;
  charts: ChartModel[];
}

export function computeMainResults(data: ReportData, figures: Figures): MainResults {
  const { municipality, committees } = data;
  const year = municipality.year;
  const operations = committees.map((c) => ({ committee: c, ops: figures.of(c).operations }));
  const results = figures.targets;
  const financing = financingSummary(data, figures);
  return {
    year,
    ...(results && { strategy: strategyBox(results, year) }),
    operations: operationsSummary(year, operations),
    capital: capitalSummary(data, figures),
    ...(financing && { financing }),
    charts: mainCharts({ year, targets: results?.targets ?? [], operations }),
  };
}

type CommitteeOperations = { committee: { name: string }; ops: OperationsResult };

/** Operations per committee, each with its subtotals inside and outside the service frame. */
function operationsSummary(year: number, results: CommitteeOperations[]): AmountTable {
  const total = sumColumns(BUDGET_COLUMNS, results.map((r) => r.ops.totals), t().audit.parts.committees);
  const rows: TableRow[] = [{ label: "I alt", style: "total", cells: budgetCells(total) }, ...groupRows(results.map((r) => r.ops.groups))];
  for (const { committee, ops } of results) {
    rows.push({ label: committee.name, style: "frame", cells: budgetCells(ops.totals) }, ...groupRows([ops.groups]));
  }
  return {
    anchor: "oversigt-drift",
    caption: `Driftsudgifter i ${year} fordelt på udvalg, inden for og uden for servicerammen`,
    stub: stub("Udvalg"),
    columns: budgetColumnHeads(year),
    unit: { unit: "t.kr.", decimals: 0 },
    rows,
  };
}

function groupRows(groups: Partial<Record<(typeof SERVICE_GROUPS)[number], BudgetFiguresOf>>[]): TableRow[] {
  return SERVICE_GROUPS.flatMap((g) => {
    const parts = groups.map((x) => x[g]).filter((x): x is BudgetFiguresOf => x !== undefined);
    // One committee's subtotal is printed as its own figure (with its own source), not as a sum of one.
    const figures = parts.length === 1 ? parts[0]! : sumColumns(BUDGET_COLUMNS, parts, t().audit.parts.committeeGroups(g));
    return parts.length > 0 ? [{ label: GROUP_LABEL[g], style: "group" as const, cells: budgetCells(figures) }] : [];
  });
}

/** Capital (anlæg) per committee. */
function capitalSummary({ municipality, committees }: ReportData, figures: Figures): AmountTable {
  const results = committees.map((c) => ({ committee: c, totals: figures.of(c).capital.totals }));
  const total: Columns<CapitalColumn> = sumColumns(CAPITAL_COLUMNS, results.map((r) => r.totals), t().audit.parts.capital);
  return {
    anchor: "oversigt-anlaeg",
    caption: `Anlægsvirksomhed i ${municipality.year} fordelt på udvalg`,
    stub: stub("Udvalg"),
    columns: capitalColumnHeads(municipality.year),
    unit: { unit: "t.kr.", decimals: 0 },
    rows: [
      { label: "I alt", style: "total", cells: capitalCells(total) },
      ...results.map(({ committee, totals }) => ({ label: committee.name, style: "frame" as const, cells: capitalCells(totals) })),
    ],
  };
}

/** The financing items (finansieringsposter) of every committee that has them; Økonomiudvalget in practice. */
function financingSummary({ municipality, committees }: ReportData, figures: Figures): AmountTable | undefined {
  const results = committees.flatMap((c) => figures.of(c).financing ?? []);
  if (results.length === 0) return undefined;
  const items: BudgetRow[] = results.flatMap((r) => r.rows.filter((row) => row.style !== "total"));
  const total = sumColumns(BUDGET_COLUMNS, results.map((r) => r.totals), t().audit.parts.financing);
  return {
    anchor: "oversigt-finansiering",
    caption: `Finansieringsposter i ${municipality.year}`,
    stub: stub("Finansiering"),
    columns: budgetColumnHeads(municipality.year),
    unit: { unit: "t.kr.", decimals: 0 },
    rows: budgetRows([{ label: "I alt", style: "total", figures: total }, ...items]),
    note: "+ er udgifter / − er indtægter.",
  };
}
