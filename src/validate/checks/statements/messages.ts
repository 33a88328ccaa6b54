// Every problem the statements' checks report, each bound here to its catalogue entry (src/messages/da/statements.ts
// and en/statements.ts), so that the checks name them by what they are. A message says what disagrees with what,
// by how much, and how to mend it; where it stands is the problem's position (the figure that is doubted).
import type { Decimal } from "../../../core/money.js";
import type { Message } from "../../../core/problem.js";
import type { Comparison, Identity } from "../../../compute/statements/figures.js";
import { FINANCING_KINDS, type CitizenBasis } from "../../../model/statements.js";
import { formatExact } from "../../../format/danish.js";
import { msg } from "../../../messages/index.js";
import type { Disagreement } from "../../../messages/da/statements.js";

/** Each identity's problem: beyond rounding (an error), and within it (a warning). */
const SAY: Record<Identity, [(d: Disagreement) => Message, (d: Disagreement, tolerance: string) => Message]> = {
  "stated-row": [(d) => msg("statement-row-mismatch", d), (d, t) => msg("statement-row-mismatch/rounding", d, t)],
  "financing-zero-sum": [(d) => msg("financing-zero-sum", d), (d, t) => msg("financing-zero-sum/rounding", d, t)],
  "balance-balances": [(d) => msg("balance-unbalanced", d), (d, t) => msg("balance-unbalanced/rounding", d, t)],
  "liquid-assets-movement": [(d) => msg("liquid-assets-movement", d), (d, t) => msg("liquid-assets-movement/rounding", d, t)],
  "long-term-debt-movement": [(d) => msg("long-term-debt-movement", d), (d, t) => msg("long-term-debt-movement/rounding", d, t)],
  "strategy-debt": [(d) => msg("strategy-debt-balance", d), (d, t) => msg("strategy-debt-balance/rounding", d, t)],
  "strategy-surplus": [(d) => msg("strategy-surplus-statement", d), (d, t) => msg("strategy-surplus-statement/rounding", d, t)],
};

/** The figures of a comparison as a message shows them, in the doubted figure's unit. */
function shown(c: Comparison): Disagreement {
  const fmt = (v: Decimal): string => formatExact(v, c.unit);
  const diff = c.found.minus(c.expected);
  return {
    statement: c.statement,
    row: c.row,
    column: c.column,
    found: fmt(c.found),
    expected: fmt(c.expected),
    difference: `${diff.isPositive() ? "+" : ""}${fmt(diff)}`,
    parts: c.parts.map((p) => `${p.label} ${fmt(p.value)}`).join("; "),
    source: c.source,
    unit: c.unit,
    adjustedBudget: c.adjustedBudget ?? false,
  };
}

/** A figure that disagrees beyond rounding: an error. */
export const mismatch = (c: Comparison): Message => SAY[c.identity][0](shown(c));

/** A figure that disagrees within rounding: a warning. */
export const roundingDifference = (c: Comparison, tolerance: Decimal): Message => SAY[c.identity][1](shown(c), formatExact(tolerance, c.unit));

export const financingKindMissing = (number: string, name: string) => msg("financing-kind-missing", number, name, FINANCING_KINDS);
export const noCashItem = () => msg("financing-no-cash-item");
export const citizensMissing = (basis: CitizenBasis) => msg("key-figures-citizens", basis);
export const surplusMissing = (target: string, year: number, covered: number[]) => msg("strategy-surplus-missing", target, year, covered);
