// Initiatives of the budget agreement carried by a capital project (`project:`): the project is found (in the
// initiative's own committee first, else in the one other committee that has it), and the initiative's amount
// for the report year is reconciled with the project's original budget — a stated figure checked against
// another, as every stated figure is (the one judge). Without an amount for the report year, the plan prints
// the project's budget.
import type { Committee, CapitalProject, Initiative } from "../model/types.js";
import { leaf, settle, type Figure, type Reconciliation } from "./arithmetic.js";
import { t } from "../messages/index.js";

export type Carrier =
  | { found: "project"; project: CapitalProject; committee: Committee; /** The amount of the report year the plan prints. */ amount: Figure }
  | { found: "none" }
  | { found: "several"; committees: Committee[] };

export interface InitiativeProjects {
  /** By initiative; only initiatives that name a project are here. */
  carriers: Map<Initiative, Carrier>;
  reconciliations: Reconciliation[];
}

export function computeInitiativeProjects(committees: Committee[], year: number): InitiativeProjects {
  const carriers = new Map<Initiative, Carrier>();
  const into: Reconciliation[] = [];
  for (const committee of committees) {
    for (const initiative of committee.initiatives) {
      if (!initiative.project) continue;
      const carrier = find(committees, committee, initiative.project.id);
      if (carrier.found !== "project") {
        carriers.set(initiative, carrier);
        continue;
      }
      const stated = initiative.amounts.find((a) => a.year === year);
      const budget = leaf(carrier.project.budget, carrier.project.unreliable);
      const amount = settle(budget, stated && { value: stated.amount, at: stated.at }, `amounts: ${year}`, {
        kind: "result",
        subject: t().kinds.initiative(initiative.nr, initiative.topic),
        parts: t().kinds.projectBudget(carrier.project.id),
        unit: committee.unit,
        into,
      });
      carriers.set(initiative, { ...carrier, amount });
    }
  }
  return { carriers, reconciliations: into };
}

function find(committees: Committee[], own: Committee, id: string): Omit<Extract<Carrier, { found: "project" }>, "amount"> | Exclude<Carrier, { found: "project" }> {
  const mine = own.capital.find((p) => p.id === id);
  if (mine) return { found: "project", project: mine, committee: own };
  const others = committees.filter((c) => c !== own && c.capital.some((p) => p.id === id));
  if (others.length === 0) return { found: "none" };
  if (others.length > 1) return { found: "several", committees: others };
  return { found: "project", project: others[0]!.capital.find((p) => p.id === id)!, committee: others[0]! };
}
