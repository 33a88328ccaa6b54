// Regnskabsopgørelsen (statements.md §3): the year's result on the expenditure basis, in the standard row order,
// every row derived from the committee files — taxes, grants and interest from the financing items by kind,
// operations per committee and capital from the committees' tables by area — and every subtotal summed. The
// prior year's column comes from statements.yaml; a row it states is compared with the derived one.
import type { Committee } from "../../model/types.js";
import { STATEMENT_COLUMNS, type FinancingKind, type ResultRow, type StatedRow, type Statements } from "../../model/statements.js";
import { nameParts } from "../arithmetic.js";
import { TKR } from "../../format/danish.js";
import type { RowStyle } from "../operations.js";
import { stub, type TableRow } from "../tables.js";
import type { BudgetPart } from "./areas.js";
import { declaredLeaf, FIGURE_COLUMNS, meet, row, sumRows, type Comparison, type RowFigures } from "./figures.js";
import type { ResultSection } from "./sections.js";
import { blankCells, signLegend, statementCells, statementColumnHeads } from "./tables.js";
import { t } from "../../messages/index.js";

/** The rows whose figures are data (the rest are sums of them). */
const BASE_ROWS = ["taxes", "grants", "operations", "interest", "capital", "land", "supply_operations", "supply_capital"] as const;
type BaseRow = (typeof BASE_ROWS)[number];

/** Each subtotal and the rows it sums, in the order they are summed. */
const SUBTOTALS: [ResultRow, ResultRow[]][] = [
  ["revenue", ["taxes", "grants"]],
  ["ordinary_result", ["revenue", "operations", "interest"]],
  ["tax_result", ["ordinary_result", "capital", "land"]],
  ["supply_result", ["supply_operations", "supply_capital"]],
  ["result", ["tax_result", "supply_result"]],
];

const RESULT_LABELS: Record<ResultRow, string> = {
  taxes: "Skatter",
  grants: "Tilskud og udligning",
  revenue: "Indtægter i alt",
  operations: "Driftsudgifter (ekskl. forsyningsvirksomhed)",
  interest: "Renter m.v.",
  ordinary_result: "Resultat af ordinær driftsvirksomhed",
  capital: "Anlægsudgifter (ekskl. forsyningsvirksomhed)",
  land: "Jordforsyning",
  tax_result: "Resultat af det skattefinansierede område",
  supply_operations: "Forsyningsvirksomheder, drift",
  supply_capital: "Forsyningsvirksomheder, anlæg",
  supply_result: "Resultat af forsyningsvirksomheder",
  result: "Resultat i alt",
};

export interface CommitteeParts {
  committee: Committee;
  /** Tax-financed operations and capital: the statement's sub-rows per committee. */
  operations: BudgetPart;
  capital: BudgetPart;
}

export interface ResultInput {
  statements: Statements;
  committees: CommitteeParts[];
  /** The financing items of each kind, summed. */
  kinds: Record<FinancingKind, BudgetPart>;
  /** Supply and land, summed over the committees (operations and capital). */
  supplyOperations: BudgetPart;
  supplyCapital: BudgetPart;
  land: BudgetPart;
}

export interface ResultStatement {
  rows: Record<ResultRow, RowFigures>;
  /** Per committee with tax-financed operations or capital: its sub-rows of Driftsudgifter and Anlægsudgifter. */
  committees: { committee: Committee; operations: RowFigures; capital: RowFigures }[];
  comparisons: Comparison[];
}

export function computeResult(input: ResultInput): ResultStatement {
  const { statements } = input;
  const stated = statements.result.rows;
  const comparisons: Comparison[] = [];
  const committees = input.committees.map((c) => ({ committee: c.committee, operations: row(c.operations), capital: row(c.capital) }));
  const current: Record<BaseRow, BudgetPart> = {
    taxes: input.kinds.taxes,
    grants: input.kinds.grants,
    operations: sumBudget(committees.map((c) => c.operations)),
    interest: input.kinds.interest,
    capital: sumBudget(committees.map((c) => c.capital)),
    land: input.land,
    supply_operations: input.supplyOperations,
    supply_capital: input.supplyCapital,
  };
  const rows = {} as Record<ResultRow, RowFigures>;
  const ctx = (key: ResultRow) => ({ row: RESULT_LABELS[key], statement: t().statements.statement.result, unit: statements.unit, into: comparisons, source: t().statements.resultSources[key] });
  for (const key of BASE_ROWS) rows[key] = settleRow(row({ ...current[key], prior: declaredLeaf(stated[key]?.prior, statements.result.unreliable) }), stated[key], ctx(key), true);
  // In dependency order; a subtotal whose prior year is stated alone counts upward with the stated figure.
  for (const [key, parts] of SUBTOTALS) rows[key] = settleRow(sumRows(parts.map((p) => rows[p])), stated[key], ctx(key), false);
  return { rows, committees: committees.filter((c) => hasFigure(c.operations) || hasFigure(c.capital)), comparisons };
}

/**
 * A row with what the data states for it: each stated figure compared with the derived one. A base row's prior
 * year is data (already in `derived`), not a statement of it.
 */
export function settleRow(
  derived: RowFigures,
  stated: StatedRow | undefined,
  ctx: { row: string; statement: string; unit: Statements["unit"]; into: Comparison[]; source?: string },
  base: boolean,
): RowFigures {
  // The audit trail names what each computed figure of the row is made of.
  for (const column of STATEMENT_COLUMNS) nameParts(derived[column].value, ctx.source ? `${ctx.source} · ${ctx.row}` : `${ctx.row} (${ctx.statement})`);
  if (!stated) return derived;
  const out = { ...derived };
  for (const column of [...FIGURE_COLUMNS, "variance"] as const) {
    if (base && column === "prior") continue;
    out[column] = meet(derived[column], stated[column], { ...ctx, column, fallback: column === "prior" });
  }
  return out;
}

function sumBudget(rows: RowFigures[]): BudgetPart {
  const s = sumRows(rows);
  return { adopted: s.adopted, adjusted: s.adjusted, actual: s.actual };
}

function hasFigure(r: RowFigures): boolean {
  return r.adopted.value !== undefined || r.adjusted.value !== undefined || r.actual.value !== undefined;
}

/** The regnskabsopgørelse as the report prints it: sections A and B, committees under their rows, bold subtotals. */
export function resultSection(st: ResultStatement, year: number, sign: Statements["sign"]): ResultSection {
  const item = (key: ResultRow, style: RowStyle = "item"): TableRow => ({ label: RESULT_LABELS[key], style, cells: statementCells(st.rows[key], sign) });
  const committeeRows = (part: "operations" | "capital"): TableRow[] =>
    st.committees.filter((c) => hasFigure(c[part])).map((c) => ({ label: c.committee.name, style: "line", cells: statementCells(c[part], sign) }));
  const heading = (label: string): TableRow => ({ label, style: "group", cells: blankCells(5) });
  const words = sign === "reversed" ? "−" : "+";
  return {
    kind: "result",
    id: "regnskabsopgorelse",
    year,
    title: "Regnskabsopgørelse",
    partial: "statement-result",
    table: {
      anchor: "regnskabsopgorelse",
      caption: `Regnskabsopgørelse ${year} (udgiftsbaseret)`,
      stub: stub("Regnskabsopgørelse"),
      columns: statementColumnHeads(year),
      unit: TKR,
      rows: [
        heading("A. Det skattefinansierede område"),
        item("taxes"),
        item("grants"),
        item("revenue", "frame"),
        item("operations"),
        ...committeeRows("operations"),
        item("interest"),
        item("ordinary_result", "frame"),
        item("capital"),
        ...committeeRows("capital"),
        item("land"),
        item("tax_result", "frame"),
        heading("B. Forsyningsvirksomheder"),
        item("supply_operations"),
        item("supply_capital"),
        item("supply_result", "frame"),
        { label: "C. Resultat i alt (A + B)", style: "total", cells: statementCells(st.rows.result, sign) },
      ],
      note: `${signLegend(sign)} I afvigelsen er ${words} et merforbrug eller en mindreindtægt.`,
      signs: signLegend(sign),
    },
    ordinaryResult: st.rows.ordinary_result.actual.value,
    result: st.rows.result.actual.value,
    operationsVariance: st.rows.operations.variance.value,
  };
}
