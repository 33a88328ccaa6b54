// RO-4: the strategy's surplus on running items of a year the regnskabsopgørelse covers is its result of ordinary
// operations with the sign turned; a stated one is compared, at the stated figure. A year whose surplus neither
// the strategy states nor the statements compute is an error (the average would leave it out) — but not a year the
// statements would compute, had a figure of it been readable (its error is reported where it is written).
import { error, type Problem } from "../../../core/problem.js";
import type { Check } from "../check.js";
import { judgeIdentity } from "./judge.js";
import { surplusMissing } from "./messages.js";

export const strategySurplus: Check = (data, figures) => {
  const surpluses = figures.statements?.surpluses ?? new Map();
  const covered = [...surpluses.entries()].filter(([, f]) => !f.unknown).map(([year]) => year).sort((a, b) => a - b);
  const missing = (data.municipality?.strategy?.targets ?? []).flatMap((t): Problem[] =>
    t.kind !== "average-surplus"
      ? []
      : t.years
          .filter((y) => y.value === undefined && !surpluses.has(y.year))
          .map((y) => error(y.at, surplusMissing(t.id, y.year, covered))),
  );
  return [...judgeIdentity(figures, "strategy-surplus"), ...missing];
};
