// A stated result must agree with what the data computes. A stated figure is naturally rounded (17.755 kr. for
// 17.755,33), so a difference within half a unit is no difference; a larger one that rounding of the summed
// parts can explain is a warning; anything beyond is an error at the stated figure.
import { UNIT_FACTOR } from "../load/amount.js";
import { tolerance, withinRounding, type Check } from "../compute/figures.js";
import { computeStrategy } from "../compute/strategy.js";
import { formatExact } from "../format/danish.js";
import type { Decimal } from "../model/money.js";
import type { Committee, Municipality, Unit } from "../model/types.js";
import type { Problems } from "./problem.js";

export function checkStrategy(municipality: Municipality, committees: Committee[], problems: Problems): void {
  const strategy = municipality.strategy;
  if (!strategy) return;
  const { checks } = computeStrategy({ strategy, committees, unit: municipality.unit, year: municipality.year });
  for (const check of checks) judge(check, problems);
}

function judge(check: Check, problems: Problems): void {
  const diff = check.declared.value.minus(check.computed);
  if (diff.abs().lessThanOrEqualTo(UNIT_FACTOR[check.unit].dividedBy(2))) return;
  const fmt = (v: Decimal): string => shown(v, check.unit);
  const statement =
    `${check.subject}, ${check.column}: stated ${fmt(check.declared.value)}, but ${check.parts} gives ${fmt(check.computed)} ` +
    `(difference ${diff.isPositive() ? "+" : ""}${fmt(diff)} ${check.unit})`;
  if (withinRounding(check)) {
    problems.warning(check.declared.at, "rounding-difference", `rounding difference: ${statement}; within the ±${fmt(tolerance(check))} ${check.unit} that rounding of the parts can explain`);
    return;
  }
  problems.error(
    check.declared.at,
    "result-mismatch",
    `${statement}: correct the stated figure or the figures it comes from, or remove "${check.column}" to print the computed one`,
  );
}

/** In the data's unit, to at most two decimals: an average or a per-citizen figure need not be whole. */
function shown(kroner: Decimal, unit: Unit): string {
  const factor = UNIT_FACTOR[unit];
  return formatExact(kroner.dividedBy(factor).toDecimalPlaces(2).times(factor), unit);
}
