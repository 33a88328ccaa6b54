// The strategy's debt at the end of the year and of the year before (a debt-reduction target's `debt`, in total
// and its ældreboliger) against the balance's long-term debt at the same date, at the strategy's figure.
import type { Check } from "../check.js";
import { judgeIdentity } from "./judge.js";

export const strategyDebt: Check = (_data, figures) => judgeIdentity(figures, "strategy-debt");
