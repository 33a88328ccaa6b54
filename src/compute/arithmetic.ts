// The one place that adds money. A Figure is a value (undefined = blank cell) and the number of rounded
// source figures it is built from ("leaves"), which bounds how far a declared total may honestly differ from
// the sum of printed parts: half a unit per leaf plus half a unit for the declared figure (data-format.md).
//
// Every figure made here gets its source (src/core/source.ts), the audit trail: a sum or difference knows how many
// figures it is made of, `settle` names them and what they make, and a declared figure keeps its reconciliation.
// A figure read from the data has its position already (the reader gave it).
import { Decimal } from "../core/money.js";
import type { Pos } from "../core/problem.js";
import { sourceOf, withSource, type ComputedSource } from "../core/source.js";
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

/** Sum with blanks as 0; blank only when every part is blank (nothing budgeted or booked). `of` names the parts. */
export function sum(parts: readonly Figure[], of?: string): Figure {
  let value: Decimal | undefined;
  let leaves = 0;
  let unknown = false;
  for (const p of parts) {
    leaves += p.leaves;
    unknown ||= p.unknown === true;
    if (p.value !== undefined) value = (value ?? new Decimal(0)).plus(p.value);
  }
  const count = parts.filter((p) => p.value !== undefined).length;
  return { value: withSource(value, { kind: "computed", operation: "sum", count, ...(of !== undefined && { of }) }), leaves, ...(unknown && { unknown }) };
}

/** (4) = (3) − (2), blanks as 0; blank when both are blank. */
export function difference(actual: Figure, budget: Figure): Figure {
  const unknown = actual.unknown === true || budget.unknown === true;
  if (actual.value === undefined && budget.value === undefined) return unknown ? { ...BLANK, unknown } : BLANK;
  const value = (actual.value ?? new Decimal(0)).minus(budget.value ?? new Decimal(0));
  const count = [actual, budget].filter((p) => p.value !== undefined).length;
  withSource(value, { kind: "computed", operation: "difference", count });
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
  /** Where the whole the figure belongs to stands in the data (the frame, the committee), for the audit trail. */
  at?: Pos;
}

/**
 * The figure a table prints: the declared one when the data states it (a total rounded from kroner is truer
 * than the sum of rounded lines), else the computed one. Every declared figure is recorded for reconciliation.
 * A declared figure beyond rounding is wrong: the computed one goes upward, so the error is reported once.
 */
export function settle(computed: Figure, declared: Declared | undefined, column: string, ctx: ReconcileContext): Figure {
  const source = nameParts(computed.value, ctx.parts ? `${ctx.parts} · ${ctx.subject}` : ctx.subject, ctx.at);
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
  if (withinRounding(reconciliation)) {
    const read = sourceOf(declared.value);
    const row = read?.kind === "data" ? read.row : undefined;
    const of = { ...(source?.of !== undefined && { of: source.of }), ...(row && { row }) };
    withSource(declared.value, { kind: "declared", at: declared.at, derived: reconciliation.derived, count: source?.count ?? 0, unit: ctx.unit, ...of });
    return { value: declared.value, leaves: computed.leaves };
  }
  if (source) withSource(computed.value, { ...source, declared: { value: declared.value, at: declared.at, unit: ctx.unit } });
  return computed;
}

/** Names what a computed figure is made of (its parts and the whole they make) and where that whole stands. */
export function nameParts(value: Decimal | undefined, of: string, at?: Pos): ComputedSource | undefined {
  const source = sourceOf(value);
  if (source?.kind !== "computed") return undefined;
  const described: ComputedSource = { ...source, of, ...(at && { at }) };
  withSource(value, described);
  return described;
}

/**
 * A value computed otherwise than by `sum` or `difference` (a mean, a share, result − target), from `count`
 * figures that `of` names: returned with its source, so that a table printing it can say where it comes from.
 */
export function derive<T extends Decimal | undefined>(value: T, count: number, of: string, operation: ComputedSource["operation"] = "other", at?: Pos): T {
  return withSource(value, { kind: "computed", operation, count, of, ...(at && { at }) });
}

/**
 * Σ of exact values (0 when there are none), a new value with its source: the sum of those present, which `of`
 * names, belonging to the whole at `at`. For figures summed outside a table's Figures (the overviews).
 */
export function total(values: readonly (Decimal | undefined)[], of: string, at?: Pos): Decimal {
  const present = values.filter((v): v is Decimal => v !== undefined);
  const value = present.reduce((acc, v) => acc.plus(v), new Decimal(0));
  return withSource(value, { kind: "computed", operation: "sum", count: present.length, of, ...(at && { at }) });
}

/** Half a unit of the data's unit per summed figure, plus half a unit for the declared figure itself. */
export function tolerance(r: Reconciliation): Decimal {
  return UNIT_FACTOR[r.unit].times(r.leaves + 1).dividedBy(2);
}

export function withinRounding(r: Reconciliation): boolean {
  return r.declared.value.minus(r.derived).abs().lessThanOrEqualTo(tolerance(r));
}

export type Columns<C extends string> = Record<C, Figure>;

/**
 * The columns as they are, or — when a declared figure of their row could not be read (its error is reported) —
 * each unknown: the row's sums are not trusted upward, so no reconciliation above follows from that error.
 */
export function unknownIf<C extends string>(unreadable: boolean | undefined, columns: Columns<C>): Columns<C> {
  if (!unreadable) return columns;
  const out = {} as Columns<C>;
  for (const c of Object.keys(columns) as C[]) out[c] = { ...columns[c], unknown: true };
  return out;
}

/** Sums each column over a set of rows; `of` names the rows summed. */
export function sumColumns<C extends string>(columns: readonly C[], rows: readonly Columns<C>[], of?: string): Columns<C> {
  const out = {} as Columns<C>;
  for (const c of columns) out[c] = sum(rows.map((r) => r[c]), of);
  return out;
}
