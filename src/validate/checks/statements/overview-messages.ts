// Every problem the other overviews' checks report (overførsler, anlægsregnskaber, personaleoversigt), each built
// in one place with its code, so that the texts move into the message catalogue without touching the checks.
import type { Decimal } from "../../../core/money.js";
import type { Unit } from "../../../core/units.js";
import { formatExact } from "../../../format/danish.js";
import type { CarryOverRule } from "../../../model/overviews.js";

interface Message {
  code: string;
  message: string;
}

const m = (code: string, message: string): Message => ({ code, message });

const RULE: Record<CarryOverRule["kind"], (r: CarryOverRule) => string> = {
  cap: (r) => `a cap of ±${r.percent?.toString() ?? "5"} % of the budget`,
  full: () => "100 %",
  none: () => "none (nothing is carried)",
  free: () => "free carry-over",
};

export const carryOverBeyondRule = (frame: string, rule: CarryOverRule, stated: Decimal, derived: Decimal, limit: Decimal, unit: Unit): Message =>
  m(
    "carry-over-beyond-rule",
    `frame ${frame}: the automatic carry-over is stated as ${formatExact(stated, unit)}, but its rule (${RULE[rule.kind](rule)}) ` +
      `${rule.kind === "none" ? "carries nothing" : `allows at most ${formatExact(limit, unit)}`} and gives ${formatExact(derived, unit)} ${unit}: ` +
      `put what the council approved beyond the rule under "applied", or correct the stated figure or the rule`,
  );

const FIGURE_WORDS = { automatic: "automatic carry-over", carried: "carry-over in total (automatic + applied)", returned: "amount not carried (back to the treasury)" };

export const carryOverMismatch = (frame: string, figure: keyof typeof FIGURE_WORDS, stated: Decimal, derived: Decimal, unit: Unit): Message =>
  m(
    "carry-over-mismatch",
    `frame ${frame}: the ${FIGURE_WORDS[figure]} is stated as ${formatExact(stated, unit)}, but the frame's figures and its rule give ` +
      `${formatExact(derived, unit)} ${unit}: correct the stated figure or the figures it comes from, or remove it to print the derived one`,
  );

export const transferBeyondUnspent = (id: string, transfer: Decimal, unspent: Decimal, unit: Unit): Message =>
  m(
    "transfer-beyond-unspent",
    `project ${id}: the expected transfer (forventet overførsel) ${formatExact(transfer, unit)} is more than what is unspent, ` +
      `adjusted budget − actual = ${formatExact(unspent, unit)} ${unit}: check the transfer, or the adjusted budget it should be part of`,
  );

export const accountMissing = (id: string, gross: Decimal, threshold: Decimal, inclusive: boolean): Message =>
  m(
    "capital-account-missing",
    `project ${id} is closed (regnskabsaflagt) and its gross figures reach ${formatExact(gross, "kr.")} kr., ` +
      `${inclusive ? "at or above" : "above"} the threshold of ${formatExact(threshold, "kr.")} kr. for an account of its own: ` +
      `add "account:" to the project (appropriation, spending per year, explanation), or correct "closed"`,
  );

export const accountThisYear = (id: string, year: number, account: Decimal, actual: Decimal, unit: Unit): Message =>
  m(
    "capital-account-this-year",
    `project ${id}: its account gives ${formatExact(account, unit)} for ${year} (spending + income), but the project's actual in the capital table is ` +
      `${formatExact(actual, unit)} ${unit}: the account's figures for the year must be the project's actual`,
  );

export const accountExplanation = (id: string, deviation: Decimal, unit: Unit): Message =>
  m(
    "capital-account-explanation",
    `project ${id}: its account deviates ${formatExact(deviation, unit)} ${unit} from the appropriation, a material deviation: ` +
      `add "explanation:" to the account saying why`,
  );

export const accountOnOpenProject = (id: string): Message =>
  m("capital-account-open", `project ${id} has an account but is not closed: add "closed: true" when the project is regnskabsaflagt, or remove the account`);

export const staffCommitteeUnknown = (ref: string, known: string[]): Message =>
  m(
    "staff-committee-unknown",
    `personaleoversigt: no committee "${ref}": write a committee's id or name (${known.join(", ")}), or "name:" for an area that is not a committee`,
  );

export const staffTotal = (column: "prior" | "actual", stated: Decimal, derived: Decimal): Message =>
  m(
    "staff-total-mismatch",
    `personaleoversigt, ${column === "prior" ? "the year before" : "the year"}: the total is stated as ${stated.toString()} årsværk, ` +
      `but the rows give ${derived.toString()}: correct the total or the rows, or remove the total to print the rows' sum`,
  );
