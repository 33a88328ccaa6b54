// BA-1: aktiver i alt = passiver i alt at both dates of the balance, at egenkapital (the balancing item).
import type { Check } from "../check.js";
import { judgeIdentity } from "./judge.js";

export const balanceBalances: Check = (_data, figures) => judgeIdentity(figures, "balance-balances");
