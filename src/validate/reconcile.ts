// Reconciliation: every declared figure against what its parts give, to the last krone. A difference that
// rounding of the printed parts can explain (half a unit per part, plus half for the declared figure) is a
// warning that says "rounding difference"; anything larger is an error.
import { computeCapital } from "../compute/capital.js";
import { tolerance, withinRounding, type Check } from "../compute/figures.js";
import { computeFinancing, computeOperations } from "../compute/operations.js";
import { formatExact } from "../format/danish.js";
import type { Committee } from "../model/types.js";
import type { Problems } from "./problem.js";

export function committeeChecks(committee: Committee): Check[] {
  return [
    ...computeOperations(committee).checks,
    ...(computeFinancing(committee)?.checks ?? []),
    ...computeCapital(committee).checks,
  ];
}

export function reconcile(committee: Committee, problems: Problems): void {
  for (const check of committeeChecks(committee)) judge(check, problems);
}

function judge(check: Check, problems: Problems): void {
  const diff = check.declared.value.minus(check.computed);
  if (diff.isZero()) return;
  const unit = check.unit;
  const fmt = (v: typeof diff): string => formatExact(v, unit);
  const sign = diff.isPositive() ? "+" : "";
  const statement =
    `${check.subject}, ${check.column}: declared ${fmt(check.declared.value)}, but ${check.parts} ` +
    `${check.parts.startsWith("(") ? "gives" : "give"} ${fmt(check.computed)} (difference ${sign}${fmt(diff)} ${unit})`;
  const limit = tolerance(check);
  if (withinRounding(check)) {
    problems.warning(check.declared.at, "rounding-difference", `rounding difference: ${statement}; within the ±${fmt(limit)} ${unit} that rounding of the parts can explain`);
  } else {
    problems.error(
      check.declared.at,
      "total-mismatch",
      `${statement}, more than rounding can explain (±${fmt(limit)} ${unit}): correct the declared figure or the figures it sums, ` +
        `or remove the declared figure to print the computed one`,
    );
  }
}
