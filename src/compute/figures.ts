// The figures of one build: every committee's tables summed once, and the strategy targets' results, computed
// from the data in this one place and handed explicitly to the validate stage's checks and to the report model.
// Every figure the data declares or states is here too, with what the data derives for it (`reconciliations`):
// the validate stage judges them all, whatever table or statement they belong to.
import type { Committee, DataSet } from "../model/types.js";
import { BLANK, type Reconciliation } from "./arithmetic.js";
import { computeCapital, type CapitalResult } from "./capital.js";
import { computeInitiativeProjects, type Carrier } from "./initiative-projects.js";
import { computeFinancing, computeOperations, type FinancingResult, type OperationsResult } from "./operations.js";
import { completeStatements, computeStatementCore, type StatementFigures } from "./statements/index.js";
import { computeTargetResults, type TargetResults } from "./target-results.js";

/** One committee's tables, summed. */
export interface CommitteeFigures {
  /** Tabel 1: operations by frame and line. */
  operations: OperationsResult;
  /** The financing items; absent when the committee has none. */
  financing?: FinancingResult;
  /** Tabel 3: capital projects. */
  capital: CapitalResult;
}

export interface Figures {
  /** The figures of a committee of this build's data (throws for any other: a mistake in the program). */
  of(committee: Committee): CommitteeFigures;
  /** The strategy targets' results; absent when the municipality states no strategy or its file was unreadable. */
  targets?: TargetResults;
  /** The targets judged on the expected figures, when a budget follow-up is made. */
  expectedTargets?: TargetResults;
  /** A snapshot's figures of a committee (by id), when the snapshot was read and has that committee. */
  snapshot(name: string, committeeId: string): CommitteeFigures | undefined;
  /** The capital project an initiative names (`project:`), with the amount the plan prints for the report year. */
  carrier(initiative: Committee["initiatives"][number]): Carrier | undefined;
  /** Every declared total and stated result, with what the data derives for it, in the data's order. */
  reconciliations: Reconciliation[];
  /** The statements of the annual accounts; absent without statements.yaml (or a readable municipality file). */
  statements?: StatementFigures;
}

function committeeFigures(c: Committee): CommitteeFigures {
  const financing = computeFinancing(c);
  return { operations: computeOperations(c), ...(financing && { financing }), capital: computeCapital(c) };
}

/** Sums the data once. Runs on whatever could be read, so that the checks judge even data with errors. */
export function computeFigures({ municipality, committees, statements, snapshots }: DataSet): Figures {
  const byCommittee = new Map<Committee, CommitteeFigures>();
  for (const c of committees) byCommittee.set(c, committeeFigures(c));
  const of = (committee: Committee): CommitteeFigures => {
    const found = byCommittee.get(committee);
    if (!found) throw new Error(`no figures for committee "${committee.id}": it is not part of the data they were computed from`);
    return found;
  };
  const core = statements && municipality && computeStatementCore({ municipality, committees, statements, of });
  const strategy = municipality?.strategy;
  const targets =
    strategy &&
    computeTargetResults({
      strategy,
      insideActuals: committees.map((c) => of(c).operations.groups.inside?.actual ?? BLANK),
      unit: municipality.unit,
      year: municipality.year,
      ...(core && { surpluses: core.surpluses }),
    });
  const statementFigures = core && completeStatements(core, municipality, targets);
  // A follow-up judges the targets on the committees' expected spending; its stated results are the annual
  // report's, so they are neither used nor checked again here.
  const expectedTargets =
    strategy && municipality.reports.some((r) => r.kind === "follow-up")
      ? computeTargetResults({
          strategy: { targets: strategy.targets.map((t) => (t.kind === "declared" || !("result" in t) ? t : { ...t, result: undefined })) },
          insideActuals: committees.map((c) => of(c).operations.groups.inside?.expected ?? BLANK),
          unit: municipality.unit,
          year: municipality.year,
          basis: "expected",
        })
      : undefined;
  const frozen = new Map((snapshots ?? []).map((s) => [s.name, new Map(s.committees.map((c) => [c.id, committeeFigures(c)]))]));
  const initiatives = computeInitiativeProjects(committees, municipality?.year ?? 0);
  const reconciliations = [
    ...[...byCommittee.values()].flatMap((f) => [...f.operations.reconciliations, ...(f.financing?.reconciliations ?? []), ...f.capital.reconciliations]),
    ...(targets?.reconciliations ?? []),
    ...initiatives.reconciliations,
  ];
  return {
    of,
    ...(targets && { targets }),
    ...(expectedTargets && { expectedTargets: { ...expectedTargets, reconciliations: [] } }),
    snapshot: (name, id) => frozen.get(name)?.get(id),
    carrier: (initiative) => initiatives.carriers.get(initiative),
    reconciliations,
    ...(statementFigures && { statements: statementFigures }),
  };
}
