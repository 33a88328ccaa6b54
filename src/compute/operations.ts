// Tabel 1 (operations by frame and activity line) and the financing table: every row's four figures, summed
// bottom-up — line → frame subtotal per service group → frame → committee subtotal → Årets resultat — with
// every declared figure recorded as a reconciliation against the sum of its parts.
import { SERVICE_GROUPS, type BudgetFigures, type BudgetTotalColumn, type Committee, type Frame, type Line, type ServiceGroup } from "../model/types.js";
import type { Declared, DeclaredFigures } from "../model/declared.js";
import { difference, leaf, settle, sumColumns, unknownIf, type Columns, type ReconcileContext, type Reconciliation } from "./arithmetic.js";
import { t } from "../messages/index.js";

/**
 * Every figure of a row of Tabel 1: the annual four, the prior year's actual, a follow-up's expected and spent,
 * and the follow-up's (4) = expected − (2). Each report prints the columns its kind has (columns.ts).
 */
export const FIGURE_COLUMNS = ["adopted", "adjusted", "actual", "variance", "prior", "expected", "spent", "expectedVariance"] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];
export type BudgetFiguresOf = Columns<FigureColumn>;
/** total: the table's total (bold, banded); frame: bold (a frame, a subtotal); group: italic (a service group, a
 * heading); line: an indented row under one of those; item: a plain row of a statement, not indented. */
export type RowStyle = "total" | "group" | "frame" | "line" | "item";

export interface BudgetRow {
  /** Identifies the row across builds and snapshots: "total", "group:inside", "frame:10.26", "line:10.26:inside:Busser". */
  key: string;
  label: string;
  style: RowStyle;
  figures: BudgetFiguresOf;
}

export interface FrameResult {
  frame: Frame;
  groups: Partial<Record<ServiceGroup, BudgetFiguresOf>>;
  /** The frame's lines with their figures, grouped by service group in the frame's order. */
  lines: Partial<Record<ServiceGroup, { line: Line; figures: BudgetFiguresOf }[]>>;
  totals: BudgetFiguresOf;
}

export interface OperationsResult {
  rows: BudgetRow[];
  frames: FrameResult[];
  groups: Partial<Record<ServiceGroup, BudgetFiguresOf>>;
  totals: BudgetFiguresOf;
  reconciliations: Reconciliation[];
}

export const GROUP_LABEL: Record<ServiceGroup, string> = {
  inside: "Inden for servicerammen",
  outside: "Uden for servicerammen",
};

/** One row's figures: as written, (4) = (3) − (2) unless a declared variance settles it, and expected − (2). */
function rowFigures(item: BudgetFigures & { variance?: Declared; unreliable?: boolean }, ctx: ReconcileContext): BudgetFiguresOf {
  const unknown = item.unreliable === true;
  const adjusted = leaf(item.adjusted, unknown);
  const actual = leaf(item.actual, unknown);
  const expected = leaf(item.expected, unknown);
  return {
    adopted: leaf(item.adopted, unknown),
    adjusted,
    actual,
    variance: settle(difference(actual, adjusted), item.variance, t().figures.columns.variance, { ...ctx, parts: t().figures.parts.variance }),
    prior: leaf(item.prior, unknown),
    expected,
    spent: leaf(item.spent, unknown),
    expectedVariance: difference(expected, adjusted),
  };
}

/** Sums rows, then lets each declared column settle the result; a follow-up's (4) is expected − (2) of the settled figures. */
function settleColumns(parts: readonly BudgetFiguresOf[], declared: DeclaredFigures<BudgetTotalColumn> | undefined, ctx: ReconcileContext, unreadable = false): BudgetFiguresOf {
  const computed = unknownIf(unreadable, sumColumns(FIGURE_COLUMNS, parts));
  const out = {} as BudgetFiguresOf;
  for (const c of FIGURE_COLUMNS) out[c] = c === "expectedVariance" ? computed[c] : settle(computed[c], declared?.[c], t().figures.columns[c], ctx);
  return out;
}

/** Tabel 1 of a committee: its frames, their lines and subtotals, the committee's subtotals and total. */
export function computeOperations(committee: Committee): OperationsResult {
  const into: Reconciliation[] = [];
  const unit = committee.unit;
  const frames = committee.frames.map((frame) => computeFrame(frame, unit, into));
  const groups: OperationsResult["groups"] = {};
  for (const g of SERVICE_GROUPS) {
    const parts = frames.map((f) => f.groups[g]).filter((x): x is BudgetFiguresOf => x !== undefined);
    if (parts.length === 0 && !committee.serviceTotals[g]) continue;
    groups[g] = settleColumns(parts, committee.serviceTotals[g], {
      kind: "total",
      subject: t().figures.subject.committeeGroup(g),
      parts: t().figures.parts.frames,
      unit,
      into,
      at: committee.at,
    }, committee.unreliableTotals);
  }
  const totals = settleColumns(Object.values(groups), committee.totals, {
    kind: "total",
    subject: t().figures.subject.committeeTotal,
    parts: t().figures.parts.groups,
    unit,
    into,
    at: committee.at,
  }, committee.unreliableTotals);
  return { rows: operationsRows(frames, groups, totals), frames, groups, totals, reconciliations: into };
}

function computeFrame(frame: Frame, unit: Committee["unit"], into: Reconciliation[]): FrameResult {
  const groups: FrameResult["groups"] = {};
  const lines: FrameResult["lines"] = {};
  for (const g of SERVICE_GROUPS) {
    const inGroup = frame.lines.filter((l) => l.service === g);
    if (inGroup.length === 0 && !frame.serviceTotals[g]) continue;
    lines[g] = inGroup.map((line) => ({
      line,
      figures: rowFigures(line, { kind: "total", subject: t().figures.subject.line(frame.number, line.name), parts: "", unit, into, at: line.at }),
    }));
    groups[g] = settleColumns(lines[g].map((l) => l.figures), frame.serviceTotals[g], {
      kind: "total",
      subject: t().figures.subject.frameGroup(frame.number, g),
      parts: t().figures.parts.lines,
      unit,
      into,
      at: frame.at,
    }, frame.unreliableTotals);
  }
  const totals = settleColumns(Object.values(groups), frame.totals, {
    kind: "total",
    subject: t().figures.subject.frameTotal(frame.number),
    parts: t().figures.parts.frameGroups,
    unit,
    into,
    at: frame.at,
  }, frame.unreliableTotals);
  return { frame, groups, lines, totals };
}

function operationsRows(frames: FrameResult[], groups: OperationsResult["groups"], totals: BudgetFiguresOf): BudgetRow[] {
  const rows: BudgetRow[] = [{ key: "total", label: "Årets resultat", style: "total", figures: totals }];
  for (const g of SERVICE_GROUPS) {
    const figures = groups[g];
    if (figures) rows.push({ key: `group:${g}`, label: GROUP_LABEL[g], style: "group", figures });
  }
  for (const f of frames) {
    const frame = `frame:${f.frame.number}`;
    rows.push({ key: frame, label: `${f.frame.number} ${f.frame.name}`, style: "frame", figures: f.totals });
    for (const g of SERVICE_GROUPS) {
      const figures = f.groups[g];
      if (!figures) continue;
      rows.push({ key: `${frame}:${g}`, label: GROUP_LABEL[g], style: "group", figures });
      const seen = new Map<string, number>();
      for (const { line, figures } of f.lines[g] ?? []) {
        // The same name twice in a group (a page-break repeat in the source) stays two rows with two keys.
        const n = (seen.get(line.name) ?? 0) + 1;
        seen.set(line.name, n);
        rows.push({ key: `line:${f.frame.number}:${g}:${line.name}${n > 1 ? `#${n}` : ""}`, label: line.name, style: "line", figures });
      }
    }
  }
  return rows;
}

export interface FinancingResult {
  rows: BudgetRow[];
  totals: BudgetFiguresOf;
  reconciliations: Reconciliation[];
}

/** The financing table (finansieringsposter): one row per item, total "I alt", no subtotals. */
export function computeFinancing(committee: Committee): FinancingResult | undefined {
  if (committee.financing.length === 0) return undefined;
  const into: Reconciliation[] = [];
  const unit = committee.unit;
  const items = committee.financing.map((item) => ({
    item,
    figures: rowFigures(item, { kind: "total", subject: t().figures.subject.financingItem(item.number, item.name), parts: "", unit, into, at: item.at }),
  }));
  const totals = settleColumns(
    items.map((i) => i.figures),
    committee.financingTotals,
    { kind: "total", subject: t().figures.subject.financingTotal, parts: t().figures.parts.financing, unit, into, at: committee.at },
    committee.unreliableTotals,
  );
  const rows: BudgetRow[] = [
    { key: "total", label: "I alt", style: "total", figures: totals },
    ...items.map(({ item, figures }) => ({ key: `item:${item.number}`, label: `${item.number} ${item.name}`, style: "frame" as const, figures })),
  ];
  return { rows, totals, reconciliations: into };
}

