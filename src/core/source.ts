// Where a figure comes from (its provenance), for the audit trail: written in a data file at a position, computed
// from named parts, or declared in the data and reconciled with what its parts give. Every amount carries its
// source from the moment it exists: the reader gives each amount it reads its position, compute's arithmetic
// (src/compute/arithmetic.ts) gives each figure it makes what it is made of. A table's cell is the figure's exact
// value, so every table that prints figures has their sources without carrying anything else; `sourceOf(cell)`
// finds it. The sources are kept beside the values (a WeakMap), never in them: a Decimal stays a Decimal, and a
// value no one holds any more takes its source with it.
import type { Decimal } from "./money.js";
import type { Pos } from "./problem.js";
import type { Unit } from "./units.js";

/** A stretch of a data file: the mapping a figure was read from (its row), from `from` up to `to`. */
export interface Span {
  from: Pos;
  to: { line: number; column: number };
}

/** A figure as the data file writes it, at `at` (its value); `row` is the mapping it stands in. */
export interface DataSource {
  kind: "data";
  at: Pos;
  row?: Span;
}

/**
 * A figure computed from `count` figures: their sum, a difference, or another operation (a mean, a share). `of`
 * names the parts and what they make, in the user's language ("rammens indsatsområder i den gruppe · bevillingsramme
 * 10.30, subtotal inden for servicerammen"); `at` is where that whole stands in the data (the frame), when it does.
 * A figure the data also declares, beyond what rounding explains, is printed as computed: `declared` is the
 * figure it disagrees with.
 */
export interface ComputedSource {
  kind: "computed";
  operation: "sum" | "difference" | "other";
  count: number;
  of?: string;
  at?: Pos;
  declared?: { value: Decimal; at: Pos; unit: Unit };
}

/** A figure the data declares (a total) or states (a result), printed as written, and reconciled with `derived`. */
export interface DeclaredSource {
  kind: "declared";
  at: Pos;
  row?: Span;
  derived: Decimal;
  count: number;
  of?: string;
  /** The unit the data was written in: the rounding difference is said in it. */
  unit: Unit;
}

export type Source = DataSource | ComputedSource | DeclaredSource;

const sources = new WeakMap<Decimal, Source>();

/** Gives a value its source (a later, fuller account of the same value replaces an earlier one); returns the value. */
export function withSource<T extends Decimal | undefined>(value: T, source: Source): T {
  if (value !== undefined) sources.set(value, source);
  return value;
}

/** A value that is another one shown otherwise (its sign turned, rounded to whole kroner): the other one's source. */
export function sameSource<T extends Decimal | undefined>(value: T, original: Decimal | undefined): T {
  const source = sourceOf(original);
  return source ? withSource(value, source) : value;
}

/** The source of a printed value; undefined for a value no reader or arithmetic made (and for text and blanks). */
export function sourceOf(value: unknown): Source | undefined {
  return typeof value === "object" && value !== null ? sources.get(value as Decimal) : undefined;
}
