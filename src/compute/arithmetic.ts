// The one place that adds money. A Figure is a value (undefined = blank cell) and the number of rounded
// source figures it is built from ("leaves"), which bounds how far a declared total may honestly differ from
// the sum of printed parts: half a unit per leaf plus half a unit for the declared figure (data-format.md).
import { Decimal } from "../core/money.js";
import type { Declared } from "../model/declared.js";
import { UNIT_FACTOR, type Unit } from "../core/units.js";

export interface Figure {
  value: Decimal | undefined;
  leaves: number;
  /** Built from a row whose data has an error: no check may rest on it (the error is reported already). */
  unknown?: boolean;
}

export const BLANK: Figure = { value: undefined, leaves: 0 };

export function leaf(value: Decimal | undefined, unknown = false): Figure {
  return { value, leaves: value === undefined ? 0 : 1, ...(unknown && { unknown }) };
}

/** Sum with blanks as 0; blank only when every part is blank (nothing budgeted or booked). */
export function sum(parts: readonly Figure[]): Figure {
  let value: Decimal | undefined;
  let leaves = 0;
  let unknown = false;
  for (const p of parts) {
    leaves += p.leaves;
    unknown ||= p.unknown === true;
    if (p.value !== undefined) value = (value ?? new Decimal(0)).plus(p.value);
  }
  return { value, leaves, ...(unknown && { unknown }) };
}

/** (4) = (3) − (2), blanks as 0; blank when both are blank. */
export function difference(actual: Figure, budget: Figure): Figure {
  const unknown = actual.unknown === true || budget.unknown === true;
  if (actual.value === undefined && budget.value === undefined) return unknown ? { ...BLANK, unknown } : BLANK;
  const value = (actual.value ?? new Decimal(0)).minus(budget.value ?? new Decimal(0));
  return { value, leaves: actual.leaves + budget.leaves, ...(unknown && { unknown }) };
}

/**
 * A figure the data declares (a total) or states (a result), with what the data derives for it: the validate
 * stage judges every one (src/validate/checks/judge.ts). Totals must agree to the krone, or within what rounding
 * of the parts explains; a stated result is a rounded figure itself, so half a unit of difference is none.
 */
export interface Reconciliation {
  kind: "total" | "result";
  /** What the figure is, in the user's language (t().figures): `bevillingsramme 10.26, subtotal uden for servicerammen`. */
  subject: string;
  column: string;
  declared: Declared;
  derived: Decimal;
  leaves: number;
  /** Unit the data was written in: messages and tolerances speak it. */
  unit: Unit;
  /** What the parts are, in the user's language (t().figures.parts): "rammens indsatsområder i den gruppe", "(3) − (2)". */
  parts: string;
}

/** Where `settle` records the reconciliations of one table or target, and what they are about. */
export interface ReconcileContext {
  kind: Reconciliation["kind"];
  subject: string;
  parts: string;
  unit: Unit;
  into: Reconciliation[];
}

/**
 * The figure a table prints: the declared one when the data states it (a total rounded from kroner is truer
 * than the sum of rounded lines), else the computed one. Every declared figure is recorded for reconciliation.
 * A declared figure beyond rounding is wrong: the computed one goes upward, so the error is reported once.
 */
export function settle(computed: Figure, declared: Declared | undefined, column: string, ctx: ReconcileContext): Figure {
  if (!declared) return computed;
  if (computed.unknown) return { value: declared.value, leaves: computed.leaves, unknown: true };
  const reconciliation: Reconciliation = {
    kind: ctx.kind,
    subject: ctx.subject,
    column,
    declared,
    derived: computed.value ?? new Decimal(0),
    leaves: computed.leaves,
    unit: ctx.unit,
    parts: ctx.parts,
  };
  ctx.into.push(reconciliation);
  return withinRounding(reconciliation) ? { value: declared.value, leaves: computed.leaves } : computed;
}

/** Half a unit of the data's unit per summed figure, plus half a unit for the declared figure itself. */
export function tolerance(r: Reconciliation): Decimal {
  return UNIT_FACTOR[r.unit].times(r.leaves + 1).dividedBy(2);
}

export function withinRounding(r: Reconciliation): boolean {
  return r.declared.value.minus(r.derived).abs().lessThanOrEqualTo(tolerance(r));
}

export type Columns<C extends string> = Record<C, Figure>;

/** Sums each column over a set of rows. */
export function sumColumns<C extends string>(columns: readonly C[], rows: readonly Columns<C>[]): Columns<C> {
  const out = {} as Columns<C>;
  for (const c of columns) out[c] = sum(rows.map((r) => r[c]));
  return out;
}
