// The report's tables as the templates receive them: a caption, column heads, and rows of finished figures.
// Cells hold exact amounts (formatted by the template helpers), undefined for a blank cell, or a literal
// marker such as "R" (regnskabsaflagt).
import type { Decimal } from "../core/money.js";
import { type DisplayUnit, TKR, unitLabel } from "../format/danish.js";
import { BUDGET_COLUMNS, CAPITAL_COLUMNS } from "../model/types.js";
import type { Columns } from "./arithmetic.js";
import type { BudgetRow, RowStyle } from "./operations.js";

export type Cell = Decimal | undefined | string;

export interface TableRow {
  label: string;
  style: RowStyle;
  cells: Cell[];
}

export interface AmountTable {
  /** HTML id, unique in the whole report. */
  anchor: string;
  /** "Tabel N" within its committee; absent for the report's own overview tables. */
  number?: number;
  caption: string;
  /** Head of the label column, with the unit: "Driftsvirksomhed (1.000 kr.)". */
  stub: string;
  columns: string[];
  unit: DisplayUnit;
  rows: TableRow[];
  note?: string;
  /** What the amounts' signs mean, where not "+ udgift, − indtægt" (a statement printed reversed, the balance). */
  signs?: string;
}

export function budgetColumnHeads(year: number): string[] {
  return [`Vedtaget budget ${year} (1)`, `Korrigeret budget ${year} (2)`, `Regnskab ${year} (3)`, "Resultat (3)-(2)=(4)"];
}

export function capitalColumnHeads(year: number): string[] {
  return [`Budget ${year}`, `Korrigeret budget ${year}`, `Regnskab ${year}`, "Forventede overførsler"];
}

export function stub(label: string, unit: DisplayUnit = TKR): string {
  return `${label} (${unitLabel(unit.unit)})`;
}

export function budgetCells(figures: Columns<(typeof BUDGET_COLUMNS)[number]>): Cell[] {
  return BUDGET_COLUMNS.map((c) => figures[c].value);
}

export function capitalCells(figures: Columns<(typeof CAPITAL_COLUMNS)[number]>): Cell[] {
  return CAPITAL_COLUMNS.map((c) => figures[c].value);
}

export function budgetRows(rows: BudgetRow[]): TableRow[] {
  return rows.map((r) => ({ label: r.label, style: r.style, cells: budgetCells(r.figures) }));
}
