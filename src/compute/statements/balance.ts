// The balance (statements.md §5) at 31 December of the year before and of the year, as printed: positive amounts,
// the side is the section. Rows are written in statements.yaml (or summed from their parts), subtotals summed;
// then the identities that tie it to the rest (BA-1, BA-3/FO-4, BA-4/FO-5), each at the figure it doubts.
import { Decimal } from "../../core/money.js";
import {
  BALANCE_ASSETS,
  BALANCE_DATES,
  BALANCE_LIABILITIES,
  type BalanceData,
  type BalanceDate,
  type BalanceRow,
  type BalanceTotal,
  type DatedFigures,
  type Statements,
} from "../../model/statements.js";
import type { Declared } from "../../model/declared.js";
import { BLANK, difference, leaf, sum, type Figure } from "../arithmetic.js";
import { TKR } from "../../format/danish.js";
import type { RowStyle } from "../operations.js";
import { stub, type Cell, type TableRow } from "../tables.js";
import { known, negate, type Comparison, type RowFigures } from "./figures.js";
import type { BalanceSection } from "./sections.js";
import { t } from "../../messages/index.js";

/** A balance row: its figure at each date and the change (end − start). */
export interface BalanceFigures {
  start: Figure;
  end: Figure;
  change: Figure;
}

const BALANCE_LABELS: Record<BalanceRow | BalanceTotal, string> = {
  tangible_fixed_assets: "Materielle anlægsaktiver",
  intangible_fixed_assets: "Immaterielle anlægsaktiver",
  financial_fixed_assets: "Finansielle anlægsaktiver",
  fixed_assets: "Anlægsaktiver i alt",
  inventories: "Varebeholdninger",
  assets_for_sale: "Fysiske anlæg til salg",
  receivables: "Tilgodehavender",
  securities: "Værdipapirer",
  liquid_assets: "Likvide beholdninger",
  current_assets: "Omsætningsaktiver i alt",
  assets: "Aktiver i alt",
  equity: "Egenkapital",
  provisions: "Hensatte forpligtelser",
  long_term_debt: "Langfristede gældsforpligtelser",
  deposits: "Nettogæld vedrørende fonds, legater, deposita m.v.",
  short_term_debt: "Kortfristede gældsforpligtelser",
  debt: "Gældsforpligtelser i alt",
  liabilities: "Passiver i alt",
};

const SUBTOTALS: [BalanceTotal, (BalanceRow | BalanceTotal)[]][] = [
  ["fixed_assets", ["tangible_fixed_assets", "intangible_fixed_assets", "financial_fixed_assets"]],
  ["current_assets", ["inventories", "assets_for_sale", "receivables", "securities", "liquid_assets"]],
  ["assets", ["fixed_assets", "current_assets"]],
  ["debt", ["long_term_debt", "deposits", "short_term_debt"]],
  ["liabilities", ["equity", "provisions", "debt"]],
];

export interface BalanceStatement {
  rows: Record<BalanceRow | BalanceTotal, BalanceFigures>;
  /** Each row's parts, for the printed sub-rows. */
  parts: Partial<Record<BalanceRow, { name: string; figures: BalanceFigures }[]>>;
  /** Of the long-term debt, the ældreboliger. */
  elderlyHousing: BalanceFigures;
  comparisons: Comparison[];
}

export interface BalanceInput {
  statements: Statements;
  balance: BalanceData;
  year: number;
  /** The finansieringsoversigt's rows: the change in liquid assets, the loans and the repayments. */
  financing: { cash: RowFigures; loans: RowFigures; repayments: RowFigures };
}

export function computeBalance({ statements, balance, year, financing }: BalanceInput): BalanceStatement {
  const comparisons: Comparison[] = [];
  const dateWords = (d: BalanceDate): string => `31.12.${d === "start" ? year - 1 : year}`;
  const base = { statement: t().statements.statement.balance, unit: statements.unit, parts: [] };
  const rows = {} as BalanceStatement["rows"];
  const parts: BalanceStatement["parts"] = {};
  // With a figure of the balance unreadable, every figure of it is unknown: no identity is judged on them.
  const unknown = balance.unreliable === true;
  for (const key of [...BALANCE_ASSETS, ...BALANCE_LIABILITIES]) {
    const data = balance.rows[key];
    const own = data?.parts.map((p) => ({ name: p.name, figures: figures(leaf(p.start, unknown), leaf(p.end, unknown)) })) ?? [];
    if (own.length > 0) parts[key] = own;
    const derived = own.length > 0 ? sumFigures(own.map((p) => p.figures)) : figures(leaf(data?.figures.start?.value, unknown), leaf(data?.figures.end?.value, unknown));
    rows[key] = own.length > 0 ? stated(derived, data?.figures, BALANCE_LABELS[key]) : derived;
  }
  for (const [key, of] of SUBTOTALS) rows[key] = stated(sumFigures(of.map((k) => rows[k])), balance.stated[key], BALANCE_LABELS[key]);

  /** A stated figure compared with what the rows give; the derived one is printed. */
  function stated(derived: BalanceFigures, given: DatedFigures | undefined, label: string): BalanceFigures {
    for (const d of BALANCE_DATES) {
      const figure = given?.[d];
      if (figure && known(derived[d])) comparisons.push({ ...compare("stated-row", label, dateWords(d), figure, derived[d], base), source: t().statements.balanceSource });
    }
    return derived;
  }

  comparisons.push(...balances(rows, balance, dateWords, base));
  comparisons.push(...liquidMovement(rows.liquid_assets, printed(rows, balance, "liquid_assets", "end"), balance, financing.cash, year, base));
  comparisons.push(...debtMovement(rows.long_term_debt, printed(rows, balance, "long_term_debt", "end"), balance, financing, year, base));
  return { rows, parts, elderlyHousing: figures(leaf(balance.elderlyHousing.start?.value, unknown), leaf(balance.elderlyHousing.end?.value, unknown)), comparisons };
}

/** A row at both dates; the change only where both are given (a row given at one date has no change to show). */
function figures(start: Figure, end: Figure): BalanceFigures {
  return { start, end, change: start.value !== undefined && end.value !== undefined ? difference(end, start) : BLANK };
}

function sumFigures(rows: readonly BalanceFigures[]): BalanceFigures {
  return figures(sum(rows.map((r) => r.start)), sum(rows.map((r) => r.end)));
}

type Base = Pick<Comparison, "statement" | "unit" | "parts">;

/** A row's printed figure at a date, at its position in the file (the row's own figure, else the row). */
function printed(rows: BalanceStatement["rows"], balance: BalanceData, key: BalanceRow, d: BalanceDate): Declared | undefined {
  const data = balance.rows[key];
  const value = rows[key][d];
  if (!data || !known(value)) return undefined;
  return { value: value.value, at: data.figures[d]?.at ?? data.at };
}

function compare(identity: Comparison["identity"], row: string, column: string, found: Declared, expected: Figure, base: Base, parts: Comparison["parts"] = []): Comparison {
  return { ...base, identity, row, column, at: found.at, found: found.value, expected: expected.value ?? new Decimal(0), leaves: expected.leaves, parts };
}

/** BA-1: aktiver = passiver at each date; egenkapital is the balancing item, so it is the figure doubted. */
function balances(rows: BalanceStatement["rows"], balance: BalanceData, dateWords: (d: BalanceDate) => string, base: Base): Comparison[] {
  return BALANCE_DATES.flatMap((d): Comparison[] => {
    const equity = printed(rows, balance, "equity", d);
    const assets = rows.assets[d];
    const others = sum([rows.provisions[d], rows.debt[d]]);
    if (!equity || !known(assets)) return [];
    const expected = sum([assets, negate(others)]);
    return [
      compare("balance-balances", BALANCE_LABELS.equity, dateWords(d), equity, expected, base, [
        { label: BALANCE_LABELS.assets, value: assets.value },
        { label: t().statements.liabilitiesWithoutEquity, value: others.value ?? new Decimal(0) },
      ]),
    ];
  });
}

/**
 * BA-3 (FO-4): the liquid assets change by what the finansieringsoversigt says plus the unrealised revaluations.
 * The stated revaluation is the figure doubted where there is one (it is the explanation); else the year-end figure.
 */
function liquidMovement(liquid: BalanceFigures, end: Declared | undefined, balance: BalanceData, cash: RowFigures, year: number, base: Base): Comparison[] {
  const flow = cash.actual;
  if (!known(liquid.start) || !known(liquid.end) || !known(flow)) return [];
  const revaluation = balance.liquidRevaluation;
  const parts = [
    { label: `Likvide beholdninger 31.12.${year - 1}`, value: liquid.start.value },
    { label: "Ændring af likvide aktiver (finansieringsoversigten)", value: flow.value },
    ...(revaluation ? [{ label: `Likvide beholdninger 31.12.${year}`, value: liquid.end.value }] : []),
  ];
  if (revaluation) {
    return [compare("liquid-assets-movement", "Urealiserede kursreguleringer af likvide aktiver", String(year), revaluation, sum([liquid.end, negate(liquid.start), negate(flow)]), base, parts)];
  }
  return end ? [compare("liquid-assets-movement", BALANCE_LABELS.liquid_assets, `31.12.${year}`, end, sum([liquid.start, flow]), base, parts)] : [];
}

/**
 * BA-4 (FO-5): the long-term debt at the year's end is the debt at its start plus the loans taken up, less the
 * repayments, plus the stated regulations. In udgift sign loans are negative and repayments positive, so both
 * are subtracted. The stated regulation is doubted where there is one; else the year-end figure.
 */
function debtMovement(debt: BalanceFigures, end: Declared | undefined, balance: BalanceData, financing: BalanceInput["financing"], year: number, base: Base): Comparison[] {
  const loans = financing.loans.actual;
  const repayments = financing.repayments.actual;
  if (!known(debt.start) || !known(debt.end) || loans.unknown || repayments.unknown) return [];
  const flows = sum([negate(loans), negate(repayments)]);
  const regulation = balance.debtRegulation;
  const parts = [
    { label: `Langfristet gæld 31.12.${year - 1}`, value: debt.start.value },
    { label: "Optagne lån", value: loans.value?.negated() ?? new Decimal(0) },
    { label: "Afdrag på lån", value: repayments.value?.negated() ?? new Decimal(0) },
    ...(regulation ? [{ label: `Langfristet gæld 31.12.${year}`, value: debt.end.value }] : []),
  ];
  if (regulation) {
    return [compare("long-term-debt-movement", "Kurs- og indeksreguleringer m.v. af den langfristede gæld", String(year), regulation, sum([debt.end, negate(debt.start), negate(flows)]), base, parts)];
  }
  return end ? [compare("long-term-debt-movement", BALANCE_LABELS.long_term_debt, `31.12.${year}`, end, sum([debt.start, flows]), base, parts)] : [];
}


/** The balance as printed: each side with its rows, their parts below them, bold subtotals and the sides' totals. */
export function balanceSection(st: BalanceStatement, year: number): BalanceSection {
  const cells = (f: BalanceFigures): Cell[] => [f.start.value, f.end.value, f.change.value];
  const rowOf = (key: BalanceRow | BalanceTotal, style: RowStyle): TableRow => ({ label: BALANCE_LABELS[key], style, cells: cells(st.rows[key]) });
  const withParts = (key: BalanceRow): TableRow[] => [
    rowOf(key, "item"),
    ...(st.parts[key] ?? []).map((p): TableRow => ({ label: p.name, style: "line", cells: cells(p.figures) })),
    ...(key === "long_term_debt" && hasBalanceFigure(st.elderlyHousing) ? [{ label: "heraf ældreboliger", style: "line" as const, cells: cells(st.elderlyHousing) }] : []),
  ];
  const heading = (label: string): TableRow => ({ label, style: "group", cells: [undefined, undefined, undefined] });
  return {
    kind: "balance",
    id: "balance",
    year,
    title: "Balance",
    partial: "statement-balance",
    table: {
      anchor: "balance",
      caption: `Balance pr. 31. december ${year}`,
      stub: stub("Balance"),
      columns: [`31.12.${year - 1}`, `31.12.${year}`, "Ændring"],
      unit: TKR,
      rows: [
        heading("Aktiver"),
        ...(["tangible_fixed_assets", "intangible_fixed_assets", "financial_fixed_assets"] as const).flatMap(withParts),
        rowOf("fixed_assets", "frame"),
        ...(["inventories", "assets_for_sale", "receivables", "securities", "liquid_assets"] as const).flatMap(withParts),
        rowOf("current_assets", "frame"),
        rowOf("assets", "total"),
        heading("Passiver"),
        ...(["equity", "provisions"] as const).flatMap(withParts),
        ...(["long_term_debt", "deposits", "short_term_debt"] as const).flatMap(withParts),
        rowOf("debt", "frame"),
        rowOf("liabilities", "total"),
      ],
      note: `Aktiver og passiver er vist med positivt fortegn; et negativt beløb modregnes på sin side. Ændring = 31.12.${year} − 31.12.${year - 1}.`,
      signs: "Aktiver og passiver med positivt fortegn, hver på sin side af balancen.",
    },
    start: `31.12.${year - 1}`,
    end: `31.12.${year}`,
    equityChange: st.rows.equity.change.value,
    liquidChange: st.rows.liquid_assets.change.value,
  };
}

function hasBalanceFigure(f: BalanceFigures): boolean {
  return f.start.value !== undefined || f.end.value !== undefined;
}
