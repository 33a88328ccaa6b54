// The arithmetic every statement shares: a row's figures per column (Figures with their rounded leaves, so that
// the identities can judge a difference as rounding or not), the comparisons the identities record, and how a
// stated figure meets its derived one.
import { Decimal } from "../../core/money.js";
import type { Pos } from "../../core/problem.js";
import type { Unit } from "../../core/units.js";
import type { Declared } from "../../model/declared.js";
import { STATEMENT_COLUMNS, type StatementColumn } from "../../model/statements.js";
import { BLANK, difference, leaf, sum, type Columns, type Figure } from "../arithmetic.js";
import { sameSource } from "../../core/source.js";
import { t } from "../../messages/index.js";

/** A row of the regnskabsopgørelse or the finansieringsoversigt: prior year, OB, KB, R, afvigelse (R − KB). */
export type RowFigures = Columns<StatementColumn>;

/** The columns that are figures of their own (the variance is derived from two of them). */
export const FIGURE_COLUMNS = ["prior", "adopted", "adjusted", "actual"] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** A row from its four figures; the variance is R − KB. */
export function row(figures: Partial<Record<FigureColumn, Figure>>): RowFigures {
  const adjusted = figures.adjusted ?? BLANK;
  const actual = figures.actual ?? BLANK;
  return { prior: figures.prior ?? BLANK, adopted: figures.adopted ?? BLANK, adjusted, actual, variance: difference(actual, adjusted) };
}

/** The column-wise sum of rows (the variance summed too: it is R − KB of the sums). */
export function sumRows(rows: readonly RowFigures[]): RowFigures {
  const out = {} as RowFigures;
  for (const c of STATEMENT_COLUMNS) out[c] = sum(rows.map((r) => r[c]));
  return out;
}

export function negate(f: Figure): Figure {
  return f.value === undefined ? f : { ...f, value: sameSource(f.value.negated(), f.value) };
}

export function negateRow(r: RowFigures): RowFigures {
  const out = {} as RowFigures;
  for (const c of STATEMENT_COLUMNS) out[c] = negate(r[c]);
  return out;
}

/** A figure as written in the data, with its position: a leaf of the sums (unknown when its part has an unreadable figure). */
export function declaredLeaf(d: Declared | undefined, unknown = false): Figure {
  return leaf(d?.value, unknown);
}

/**
 * What an identity of the statements found: `found` (the figure it doubts, at `at`) against `expected` (what
 * the other figures give for it). The checks judge them (src/validate/checks/statements/): no difference is
 * nothing, one within rounding of the `leaves` a warning, a larger one an error.
 */
export interface Comparison {
  identity: Identity;
  /** The statement or place the figure belongs to, e.g. "regnskabsopgørelsen". */
  statement: string;
  /** The row, e.g. "Driftsudgifter (ekskl. forsyningsvirksomhed)". */
  row: string;
  /** The column or date, e.g. "(3) actual", "31.12.2024". */
  column: string;
  at: Pos;
  found: Decimal;
  expected: Decimal;
  /** Rounded figures the comparison rests on, besides the doubted one. */
  leaves: number;
  /** The unit the doubted figure is written in: messages and the tolerance speak it. */
  unit: Unit;
  /** The figures `expected` is made of, for the message: label and value in kroner. */
  parts: { label: string; value: Decimal }[];
  /** Where `expected` comes from, in words, for the message: "the financing items of kind taxes". */
  source?: string;
  /** `found` is `expected` rounded to the unit (a stated average): half a unit of difference is none. */
  rounded?: boolean;
  /** The comparison is on the adjusted budget (the zero sum's message says how to leave that out). */
  adjustedBudget?: boolean;
}

/** The identities of statements.md that meet figures the data states; each is one check of the list. */
export type Identity =
  | "stated-row"
  | "financing-zero-sum"
  | "balance-balances"
  | "liquid-assets-movement"
  | "long-term-debt-movement"
  | "strategy-debt"
  | "strategy-surplus";

/** A column's name as messages give it, in the current language. */
export const columnWords = (c: StatementColumn): string => t().statements.columns[c];

/**
 * The printed figure of a row's column where the data also states it. A stated figure never replaces the derived
 * one: it is compared (recorded in `into`). Only where nothing derives the column — a prior year's subtotal whose
 * rows are not given — the stated figure is printed as it is.
 */
export function meet(
  derived: Figure,
  stated: Declared | undefined,
  ctx: { row: string; column: StatementColumn; statement: string; unit: Unit; into: Comparison[]; identity?: Identity; fallback: boolean; source?: string },
): Figure {
  if (!stated) return derived;
  if (derived.value === undefined && ctx.fallback) return leaf(stated.value);
  if (derived.unknown) return derived;
  ctx.into.push({
    identity: ctx.identity ?? "stated-row",
    statement: ctx.statement,
    row: ctx.row,
    column: columnWords(ctx.column),
    at: stated.at,
    found: stated.value,
    expected: derived.value ?? new Decimal(0),
    leaves: derived.leaves,
    unit: ctx.unit,
    parts: [],
    ...(ctx.source && { source: ctx.source }),
  });
  return derived;
}

/** Whether a figure is there to compare (a blank is no figure; a row with an error in its data is not trusted). */
export function known(f: Figure): f is Figure & { value: Decimal } {
  return f.value !== undefined && !f.unknown;
}
