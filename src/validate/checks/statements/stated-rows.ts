// Every statement row the data states as the accounting system prints it (statements.yaml) against the row the
// tool derives: the regnskabsopgørelse's and the finansieringsoversigt's rows, subtotals and variances (RO-1,
// RO-2, RO-3, FO-3, FO-6), the balance's subtotals, a balance row against its parts, the stated liquidity.
import type { Check } from "../check.js";
import { judgeIdentity } from "./judge.js";

export const statedRows: Check = (_data, figures) => judgeIdentity(figures, "stated-row");
