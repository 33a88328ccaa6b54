// Reconciliation: every declared figure against what its parts give, to the last krone, and every stated result
// against what the data computes. The figures record each one as they are summed; the judge decides.
import type { Check } from "./check.js";
import { judge } from "./judge.js";

export const reconciled: Check = (_data, figures) => figures.reconciliations.flatMap(judge);
