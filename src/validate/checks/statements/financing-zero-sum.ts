// FO-1 (and FO-7): the finansieringsoversigt sums to zero in udgift sign — the result, the loans, the repayments,
// the balance shifts and the change in liquid assets — on the actual and the adopted budget, on the adjusted
// budget where the data asks, and on the prior year where it states the change. The booked cash (the financing
// items of kind cash, or a stated change) is the figure doubted: it is the one that closes the sum.
import type { Check } from "../check.js";
import { judgeIdentity } from "./judge.js";

export const financingZeroSum: Check = (_data, figures) => judgeIdentity(figures, "financing-zero-sum");
