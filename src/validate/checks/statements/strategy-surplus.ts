// RO-4: the strategy's surplus on running items of a year the regnskabsopgørelse covers is its result of ordinary
// operations with the sign turned; a stated one is compared, at the stated figure. A year whose surplus neither
// the strategy states nor the statements compute is an error (the average would leave it out).
import { error, type Problem } from "../../../core/problem.js";
import type { Check } from "../check.js";
import { judgeIdentity } from "./judge.js";
import { surplusMissing } from "./messages.js";

export const strategySurplus: Check = (data, figures) => {
  const covered = [...(figures.statements?.surpluses.keys() ?? [])].sort((a, b) => a - b);
  const missing = (data.municipality?.strategy?.targets ?? []).flatMap((t): Problem[] =>
    t.kind !== "average-surplus"
      ? []
      : t.years
          .filter((y) => y.value === undefined && !covered.includes(y.year))
          .map((y) => error(y.at, surplusMissing(t.id, y.year, covered))),
  );
  return [...judgeIdentity(figures, "strategy-surplus"), ...missing];
};
