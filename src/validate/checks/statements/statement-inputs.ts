// What the statements need from the other files once statements.yaml exists: every financing item's kind (an
// error at the item: without it the item has no row), a financing item of kind cash to check the zero sum
// against (a warning), and the population count the per-citizen key figures divide by (a warning).
import { error, warning, type Problem } from "../../../core/problem.js";
import type { Check } from "../check.js";
import { citizensMissing, financingKindMissing, noCashItem } from "./messages.js";

export const statementInputs: Check = ({ committees, statements, municipality }) => {
  if (!statements) return [];
  const items = committees.flatMap((c) => c.financing);
  const problems: Problem[] = items
    .filter((item) => item.kind === undefined)
    .map((item) => error(item.at, financingKindMissing(item.number, item.name)));
  if (items.length > 0 && !items.some((item) => item.kind === "cash")) {
    problems.push(warning(statements.at, noCashItem()));
  }
  const basis = statements.keyFigures.citizens;
  const population = municipality?.population;
  const count = population && { start_of_year: population.startOfYear, end_of_year: population.endOfYear, liquidity_basis: population.liquidityBasis }[basis];
  if (municipality && count === undefined) {
    problems.push(warning(statements.at, citizensMissing(basis)));
  }
  return problems;
};
