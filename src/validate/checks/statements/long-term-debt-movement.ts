// BA-4 (FO-5): long-term debt at the year's end = at its start + loans taken up − repayments ± stated regulations;
// at the regulation where one is stated, else at the year-end debt.
import type { Check } from "../check.js";
import { judgeIdentity } from "./judge.js";

export const longTermDebtMovement: Check = (_data, figures) => judgeIdentity(figures, "long-term-debt-movement");
