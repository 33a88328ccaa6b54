// The compute stage: validated data in, the whole report model out — every row and figure already summed, so
// that rendering only lays things out.
import { SERVICE_GROUPS, type FrontSection, type ReportData } from "../model/types.js";
import { computeCapital } from "./capital.js";
import { computeCommittee, type CommitteeModel } from "./committee.js";
import { sumColumns, type Columns } from "./figures.js";
import { GROUP_LABEL, computeOperations, type BudgetFiguresOf } from "./operations.js";
import { budgetCells, budgetColumnHeads, capitalCells, capitalColumnHeads, stub, type AmountTable, type TableRow } from "./tables.js";
import { BUDGET_COLUMNS, CAPITAL_COLUMNS, type CapitalColumn } from "../model/types.js";

export interface ReportModel {
  municipality: { name: string; year: number; title: string };
  front: FrontSection[];
  summary: { operations: AmountTable; capital: AmountTable };
  committees: CommitteeModel[];
}

export function computeReport(data: ReportData): ReportModel {
  const { municipality, committees } = data;
  const year = municipality.year;
  const frameCount = committees.reduce((n, c) => n + c.frames.length, 0);
  return {
    municipality: { name: municipality.name, year, title: municipality.title },
    front: municipality.sections,
    summary: { operations: operationsSummary(data), capital: capitalSummary(data) },
    committees: committees.map((c) => computeCommittee(c, year, frameCount)),
  };
}

/** Operations per committee, with the municipality's totals inside and outside the service frame. */
function operationsSummary({ municipality, committees }: ReportData): AmountTable {
  const results = committees.map((c) => ({ committee: c, ops: computeOperations(c) }));
  const total = sumColumns(BUDGET_COLUMNS, results.map((r) => r.ops.totals));
  const rows: TableRow[] = [{ label: "I alt", style: "total", cells: budgetCells(total) }];
  for (const g of SERVICE_GROUPS) {
    const parts = results.map((r) => r.ops.groups[g]).filter((x): x is BudgetFiguresOf => x !== undefined);
    if (parts.length > 0) rows.push({ label: GROUP_LABEL[g], style: "group", cells: budgetCells(sumColumns(BUDGET_COLUMNS, parts)) });
  }
  for (const { committee, ops } of results) rows.push({ label: committee.name, style: "frame", cells: budgetCells(ops.totals) });
  return {
    anchor: "oversigt-drift",
    caption: `Driftsudgifter i ${municipality.year} fordelt på udvalg`,
    stub: stub("Udvalg"),
    columns: budgetColumnHeads(municipality.year),
    unit: { unit: "t.kr.", decimals: 0 },
    rows,
  };
}

/** Capital (anlæg) per committee. */
function capitalSummary({ municipality, committees }: ReportData): AmountTable {
  const results = committees.map((c) => ({ committee: c, totals: computeCapital(c).totals }));
  const total: Columns<CapitalColumn> = sumColumns(CAPITAL_COLUMNS, results.map((r) => r.totals));
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
