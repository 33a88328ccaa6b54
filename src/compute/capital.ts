// Tabel 3: capital projects (anlæg) with their totals. Expected transfers are input, never derived: many
// projects carry money over although their corrected budget is zero (domain.md, section 5).
import { CAPITAL_COLUMNS, type CapitalColumn, type CapitalProject, type Committee } from "../model/types.js";
import { leaf, settle, sumColumns, type Columns, type Reconciliation } from "./arithmetic.js";
import { t } from "../messages/index.js";

export type CapitalFigures = Columns<CapitalColumn>;

export interface CapitalRow {
  project: CapitalProject;
  figures: CapitalFigures;
}

export interface CapitalResult {
  rows: CapitalRow[];
  totals: CapitalFigures;
  reconciliations: Reconciliation[];
}

export function computeCapital(committee: Committee): CapitalResult {
  const into: Reconciliation[] = [];
  const rows = committee.capital.map((project) => ({
    project,
    figures: {
      budget: leaf(project.budget, project.unreliable),
      adjusted: leaf(project.adjusted, project.unreliable),
      actual: leaf(project.actual, project.unreliable),
      transfer: leaf(project.transfer, project.unreliable),
    },
  }));
  const computed = sumColumns(CAPITAL_COLUMNS, rows.map((r) => r.figures));
  const totals = {} as CapitalFigures;
  const ctx = { kind: "total" as const, subject: t().figures.subject.capitalTotal, parts: t().figures.parts.projects, unit: committee.unit, into, at: committee.at };
  for (const c of CAPITAL_COLUMNS) totals[c] = settle(computed[c], committee.capitalTotals[c], t().figures.capitalColumns[c], ctx);
  return { rows, totals, reconciliations: into };
}
