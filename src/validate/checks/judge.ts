// The one judge of a declared or stated figure against what the data derives for it (a Reconciliation, made by
// compute's `settle`), at the figure that is doubted. Within what rounding of the printed parts explains it is a
// warning ("rounding difference"); beyond it, an error. Two kinds differ only in what counts as no difference and
// in their words: a declared total must agree to the last krone of its unit; a stated result is itself a
// rounded figure (17.755 kr. for 17.755,33), so half a unit of difference is none.
import type { Decimal } from "../../core/money.js";
import { error, warning, type Message, type Problem } from "../../core/problem.js";
import { UNIT_FACTOR, type Unit } from "../../core/units.js";
import { tolerance, withinRounding, type Reconciliation } from "../../compute/arithmetic.js";
import { formatExact } from "../../format/danish.js";
import { msg, t } from "../../messages/index.js";
import type { Reconciled } from "../../messages/da/validate.js";

interface Wording {
  /** A difference this small is no difference. */
  none(difference: Decimal, unit: Unit): boolean;
  /** Figures in a message, in the data's unit. */
  shown(kroner: Decimal, unit: Unit): string;
  /** "…: declared 425, but (3) − (2) gives 424 (difference +1 t.kr.)" */
  statement(figures: Reconciled): string;
  mismatch(r: Reconciliation, statement: string, limit: string): Message;
}

const WORDING: Record<Reconciliation["kind"], Wording> = {
  total: {
    none: (difference) => difference.isZero(),
    shown: formatExact,
    statement: (figures) => t().validate.declared(figures),
    mismatch: (r, statement, limit) => msg("total-mismatch", statement, limit, r.unit),
  },
  result: {
    none: (difference, unit) => difference.abs().lessThanOrEqualTo(UNIT_FACTOR[unit].dividedBy(2)),
    shown: twoDecimals,
    statement: (figures) => t().validate.stated(figures),
    mismatch: (r, statement) => msg("result-mismatch", statement, r.column),
  },
};

/** No problem, a rounding-difference warning, or a mismatch error, at the declared figure. */
export function judge(r: Reconciliation): Problem[] {
  const wording = WORDING[r.kind];
  const difference = r.declared.value.minus(r.derived);
  if (wording.none(difference, r.unit)) return [];
  const fmt = (v: Decimal): string => wording.shown(v, r.unit);
  const statement = wording.statement({
    subject: r.subject,
    column: r.column,
    declared: fmt(r.declared.value),
    parts: r.parts,
    derived: fmt(r.derived),
    difference: `${difference.isPositive() ? "+" : ""}${fmt(difference)}`,
    unit: r.unit,
  });
  const limit = fmt(tolerance(r));
  if (withinRounding(r)) return [warning(r.declared.at, msg("rounding-difference", statement, limit, r.unit))];
  return [error(r.declared.at, wording.mismatch(r, statement, limit))];
}

/** In the data's unit, to at most two decimals: an average or a per-citizen figure need not be whole. */
function twoDecimals(kroner: Decimal, unit: Unit): string {
  const factor = UNIT_FACTOR[unit];
  return formatExact(kroner.dividedBy(factor).toDecimalPlaces(2).times(factor), unit);
}
