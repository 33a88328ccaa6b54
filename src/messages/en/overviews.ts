// The other overviews of the annual accounts, in English (typed by the Danish).
import type * as da from "../da/overviews.js";

const RULE = {
  cap: (percent: string) => `a cap of ±${percent} % of the budget`,
  full: () => "100 %",
  none: () => "none (nothing is carried)",
  free: () => "free carry-over",
};
const FIGURE = { automatic: "automatic carry-over", carried: "carry-over in total (automatic + applied)", returned: "amount not carried (back to the treasury)" };

export const problems: typeof da.problems = {
  "carry-over-beyond-rule": (frame, rule, percent, stated, limit, derived, unit) =>
    `frame ${frame}: the automatic carry-over is stated as ${stated}, but its rule (${RULE[rule](percent)}) ` +
    `${rule === "none" ? "carries nothing" : `allows at most ${limit}`} and gives ${derived} ${unit}: ` +
    `put what the council approved beyond the rule under "applied", or correct the stated figure or the rule`,
  "carry-over-mismatch": (frame, figure, stated, derived, unit) =>
    `frame ${frame}: the ${FIGURE[figure]} is stated as ${stated}, but the frame's figures and its rule give ${derived} ${unit}: ` +
    `correct the stated figure or the figures it comes from, or remove it to print the derived one`,
  "transfer-beyond-unspent": (id, transfer, unspent, unit) =>
    `project ${id}: the expected transfer (forventet overførsel) ${transfer} is more than what is unspent, adjusted budget − actual = ${unspent} ${unit}: ` +
    `check the transfer, or the adjusted budget it should be part of`,
  "capital-account-missing": (id, gross, threshold, inclusive) =>
    `project ${id} is closed (regnskabsaflagt) and its gross figures reach ${gross} kr., ${inclusive ? "at or above" : "above"} the threshold of ${threshold} kr. ` +
    `for an account of its own: add "account:" to the project (appropriation, spending per year, explanation), or correct "closed"`,
  "capital-account-this-year": (id, year, account, actual, unit) =>
    `project ${id}: its account gives ${account} for ${year} (spending + income), but the project's actual in the capital table is ` +
    `${actual} ${unit}: the account's figures for the year must be the project's actual`,
  "capital-account-explanation": (id, deviation, unit) =>
    `project ${id}: its account deviates ${deviation} ${unit} from the appropriation, a material deviation: add "explanation:" to the account saying why`,
  "capital-account-open": (id) =>
    `project ${id} has an account but is not closed: add "closed: true" when the project is regnskabsaflagt, or remove the account`,
  "staff-committee-unknown": (ref, known) =>
    `personaleoversigt: no committee "${ref}": write a committee's id or name (${known.join(", ")}), or "name:" for an area that is not a committee`,
  "text-figure/carry-over": (written) =>
    `the text mentions a carry-over (overførsel) of ${written} mio. kr., but no carry-over in the overview of carry-overs rounds to ${written} mio. kr.: check the text against the overview`,
  "staff-total-mismatch": (column, stated, derived) =>
    `personaleoversigt, ${column === "prior" ? "the year before" : "the year"}: the total is stated as ${stated} årsværk, but the rows give ${derived}: ` +
    `correct the total or the rows, or remove the total to print the rows' sum`,
};
