// Tabel 3: capital projects (anlæg) with their totals. Expected transfers are input, never derived: many
// projects carry money over although their corrected budget is zero (domain.md, section 5).
import type { CapitalProject, Committee } from "../model/types.js";
import { difference, leaf, settle, sumColumns, unknownIf, type Columns, type Reconciliation } from "./arithmetic.js";
import { t } from "../messages/index.js";

/** Tabel 3's four, a follow-up's expected and spent, and its afvigelse = expected − adjusted. */
export const CAPITAL_FIGURE_COLUMNS = ["budget", "adjusted", "actual", "transfer", "expected", "spent", "expectedVariance"] as const;
export type CapitalFigureColumn = (typeof CAPITAL_FIGURE_COLUMNS)[number];
export type CapitalFigures = Columns<CapitalFigureColumn>;

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
  const rows = committee.capital.map((project) => {
    const adjusted = leaf(project.adjusted, project.unreliable);
    const expected = leaf(project.expected, project.unreliable);
    return {
      project,
      figures: {
        budget: leaf(project.budget, project.unreliable),
        adjusted,
        actual: leaf(project.actual, project.unreliable),
        transfer: leaf(project.transfer, project.unreliable),
        expected,
        spent: leaf(project.spent, project.unreliable),
        expectedVariance: difference(expected, adjusted),
      },
    };
  });
  const computed = unknownIf(committee.unreliableTotals, sumColumns(CAPITAL_FIGURE_COLUMNS, rows.map((r) => r.figures)));
  const totals = {} as CapitalFigures;
  const ctx = { kind: "total" as const, subject: t().figures.subject.capitalTotal, parts: t().figures.parts.projects, unit: committee.unit, into, at: committee.at };
  for (const c of CAPITAL_FIGURE_COLUMNS) {
    totals[c] = c === "expectedVariance" ? computed[c] : settle(computed[c], committee.capitalTotals[c], t().figures.capitalColumns[c], ctx);
  }
  return { rows, totals, reconciliations: into };
}
