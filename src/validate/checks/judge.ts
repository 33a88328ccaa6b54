// The one judge of a declared or stated figure against what the data derives for it (a Reconciliation, made by
// compute's `settle`), at the figure that is doubted. Within what rounding of the printed parts explains it is a
// warning ("rounding difference"); beyond it, an error. Two kinds differ only in what counts as no difference and
// in their words: a declared total must agree to the last krone of its unit; a stated result is itself a
// rounded figure (17.755 kr. for 17.755,33), so half a unit of difference is none.
import type { Decimal } from "../../core/money.js";
import { error, warning, type Problem } from "../../core/problem.js";
import { UNIT_FACTOR, type Unit } from "../../core/units.js";
import { tolerance, withinRounding, type Reconciliation } from "../../compute/arithmetic.js";
import { formatExact } from "../../format/danish.js";

interface Wording {
  /** A difference this small is no difference. */
  none(difference: Decimal, unit: Unit): boolean;
  /** Figures in a message, in the data's unit. */
  shown(kroner: Decimal, unit: Unit): string;
  /** "…: declared 425, but (3) − (2) gives 424 (difference +1 t.kr.)" */
  statement(r: Reconciliation, fmt: (v: Decimal) => string, difference: Decimal): string;
  mismatch: { code: string; mend(r: Reconciliation, limit: string): string };
}

const WORDING: Record<Reconciliation["kind"], Wording> = {
  total: {
    none: (difference) => difference.isZero(),
    shown: formatExact,
    statement: (r, fmt, difference) =>
      `${r.subject}, ${r.column}: declared ${fmt(r.declared.value)}, but ${r.parts} ${r.parts.startsWith("(") ? "gives" : "give"} ` +
      `${fmt(r.derived)} (difference ${signed(difference, fmt)} ${r.unit})`,
    mismatch: {
      code: "total-mismatch",
      mend: (r, limit) =>
        `, more than rounding can explain (±${limit} ${r.unit}): correct the declared figure or the figures it sums, ` +
        `or remove the declared figure to print the computed one`,
    },
  },
  result: {
    none: (difference, unit) => difference.abs().lessThanOrEqualTo(UNIT_FACTOR[unit].dividedBy(2)),
    shown: twoDecimals,
    statement: (r, fmt, difference) =>
      `${r.subject}, ${r.column}: stated ${fmt(r.declared.value)}, but ${r.parts} gives ${fmt(r.derived)} (difference ${signed(difference, fmt)} ${r.unit})`,
    mismatch: {
      code: "result-mismatch",
      mend: (r) => `: correct the stated figure or the figures it comes from, or remove "${r.column}" to print the computed one`,
    },
  },
};

/** No problem, a rounding-difference warning, or a mismatch error, at the declared figure. */
export function judge(r: Reconciliation): Problem[] {
  const wording = WORDING[r.kind];
  const difference = r.declared.value.minus(r.derived);
  if (wording.none(difference, r.unit)) return [];
  const fmt = (v: Decimal): string => wording.shown(v, r.unit);
  const statement = wording.statement(r, fmt, difference);
  const limit = fmt(tolerance(r));
  if (withinRounding(r)) {
    return [warning(r.declared.at, "rounding-difference", `rounding difference: ${statement}; within the ±${limit} ${r.unit} that rounding of the parts can explain`)];
  }
  return [error(r.declared.at, wording.mismatch.code, `${statement}${wording.mismatch.mend(r, limit)}`)];
}

function signed(difference: Decimal, fmt: (v: Decimal) => string): string {
  return `${difference.isPositive() ? "+" : ""}${fmt(difference)}`;
}

/** In the data's unit, to at most two decimals: an average or a per-citizen figure need not be whole. */
function twoDecimals(kroner: Decimal, unit: Unit): string {
  const factor = UNIT_FACTOR[unit];
  return formatExact(kroner.dividedBy(factor).toDecimalPlaces(2).times(factor), unit);
}
