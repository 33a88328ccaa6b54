// Every problem the statements' checks report, each built in one place with its code, so that the texts can
// move into the message catalogue without touching the checks. A message says what disagrees with what, by
// how much, and how to mend it; where it stands is the problem's position (the figure that is doubted).
import type { Decimal } from "../../../core/money.js";
import type { Unit } from "../../../core/units.js";
import type { Comparison, Identity } from "../../../compute/statements/figures.js";
import { FINANCING_KINDS, type CitizenBasis } from "../../../model/statements.js";
import { formatExact } from "../../../format/danish.js";

export interface Message {
  code: string;
  message: string;
}

const m = (code: string, message: string): Message => ({ code, message });

/** The figures of a comparison as a message shows them, in the doubted figure's unit. */
interface Shown {
  found: string;
  expected: string;
  difference: string;
  parts: string;
  unit: Unit;
}

function shown(c: Comparison): Shown {
  const fmt = (v: Decimal): string => formatExact(v, c.unit);
  const diff = c.found.minus(c.expected);
  return {
    found: fmt(c.found),
    expected: fmt(c.expected),
    difference: `${diff.isPositive() ? "+" : ""}${fmt(diff)}`,
    parts: c.parts.map((p) => `${p.label} ${fmt(p.value)}`).join("; "),
    unit: c.unit,
  };
}

/** What each identity says when a figure disagrees, and how to mend it (for an error). */
const SAYS: Record<Identity, { code: string; what(c: Comparison, s: Shown): string; mend(c: Comparison): string }> = {
  "stated-row": {
    code: "statement-row-mismatch",
    what: (c, s) => `${c.statement}, "${c.row}", ${c.column}: stated ${s.found}, but derived from ${c.source ?? "the data"} it is ${s.expected} (difference ${s.difference} ${s.unit})`,
    mend: () => "correct the stated figure, or the figures it is derived from, or remove it: the statement prints the derived figure",
  },
  "financing-zero-sum": {
    code: "financing-zero-sum",
    what: (c, s) =>
      `${c.statement} does not add up, ${c.column}: "${c.row}" is ${s.found}, but the other rows (${s.parts}) make a change in liquid assets of ` +
      `${s.expected}: ${s.difference.replace(/^[+-]/, "")} ${s.unit} that no figure explains`,
    mend: (c) =>
      "in udgift sign result + loans + repayments + balance shifts + change in liquid assets = 0 (in hovedkonto 8 + is more assets or less debt: " +
      "loans −, repayments +, more cash +): correct the cash figure or the figures that make the others, and check each financing item's kind" +
      (c.column === "adjusted budget" ? ", or leave out check_adjusted_budget when the adjusted budget's cash line is not kept current" : ""),
  },
  "balance-balances": {
    code: "balance-unbalanced",
    what: (c, s) => `the balance does not balance at ${c.column}: ${s.parts}; "${c.row}" is ${s.found} but would have to be ${s.expected} (difference ${s.difference} ${s.unit})`,
    mend: () => "aktiver i alt must equal passiver i alt: correct egenkapital (the balancing item) or the row that is wrong",
  },
  "liquid-assets-movement": {
    code: "liquid-assets-movement",
    what: (c, s) =>
      `"${c.row}", ${c.column}: ${s.found}, but the balance's liquid assets and the finansieringsoversigt give ${s.expected} ` +
      `(${s.parts}; the liquid assets move by the change in liquid assets plus the unrealised revaluations) (difference ${s.difference} ${s.unit})`,
    mend: () => "correct balance.revaluations.liquid_assets, the liquid assets at either date, or the figures of the finansieringsoversigt",
  },
  "long-term-debt-movement": {
    code: "long-term-debt-movement",
    what: (c, s) =>
      `"${c.row}", ${c.column}: ${s.found}, but the balance's long-term debt and the financing items give ${s.expected} ` +
      `(${s.parts}; the debt at the year's end is the debt at its start + loans taken up − repayments + regulations) (difference ${s.difference} ${s.unit})`,
    mend: () => "correct balance.revaluations.long_term_debt, the long-term debt at either date, or the loans and repayments (kind loans, repayments)",
  },
  "strategy-debt": {
    code: "strategy-debt-balance",
    what: (c, s) => `${c.row} ${c.column}: the strategy states ${s.found}, but the balance gives ${s.expected} for the same date (difference ${s.difference} ${s.unit})`,
    mend: () => "the strategy's debt at a year's end is the balance's long-term debt: correct the one that is wrong",
  },
  "strategy-surplus": {
    code: "strategy-surplus-statement",
    what: (c, s) =>
      `${c.row} ${c.column}: stated ${s.found}, but the regnskabsopgørelse gives a surplus on running items of ${s.expected} ` +
      `(−resultat af ordinær driftsvirksomhed) (difference ${s.difference} ${s.unit})`,
    mend: () => "leave the year's surplus out to use the computed one, or correct the figures it comes from",
  },
};

/** A figure that disagrees beyond rounding: an error. */
export function mismatch(c: Comparison): Message {
  const says = SAYS[c.identity];
  return m(says.code, `${says.what(c, shown(c))}: ${says.mend(c)}`);
}

/** A figure that disagrees within rounding: a warning. */
export function roundingDifference(c: Comparison, tolerance: Decimal): Message {
  const says = SAYS[c.identity];
  return m(says.code, `rounding difference: ${says.what(c, shown(c))}; within the ±${formatExact(tolerance, c.unit)} ${c.unit} that rounding of the parts can explain`);
}

export const financingKindMissing = (number: string, name: string) =>
  m(
    "financing-kind-missing",
    `financing item ${number} ${name} has no kind: with statements.yaml each financing item needs one, to place it in the regnskabsopgørelse ` +
      `and the finansieringsoversigt — add kind: ${FINANCING_KINDS.join(" | ")}`,
  );

export const noCashItem = () =>
  m(
    "financing-no-cash-item",
    "no financing item has kind: cash (beholdningsbevægelse, forskydning i likvide aktiver): the finansieringsoversigt prints the change in " +
      "liquid assets the other rows make, but cannot check it against the booked one — add kind: cash to the item that books it",
  );

export const citizensMissing = (basis: CitizenBasis) =>
  m(
    "key-figures-citizens",
    `key_figures.citizens is ${basis}, but municipality.yaml gives no population.${basis}: the key figures per citizen are left blank — ` +
      "add it there, or choose another count",
  );

export const surplusMissing = (target: string, year: number, covered: number[]) =>
  m(
    "strategy-surplus-missing",
    `target "${target}", year ${year}: no surplus is stated` +
      (covered.length > 0
        ? `, and the regnskabsopgørelse computes it only for ${covered.join(" and ")}: add "surplus:" for ${year}`
        : `: add "surplus:" (or statements.yaml, whose regnskabsopgørelse computes the surplus of the report year)`),
  );
