// BA-3 (FO-4): the balance's liquid assets change by the finansieringsoversigt's change in liquid assets plus the
// stated unrealised revaluations; at the revaluation where one is stated, else at the year-end liquid assets.
import type { Check } from "../check.js";
import { judgeIdentity } from "./judge.js";

export const liquidAssetsMovement: Check = (_data, figures) => judgeIdentity(figures, "liquid-assets-movement");
