// An initiative that names the capital project carrying it (`project:`) must name one that exists, and one
// committee's: its amount is reconciled with that project's budget (figures, judged by `reconciled`).
import { error, type Problem } from "../../core/problem.js";
import * as msg from "../../kinds/messages.js";
import { t } from "../../messages/index.js";
import type { Check } from "./check.js";

export const initiativeProjects: Check = ({ committees }, figures) =>
  committees.flatMap((c) =>
    c.initiatives.flatMap((initiative): Problem[] => {
      const carrier = initiative.project && figures.carrier(initiative);
      if (!initiative.project || !carrier || carrier.found === "project") return [];
      const name = t().kinds.initiative(initiative.nr, initiative.topic);
      const m =
        carrier.found === "none"
          ? msg.initiativeProjectUnknown(name, initiative.project.id)
          : msg.initiativeProjectAmbiguous(name, initiative.project.id, carrier.committees.map((o) => o.name));
      return [error(initiative.project.at, m)];
    }),
  );
