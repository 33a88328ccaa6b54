// A committee's operations and capital split by area (tax-financed, supply, land), for the regnskabsopgørelse.
// Each part is the figure the committee's own tables print wherever one exists — the committee's total when all
// of it is in one area, a frame's total when the frame is — and the sum of its lines or projects otherwise, so
// that the statement's rows agree with the tables a reader compares them with.
import { AREAS, type Area } from "../../model/statements.js";
import type { Committee, Frame } from "../../model/types.js";
import { BLANK, leaf, sum, type Figure } from "../arithmetic.js";
import type { CapitalResult } from "../capital.js";
import type { BudgetFiguresOf, OperationsResult } from "../operations.js";

/** A committee's summed tables, as far as the split needs them. */
export interface CommitteeTables {
  operations: OperationsResult;
  capital: CapitalResult;
}

/** OB, KB and R of one part. */
export interface BudgetPart {
  adopted: Figure;
  adjusted: Figure;
  actual: Figure;
}

export interface AreaSplit {
  operations: Record<Area, BudgetPart>;
  capital: Record<Area, BudgetPart>;
}

const NONE: BudgetPart = { adopted: BLANK, adjusted: BLANK, actual: BLANK };

export function splitByArea(committee: Committee, figures: CommitteeTables): AreaSplit {
  return { operations: operations(committee, figures), capital: capital(committee, figures) };
}

function operations(committee: Committee, figures: CommitteeTables): Record<Area, BudgetPart> {
  const areas = new Set(committee.frames.flatMap(frameAreas));
  const only = areas.size === 1 ? [...areas][0]! : undefined;
  if (only) return byArea((a) => (a === only ? part(figures.operations.totals) : NONE));
  return byArea((a) =>
    sumParts(
      figures.operations.frames.flatMap((f) => {
        const own = frameAreas(f.frame);
        if (own.length === 1) return own[0] === a ? [part(f.totals)] : [];
        const lines = Object.values(f.lines).flat();
        return lines.filter(({ line }) => (line.area ?? f.frame.area ?? "tax") === a).map(({ figures: l }) => part(l));
      }),
    ),
  );
}

/** The areas of a frame's lines (a frame without lines: its own). */
function frameAreas(frame: Frame): Area[] {
  const own = frame.area ?? "tax";
  return frame.lines.length === 0 ? [own] : [...new Set(frame.lines.map((l) => l.area ?? own))];
}

function capital(committee: Committee, figures: CommitteeTables): Record<Area, BudgetPart> {
  const areas = new Set(committee.capital.map((p) => p.area ?? "tax"));
  const totals = figures.capital.totals;
  if (areas.size <= 1) {
    const only = [...areas][0];
    return byArea((a) => (a === only ? { adopted: totals.budget, adjusted: totals.adjusted, actual: totals.actual } : NONE));
  }
  return byArea((a) =>
    sumParts(
      figures.capital.rows
        .filter((r) => (r.project.area ?? "tax") === a)
        .map((r) => ({ adopted: r.figures.budget, adjusted: r.figures.adjusted, actual: r.figures.actual })),
    ),
  );
}

function part(f: BudgetFiguresOf): BudgetPart {
  return { adopted: f.adopted, adjusted: f.adjusted, actual: f.actual };
}

export function sumParts(parts: readonly BudgetPart[]): BudgetPart {
  return { adopted: sum(parts.map((p) => p.adopted)), adjusted: sum(parts.map((p) => p.adjusted)), actual: sum(parts.map((p) => p.actual)) };
}

function byArea(make: (a: Area) => BudgetPart): Record<Area, BudgetPart> {
  return Object.fromEntries(AREAS.map((a) => [a, make(a)])) as Record<Area, BudgetPart>;
}

/** A financing item's figures as leaves (an item with an error in its data is not trusted). */
export function itemPart(item: { adopted?: Figure["value"]; adjusted?: Figure["value"]; actual?: Figure["value"]; unreliable?: boolean }): BudgetPart {
  return { adopted: leaf(item.adopted, item.unreliable), adjusted: leaf(item.adjusted, item.unreliable), actual: leaf(item.actual, item.unreliable) };
}
