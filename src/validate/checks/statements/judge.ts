// The judge of the statements' identities: the one rule of every reconciliation (compute/arithmetic.ts, as
// checks/judge.ts applies it to declared totals) — no difference is nothing, a difference that rounding of the
// figures underneath can explain (half a unit of the doubted figure's unit per rounded figure, plus half a unit
// for the figure itself) is a warning, a larger one an error — at the figure the identity doubts.
import { error, warning, type Problem } from "../../../core/problem.js";
import { UNIT_FACTOR } from "../../../core/units.js";
import type { Figures } from "../../../compute/figures.js";
import type { Comparison, Identity } from "../../../compute/statements/figures.js";
import { tolerance, withinRounding } from "../../../compute/arithmetic.js";
import { mismatch, roundingDifference } from "./messages.js";

function judgeComparison(c: Comparison): Problem[] {
  const difference = c.found.minus(c.expected).abs();
  if (difference.isZero() || (c.rounded && difference.lessThanOrEqualTo(UNIT_FACTOR[c.unit].dividedBy(2)))) return [];
  const r = { kind: "total" as const, subject: c.row, column: c.column, declared: { value: c.found, at: c.at }, derived: c.expected, leaves: c.leaves, unit: c.unit, parts: "" };
  if (withinRounding(r)) {
    return [warning(c.at, roundingDifference(c, tolerance(r)))];
  }
  return [error(c.at, mismatch(c))];
}

/** The problems of one identity's comparisons (none without statements). */
export function judgeIdentity(figures: Figures, identity: Identity): Problem[] {
  return (figures.statements?.comparisons ?? []).filter((c) => c.identity === identity).flatMap(judgeComparison);
}
