// The statements: the problems their checks report and the words their reconciliations are built from.
import type * as da from "../da/statements.js";
import type { Disagreement } from "../da/statements.js";

type Key = "row" | "zero" | "balance" | "liquid" | "debt" | "strategyDebt" | "surplus";

const unsigned = (d: Disagreement): string => d.difference.replace(/^[+-]/, "");
const diff = (d: Disagreement): string => `(difference ${d.difference} ${d.unit})`;

const WHAT: Record<Key, (d: Disagreement) => string> = {
  row: (d) => `${d.statement}, "${d.row}", ${d.column}: stated ${d.found}, but derived from ${d.source ?? "the data"} it is ${d.expected} ${diff(d)}`,
  zero: (d) =>
    `${d.statement} does not add up, ${d.column}: "${d.row}" is ${d.found}, but the other rows (${d.parts}) make a change in liquid assets of ` +
    `${d.expected}: ${unsigned(d)} ${d.unit} that no figure explains`,
  balance: (d) => `the balance does not balance at ${d.column}: ${d.parts}; "${d.row}" is ${d.found} but would have to be ${d.expected} ${diff(d)}`,
  liquid: (d) =>
    `"${d.row}", ${d.column}: ${d.found}, but the balance's liquid assets and the finansieringsoversigt give ${d.expected} ` +
    `(${d.parts}; the liquid assets move by the change in liquid assets plus the unrealised revaluations) ${diff(d)}`,
  debt: (d) =>
    `"${d.row}", ${d.column}: ${d.found}, but the balance's long-term debt and the financing items give ${d.expected} ` +
    `(${d.parts}; the debt at the year's end is the debt at its start + loans taken up − repayments + regulations) ${diff(d)}`,
  strategyDebt: (d) => `${d.row} ${d.column}: the strategy states ${d.found}, but the balance gives ${d.expected} for the same date ${diff(d)}`,
  surplus: (d) =>
    `${d.row} ${d.column}: stated ${d.found}, but the regnskabsopgørelse gives a surplus on running items of ${d.expected} ` +
    `(−resultat af ordinær driftsvirksomhed) ${diff(d)}`,
};

const MEND: Record<Key, (d: Disagreement) => string> = {
  row: () => "correct the stated figure, or the figures it is derived from, or remove it: the statement prints the derived figure",
  zero: (d) =>
    "in udgift sign result + loans + repayments + balance shifts + change in liquid assets = 0 (in hovedkonto 8 + is more assets or less debt: " +
    "loans −, repayments +, more cash +): correct the cash figure or the figures that make the others, and check each financing item's kind" +
    (d.adjustedBudget ? ", or leave out check_adjusted_budget when the adjusted budget's cash line is not kept current" : ""),
  balance: () => "aktiver i alt must equal passiver i alt: correct egenkapital (the balancing item) or the row that is wrong",
  liquid: () => "correct balance.revaluations.liquid_assets, the liquid assets at either date, or the figures of the finansieringsoversigt",
  debt: () => "correct balance.revaluations.long_term_debt, the long-term debt at either date, or the loans and repayments (kind loans, repayments)",
  strategyDebt: () => "the strategy's debt at a year's end is the balance's long-term debt: correct the one that is wrong",
  surplus: () => "leave the year's surplus out to use the computed one, or correct the figures it comes from",
};

const error = (key: Key, d: Disagreement): string => `${WHAT[key](d)}: ${MEND[key](d)}`;
const rounding = (key: Key, d: Disagreement, tolerance: string): string =>
  `rounding difference: ${WHAT[key](d)}; within the ±${tolerance} ${d.unit} that rounding of the parts can explain`;

export const problems: typeof da.problems = {
  "statement-row-mismatch": (d) => error("row", d),
  "statement-row-mismatch/rounding": (d, tolerance) => rounding("row", d, tolerance),
  "financing-zero-sum": (d) => error("zero", d),
  "financing-zero-sum/rounding": (d, tolerance) => rounding("zero", d, tolerance),
  "balance-unbalanced": (d) => error("balance", d),
  "balance-unbalanced/rounding": (d, tolerance) => rounding("balance", d, tolerance),
  "liquid-assets-movement": (d) => error("liquid", d),
  "liquid-assets-movement/rounding": (d, tolerance) => rounding("liquid", d, tolerance),
  "long-term-debt-movement": (d) => error("debt", d),
  "long-term-debt-movement/rounding": (d, tolerance) => rounding("debt", d, tolerance),
  "strategy-debt-balance": (d) => error("strategyDebt", d),
  "strategy-debt-balance/rounding": (d, tolerance) => rounding("strategyDebt", d, tolerance),
  "strategy-surplus-statement": (d) => error("surplus", d),
  "strategy-surplus-statement/rounding": (d, tolerance) => rounding("surplus", d, tolerance),
  "financing-kind-missing": (number, name, kinds) =>
    `financing item ${number} ${name} has no kind: with statements.yaml each financing item needs one, to place it in the regnskabsopgørelse ` +
    `and the finansieringsoversigt — add kind: ${kinds.join(" | ")}`,
  "financing-no-cash-item": () =>
    "no financing item has kind: cash (beholdningsbevægelse, forskydning i likvide aktiver): the finansieringsoversigt prints the change in " +
    "liquid assets the other rows make, but cannot check it against the booked one — add kind: cash to the item that books it",
  "key-figures-citizens": (basis) =>
    `key_figures.citizens is ${basis}, but municipality.yaml gives no population.${basis}: the key figures per citizen are left blank — ` +
    "add it there, or choose another count",
  "strategy-surplus-missing": (target, year, covered) =>
    `target "${target}", year ${year}: no surplus is stated` +
    (covered.length > 0
      ? `, and the regnskabsopgørelse computes it only for ${covered.join(" and ")}: add "surplus:" for ${year}`
      : `: add "surplus:" (or statements.yaml, whose regnskabsopgørelse computes the surplus of the report year)`),
};

export const texts: typeof da.texts = {
  statement: {
    result: "the regnskabsopgørelse",
    financing: "the finansieringsoversigt",
    balance: "the balance",
    keyFigures: "the key figures",
    strategy: "the economic strategy",
  },
  columns: {
    prior: "prior year's actual",
    adopted: "adopted budget",
    adjusted: "adjusted budget",
    actual: "actual",
    variance: "variance (actual − adjusted budget)",
  },
  resultSources: {
    taxes: "the financing items of kind taxes",
    grants: "the financing items of kind grants",
    revenue: "taxes + grants (skatter + tilskud og udligning)",
    operations: "the committees' Tabel 1 less the lines of area supply and land",
    interest: "the financing items of kind interest",
    ordinary_result: "revenue + operations + interest",
    capital: "the committees' capital projects less those of area supply and land",
    land: "the lines and projects of area land",
    tax_result: "ordinary operations + capital + land",
    supply_operations: "the lines of area supply",
    supply_capital: "the projects of area supply",
    supply_result: "drift + anlæg of the supply area",
    result: "the skattefinansierede område + forsyningsvirksomheder",
  },
  financingSources: {
    result: "the regnskabsopgørelse's Resultat i alt",
    loans: "the financing items of kind loans",
    repayments: "the financing items of kind repayments",
    balance_shifts: "the financing items of kind balance-shifts",
    cash: "−(result + loans + repayments + balance shifts)",
  },
  balanceSource: "the rows it sums",
  liabilitiesWithoutEquity: "Passiver i alt without egenkapital",
  liquiditySource: "the strategy's liquidity target (its daily balances or its stated average)",
  strategySurplus: (target) => `target "${target}", surplus`,
  strategyDebt: (target, what) => `target "${target}", debt ${what}`,
};
