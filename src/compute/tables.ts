// The report's tables as the templates receive them: a caption, column heads, and rows of finished figures.
// Cells hold exact amounts (formatted by the template helpers), undefined for a blank cell, or a literal
// marker such as "R" (regnskabsaflagt).
import type { Decimal } from "../core/money.js";
import { type DisplayUnit, TKR, unitLabel } from "../format/danish.js";
import type { RowStyle } from "./operations.js";

export type Cell = Decimal | undefined | string;

/** How a column's cells are shown: an amount in the table's unit, or a percentage (forbrug i pct. af (2)). */
export type CellFormat = "amount" | "percent";

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
  /** Per column, when not every column is an amount. */
  formats?: CellFormat[];
  rows: TableRow[];
  note?: string;
  /** What the amounts' signs mean, where not "+ udgift, − indtægt" (a statement printed reversed, the balance). */
  signs?: string;
}

export function stub(label: string, unit: DisplayUnit = TKR): string {
  return `${label} (${unitLabel(unit.unit)})`;
}
