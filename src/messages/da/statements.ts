// The statements (regnskabsopgørelse, finansieringsoversigt, balance, hoved- og nøgletal): the problems their
// checks report (src/validate/checks/statements/) and the words their reconciliations are built from
// (src/compute/statements/). Row labels are the statements' own Danish labels in both languages.
import type { Unit } from "../../core/units.js";

/** A figure of a statement that disagrees with what the other figures give for it, every figure formatted. */
export interface Disagreement {
  /** The statement or place: "finansieringsoversigten". */
  statement: string;
  row: string;
  /** The column or date: "regnskab", "31.12.2024". */
  column: string;
  found: string;
  expected: string;
  /** With its sign: "+18.500", "-1". */
  difference: string;
  /** The figures `expected` is made of: "Resultat i alt -1.234; Optagne lån -20.000". */
  parts: string;
  /** Where `expected` comes from, in words (a stated row's message). */
  source: string | undefined;
  unit: Unit;
  /** The comparison is on the adjusted budget (the financing overview's zero sum says how to leave it out). */
  adjustedBudget: boolean;
}

type Basis = "start_of_year" | "end_of_year" | "liquidity_basis";
type Key = "row" | "zero" | "balance" | "liquid" | "debt" | "strategyDebt" | "surplus";

const unsigned = (d: Disagreement): string => d.difference.replace(/^[+-]/, "");
const diff = (d: Disagreement): string => `(difference ${d.difference} ${d.unit})`;

/** What each identity finds, and how to mend it. */
const WHAT: Record<Key, (d: Disagreement) => string> = {
  row: (d) => `${d.statement}, "${d.row}", ${d.column}: oplyst ${d.found}, men afledt af ${d.source ?? "dataene"} er den ${d.expected} ${diff(d)}`,
  zero: (d) =>
    `${d.statement} går ikke op, ${d.column}: "${d.row}" er ${d.found}, men de øvrige rækker (${d.parts}) giver en ændring af likvide aktiver ` +
    `på ${d.expected}: ${unsigned(d)} ${d.unit}, som intet tal forklarer`,
  balance: (d) => `balancen balancerer ikke pr. ${d.column}: ${d.parts}; "${d.row}" er ${d.found}, men skulle være ${d.expected} ${diff(d)}`,
  liquid: (d) =>
    `"${d.row}", ${d.column}: ${d.found}, men balancens likvide beholdninger og finansieringsoversigten giver ${d.expected} (${d.parts}; ` +
    `de likvide beholdninger ændrer sig med ændringen af likvide aktiver plus de urealiserede kursreguleringer) ${diff(d)}`,
  debt: (d) =>
    `"${d.row}", ${d.column}: ${d.found}, men balancens langfristede gæld og finansieringsposterne giver ${d.expected} (${d.parts}; ` +
    `gælden ved årets udgang er gælden ved dets begyndelse + optagne lån − afdrag + reguleringer) ${diff(d)}`,
  strategyDebt: (d) => `${d.row} ${d.column}: strategien angiver ${d.found}, men balancen giver ${d.expected} pr. samme dato ${diff(d)}`,
  surplus: (d) =>
    `${d.row} ${d.column}: angivet ${d.found}, men regnskabsopgørelsen giver et overskud af ordinær driftsvirksomhed på ${d.expected} ` +
    `(−resultat af ordinær driftsvirksomhed) ${diff(d)}`,
};

const MEND: Record<Key, (d: Disagreement) => string> = {
  row: () => "ret det oplyste tal eller de tal, det afledes af, eller fjern det: opgørelsen viser det afledte tal",
  zero: (d) =>
    "i udgiftsfortegn er resultat + optagne lån + afdrag + finansforskydninger + ændring af likvide aktiver = 0 (i hovedkonto 8 er + flere aktiver " +
    "eller mindre gæld: optagne lån −, afdrag +, flere likvide aktiver +): ret kassetallet eller de tal, de øvrige rækker kommer af, og kontrollér " +
    "hver finansieringsposts kind" +
    (d.adjustedBudget ? ", eller fjern check_adjusted_budget, når kasselinjen i det korrigerede budget ikke holdes ajour" : ""),
  balance: () => "aktiver i alt skal være lig med passiver i alt: ret egenkapitalen (den balancerende post) eller den række, der er forkert",
  liquid: () => "ret balance.revaluations.liquid_assets, de likvide beholdninger på en af datoerne eller finansieringsoversigtens tal",
  debt: () => "ret balance.revaluations.long_term_debt, den langfristede gæld på en af datoerne eller optagne lån og afdrag (kind loans, repayments)",
  strategyDebt: () => "strategiens gæld ved et års udgang er balancens langfristede gæld: ret det tal, der er forkert",
  surplus: () => "udelad årets overskud for at bruge det beregnede, eller ret de tal, det kommer af",
};

const error = (key: Key, d: Disagreement): string => `${WHAT[key](d)}: ${MEND[key](d)}`;
const rounding = (key: Key, d: Disagreement, tolerance: string): string =>
  `afrundingsdifference: ${WHAT[key](d)}; inden for de ±${tolerance} ${d.unit}, som afrunding af delene kan forklare`;

export const problems = {
  // The identities of the statements (src/validate/checks/statements/judge.ts): beyond rounding an error, within it a warning.
  "statement-row-mismatch": (d: Disagreement) => error("row", d),
  "statement-row-mismatch/rounding": (d: Disagreement, tolerance: string) => rounding("row", d, tolerance),
  "financing-zero-sum": (d: Disagreement) => error("zero", d),
  "financing-zero-sum/rounding": (d: Disagreement, tolerance: string) => rounding("zero", d, tolerance),
  "balance-unbalanced": (d: Disagreement) => error("balance", d),
  "balance-unbalanced/rounding": (d: Disagreement, tolerance: string) => rounding("balance", d, tolerance),
  "liquid-assets-movement": (d: Disagreement) => error("liquid", d),
  "liquid-assets-movement/rounding": (d: Disagreement, tolerance: string) => rounding("liquid", d, tolerance),
  "long-term-debt-movement": (d: Disagreement) => error("debt", d),
  "long-term-debt-movement/rounding": (d: Disagreement, tolerance: string) => rounding("debt", d, tolerance),
  "strategy-debt-balance": (d: Disagreement) => error("strategyDebt", d),
  "strategy-debt-balance/rounding": (d: Disagreement, tolerance: string) => rounding("strategyDebt", d, tolerance),
  "strategy-surplus-statement": (d: Disagreement) => error("surplus", d),
  "strategy-surplus-statement/rounding": (d: Disagreement, tolerance: string) => rounding("surplus", d, tolerance),

  // What the statements need from the other files (src/validate/checks/statements/statement-inputs.ts).
  "financing-kind-missing": (number: string, name: string, kinds: readonly string[]) =>
    `finansieringspost ${number} ${name} har ingen kind: med statements.yaml skal hver finansieringspost have en, så den kan placeres i ` +
    `regnskabsopgørelsen og finansieringsoversigten — tilføj kind: ${kinds.join(" | ")}`,
  "financing-no-cash-item": () =>
    "ingen finansieringspost har kind: cash (beholdningsbevægelse, forskydning i likvide aktiver): finansieringsoversigten viser den ændring af " +
    "likvide aktiver, som de øvrige rækker giver, men kan ikke kontrollere den mod den bogførte — tilføj kind: cash på den post, der bogfører den",
  "key-figures-citizens": (basis: Basis) =>
    `key_figures.citizens er ${basis}, men municipality.yaml angiver ingen population.${basis}: nøgletallene pr. indbygger står tomme — ` +
    "tilføj den dér, eller vælg et andet indbyggertal",

  // The strategy's surplus on running items (src/validate/checks/statements/strategy-surplus.ts).
  "strategy-surplus-missing": (target: string, year: number, covered: readonly number[]) =>
    `mål "${target}", år ${year}: der er ikke angivet noget overskud` +
    (covered.length > 0
      ? `, og regnskabsopgørelsen beregner det kun for ${covered.join(" og ")}: tilføj "surplus:" for ${year}`
      : `: tilføj "surplus:" (eller statements.yaml, hvis regnskabsopgørelse beregner regnskabsårets overskud)`),
};

export const texts = {
  /** The statements as a message names them. */
  statement: {
    result: "regnskabsopgørelsen",
    financing: "finansieringsoversigten",
    balance: "balancen",
    keyFigures: "hoved- og nøgletallene",
    strategy: "den økonomiske strategi",
  },
  /** The statements' columns as a message names them. */
  columns: {
    prior: "regnskab året før",
    adopted: "oprindeligt budget",
    adjusted: "korrigeret budget",
    actual: "regnskab",
    variance: "afvigelse (regnskab − korrigeret budget)",
  },
  /** Where a derived row of the regnskabsopgørelse comes from. */
  resultSources: {
    taxes: "finansieringsposterne med kind taxes",
    grants: "finansieringsposterne med kind grants",
    revenue: "skatter + tilskud og udligning",
    operations: "udvalgenes Tabel 1 fratrukket indsatsområderne med area supply og land",
    interest: "finansieringsposterne med kind interest",
    ordinary_result: "indtægter + driftsudgifter + renter",
    capital: "udvalgenes anlægsprojekter fratrukket dem med area supply og land",
    land: "indsatsområderne og projekterne med area land",
    tax_result: "ordinær driftsvirksomhed + anlæg + jordforsyning",
    supply_operations: "indsatsområderne med area supply",
    supply_capital: "projekterne med area supply",
    supply_result: "drift + anlæg på forsyningsområdet",
    result: "det skattefinansierede område + forsyningsvirksomheder",
  },
  /** Where a derived row of the finansieringsoversigt comes from. */
  financingSources: {
    result: "regnskabsopgørelsens Resultat i alt",
    loans: "finansieringsposterne med kind loans",
    repayments: "finansieringsposterne med kind repayments",
    balance_shifts: "finansieringsposterne med kind balance-shifts",
    cash: "−(resultat + optagne lån + afdrag + finansforskydninger)",
  },
  /** A balance subtotal's source, and what the balance's identities name. */
  balanceSource: "de rækker, den summerer",
  liabilitiesWithoutEquity: "Passiver i alt uden egenkapital",
  liquiditySource: "strategiens likviditetsmål (dets daglige saldi eller dets angivne gennemsnit)",
  strategySurplus: (target: string) => `mål "${target}", overskud`,
  strategyDebt: (target: string, what: "total" | "elderly_housing") => `mål "${target}", gæld ${what === "total" ? "i alt" : "heraf ældreboliger"}`,
};
