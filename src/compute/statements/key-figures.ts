// Hoved- og nøgletal (statements.md §11): population, tax rates, the result of ordinary operations, liquid assets,
// liquidity under the kassekreditregel in total and per citizen, long-term debt in total, of which ældreboliger,
// and per citizen, equity — each from the statement or file that holds it, for the year and, where that is
// known, the year before. A per-citizen figure names the population count it is divided by, and is whole kroner.
import type { Pos } from "../../core/problem.js";
import { sameSource, withSource } from "../../core/source.js";
import { derive } from "../arithmetic.js";
import { Decimal } from "../../core/money.js";
import type { Unit } from "../../core/units.js";
import type { CitizenBasis, Statements, TaxRate } from "../../model/statements.js";
import type { Municipality } from "../../model/types.js";
import type { TargetResults } from "../target-results.js";
import type { BalanceStatement } from "./balance.js";
import { formatInteger, unitLabel } from "../../format/danish.js";
import { known, type Comparison, type RowFigures } from "./figures.js";
import type { KeyFiguresSection } from "./sections.js";
import { t } from "../../messages/index.js";

/** How a key figure is shown: money in a unit, or a plain number (a count, a rate). */
export type Measure = { money: Unit } | { plain: "antal" | "%" | "promille" | "årsværk" };

export interface KeyFigure {
  label: string;
  measure: Measure;
  decimals: number;
  prior?: Decimal;
  actual?: Decimal;
}

export interface KeyFigures {
  rows: KeyFigure[];
  /** The population count per-citizen figures are divided by, and which count it is. */
  citizens?: { count: number; basis: CitizenBasis };
  comparisons: Comparison[];
}

export interface KeyFiguresInput {
  statements: Statements;
  municipality: Municipality;
  ordinaryResult: RowFigures;
  balance?: BalanceStatement;
  targets?: TargetResults;
  /** The personaleoversigt's total (årsværk). */
  staff?: { prior?: Decimal; actual?: Decimal };
}

const TAX_LABELS: Record<TaxRate, [string, "%" | "promille"]> = {
  income_tax: ["Udskrivningsprocent", "%"],
  church_tax: ["Kirkeskatteprocent", "%"],
  land_tax: ["Grundskyldspromille", "promille"],
  service_tax_business: ["Dækningsafgift af forretningsejendomme", "promille"],
  service_tax_public: ["Dækningsafgift af offentlige ejendomme", "promille"],
};

const TKR: Measure = { money: "t.kr." };
const PER_CITIZEN: Measure = { money: "kr." };

export function computeKeyFigures({ statements, municipality, ordinaryResult, balance, targets, staff }: KeyFiguresInput): KeyFigures {
  const { year, population } = municipality;
  const basis = statements.keyFigures.citizens;
  const count = { start_of_year: population.startOfYear, end_of_year: population.endOfYear, liquidity_basis: population.liquidityBasis }[basis];
  const perCitizen = (kroner: Decimal | undefined): Decimal | undefined =>
    kroner === undefined || !count ? undefined : derive(kroner.dividedBy(count).toDecimalPlaces(0, Decimal.ROUND_HALF_UP), 2, t().audit.parts.perCitizen);
  const { liquidity, comparisons } = liquidityOf(statements, municipality, targets);
  const dated = (f: { start: { value?: Decimal }; end: { value?: Decimal } } | undefined) => ({ prior: f?.start.value, actual: f?.end.value });
  const debt = dated(balance?.rows.long_term_debt);
  const rows: KeyFigure[] = [
    { label: `Indbyggere pr. 1.1.${year}`, measure: { plain: "antal" }, decimals: 0, actual: decimal(population.startOfYear, population.at?.startOfYear) },
    { label: `Indbyggere pr. 31.12.${year}`, measure: { plain: "antal" }, decimals: 0, actual: decimal(population.endOfYear, population.at?.endOfYear) },
    ...Object.entries(TAX_LABELS).map(([key, [label, unit]]): KeyFigure => {
      const rate = statements.keyFigures.taxRates[key as TaxRate];
      return { label, measure: { plain: unit }, decimals: rate?.decimals ?? 1, actual: rate && withSource(rate.value, { kind: "data", at: rate.at }) };
    }),
    {
      label: "Overskud (+) / underskud (−) af ordinær driftsvirksomhed",
      measure: TKR,
      decimals: 0,
      prior: known(ordinaryResult.prior) ? sameSource(ordinaryResult.prior.value.negated(), ordinaryResult.prior.value) : undefined,
      actual: known(ordinaryResult.actual) ? sameSource(ordinaryResult.actual.value.negated(), ordinaryResult.actual.value) : undefined,
    },
    { label: "Likvide aktiver ultimo", measure: TKR, decimals: 0, ...dated(balance?.rows.liquid_assets) },
    { label: "Likviditet efter kassekreditreglen (gennemsnit)", measure: TKR, decimals: 0, ...liquidity },
    { label: "Likviditet efter kassekreditreglen pr. indbygger", measure: PER_CITIZEN, decimals: 0, actual: perCitizen(liquidity.actual) },
    { label: "Langfristet gæld ultimo", measure: TKR, decimals: 0, ...debt },
    { label: "heraf ældreboliger", measure: TKR, decimals: 0, ...dated(balance?.elderlyHousing) },
    { label: "Langfristet gæld pr. indbygger", measure: PER_CITIZEN, decimals: 0, actual: perCitizen(debt.actual) },
    { label: "Egenkapital ultimo", measure: TKR, decimals: 0, ...dated(balance?.rows.equity) },
    { label: "Årsværk", measure: { plain: "årsværk" }, decimals: 1, prior: staff?.prior, actual: staff?.actual },
  ];
  return {
    rows: rows.filter((r) => r.prior !== undefined || r.actual !== undefined),
    ...(count && { citizens: { count, basis } }),
    comparisons,
  };
}

/** A count as a figure, with where the data writes it. */
function decimal(n: number | undefined, at: Pos | undefined): Decimal | undefined {
  if (n === undefined) return undefined;
  const value = new Decimal(n);
  return at ? withSource(value, { kind: "data", at }) : value;
}

/**
 * The average liquidity after the kassekreditregel: stated in statements.yaml, else the strategy's liquidity
 * target for the year (its daily balances or its stated average); the year before from the target's history.
 * Stated and computed both: the stated figure is compared with the strategy's.
 */
function liquidityOf(statements: Statements, municipality: Municipality, targets: TargetResults | undefined) {
  const target = targets?.targets.find((t) => t.kind === "liquidity-per-citizen");
  const strategy = target?.kind === "liquidity-per-citizen" ? target.years.find((y) => y.year.year === municipality.year)?.liquidity : undefined;
  const history = target?.kind === "liquidity-per-citizen" ? target.target.history.find((h) => h.year === municipality.year - 1)?.liquidity : undefined;
  const stated = statements.keyFigures.liquidity;
  const comparisons: Comparison[] =
    stated && strategy
      ? [
          {
            identity: "stated-row",
            statement: t().statements.statement.keyFigures,
            row: "Likviditet efter kassekreditreglen",
            column: String(municipality.year),
            at: stated.at,
            found: stated.value,
            expected: strategy,
            leaves: 0,
            unit: statements.unit,
            parts: [],
            source: t().statements.liquiditySource,
            rounded: true,
          },
        ]
      : [];
  // An average of daily balances is a fraction of a krone: the key figure is whole kroner.
  const whole = (v: Decimal | undefined): Decimal | undefined => sameSource(v?.toDecimalPlaces(0, Decimal.ROUND_HALF_UP), v);
  return { liquidity: { prior: whole(history), actual: whole(strategy ?? stated?.value) }, comparisons };
}

const CITIZEN_WORDS: Record<CitizenBasis, (year: number) => string> = {
  start_of_year: (year) => `indbyggere pr. 1.1.${year}`,
  end_of_year: (year) => `indbyggere pr. 31.12.${year}`,
  liquidity_basis: () => "indbyggere (opgørelsesgrundlaget for likviditet pr. borger)",
};

/** Hoved- og nøgletal as printed: a unit column, the year before and the year; the note names the divisor. */
export function keyFiguresSection(kf: KeyFigures, year: number): KeyFiguresSection {
  const unitOf = (m: Measure): string => ("plain" in m ? m.plain : unitLabel(m.money));
  const divisor = kf.citizens && `Beløb pr. indbygger er divideret med ${formatInteger(kf.citizens.count)} ${CITIZEN_WORDS[kf.citizens.basis](year)} og vist i hele kroner.`;
  return {
    kind: "key-figures",
    id: "noegletal",
    year,
    title: "Hoved- og nøgletal",
    partial: "statement-key-figures",
    table: {
      anchor: "noegletal",
      caption: `Hoved- og nøgletal ${year}`,
      stub: "Nøgletal",
      columns: [String(year - 1), String(year)],
      rows: kf.rows.map((r) => ({
        label: r.label,
        unit: unitOf(r.measure),
        ...("money" in r.measure && { money: r.measure.money }),
        decimals: r.decimals,
        cells: [r.prior, r.actual],
      })),
      ...(divisor && { note: divisor }),
    },
  };
}
