// The rows of a source table that carry data, with the mapping's columns bound to the sheet's: grouped exports
// are filled down, total rows are set apart, subtotal and empty rows are skipped, and every value knows its
// cell for a message.
import type { Decimal } from "../core/money.js";
import { closest } from "../validate/schema.js";
import { readAmount } from "./amounts.js";
import type { SourcePos, SourceProblems } from "./location.js";
import type { RowRule, TableMapping, TotalRule } from "./mapping.js";
import * as say from "./messages.js";
import { t } from "../messages/index.js";
import type { Message } from "../core/problem.js";
import { type CellValue, type SourceRow, type SourceSheet } from "./sheet.js";
import type { Unit } from "../core/units.js";

/** A data row; reading a value reports what is wrong with it and answers undefined. */
export class DataRow<F extends string> {
  constructor(
    private readonly row: SourceRow,
    private readonly bound: BoundTable<F>,
    private readonly problems: SourceProblems,
  ) {}

  get number(): number {
    return this.row.number;
  }

  /** The row as a whole, for problems that are not about one cell. */
  get at(): SourcePos {
    return { source: this.bound.sheet.source, ...(this.bound.sheet.sheet !== undefined && { sheet: this.bound.sheet.sheet }), row: this.row.number };
  }

  has(field: F): boolean {
    return this.bound.columns.has(field);
  }

  /** The cell of the field's column (of its `i`th column, for a field read from several). */
  cellAt(field: F, i = 0): SourcePos {
    const column = this.bound.columns.get(field)![i]!;
    return { ...this.at, column: column + 1, header: this.bound.sheet.headers[column] };
  }

  cell(field: F): CellValue {
    const column = this.bound.columns.get(field)?.[0];
    return column === undefined ? undefined : this.row.cells[column];
  }

  /** The cells of a field read from several columns, in the mapping's order. */
  cells(field: F): CellValue[] {
    return (this.bound.columns.get(field) ?? []).map((c) => this.row.cells[c]);
  }

  /** A required text; numbers are taken as written (12 → "12"). `what`: what every row needs (t().import.needs). */
  text(field: F, what: string): string | undefined {
    const cell = this.cell(field);
    if (cell === undefined || typeof cell === "object") {
      const column = this.bound.columns.get(field)![0]!;
      const merged = cell === undefined && this.row.merged?.includes(column);
      const found = cell === undefined ? t().import.cellEmpty : t().import.cellHolds(cell.invalid);
      this.problems.error(this.cellAt(field), merged ? say.valueMissingMerged(what, this.bound.sheet.headers[column] ?? "") : say.valueMissing(found, what));
      return undefined;
    }
    return String(cell);
  }

  /** An amount in kroner: null for an empty cell, undefined when the column is not mapped or the cell is wrong. */
  amount(field: F, unit: Unit): Decimal | null | undefined {
    if (!this.has(field)) return undefined;
    const read = readAmount(this.cell(field), unit);
    if (read.ok) return read.kroner;
    this.problems.error(this.cellAt(field), read);
    return undefined;
  }

  /** A problem at the field's cell (its `i`th, for a field read from several columns), or at the row. */
  error(field: F | undefined, message: Message, i = 0): void {
    this.problems.error(field === undefined ? this.at : this.cellAt(field, i), message);
  }
}

interface BoundTable<F extends string> {
  sheet: SourceSheet;
  /** Field → its 0-based columns (several only for an account read from several columns). */
  columns: Map<F, number[]>;
}

export interface TotalRow<F extends string> {
  rule: TotalRule;
  row: DataRow<F>;
}

export interface TableRows<F extends string> {
  data: DataRow<F>[];
  totals: TotalRow<F>[];
}

/** The data rows and total rows of a table, or undefined when a column the mapping names is not in the header row. */
export function dataRows<F extends string>(sheet: SourceSheet, table: TableMapping<F>, problems: SourceProblems): TableRows<F> | undefined {
  const headerAt: SourcePos = { source: sheet.source, ...(sheet.sheet !== undefined && { sheet: sheet.sheet }), row: sheet.headerRow };
  const find = (header: string, role: string): number | undefined => findColumn(sheet, header, role, headerAt, problems);
  const columns = new Map<F, number[]>();
  let missing = false;
  for (const [field, headers] of Object.entries(table.columns) as [F, string[]][]) {
    const found = headers.map((h) => find(h, `${table.kind}: columns: ${field}`));
    if (found.every((c): c is number => c !== undefined)) columns.set(field, found);
    else missing = true;
  }
  const fillDown = table.fillDown.map((h) => find(h, `${table.kind}: fill_down`));
  const bindRules = <R extends RowRule>(rules: R[], key: string) => rules.map((rule) => ({ rule, column: find(rule.column, `${table.kind}: ${key}`) }));
  const skip = bindRules(table.skip, "skip");
  const totals = bindRules(table.totalRows, "total_rows");
  if (missing || fillDown.includes(undefined) || [...skip, ...totals].some((s) => s.column === undefined)) return undefined;

  const bound: BoundTable<F> = { sheet, columns };
  const above = new Map<number, CellValue>();
  const out: TableRows<F> = { data: [], totals: [] };
  for (const row of sheet.rows) {
    const cells = [...row.cells];
    // Grouped exports print a group's value on its first row only; skipped rows (headings) set it too.
    for (const c of fillDown as number[]) {
      if (cells[c] === undefined) cells[c] = above.get(c);
      else above.set(c, cells[c]);
    }
    if (cells.every((c) => c === undefined)) continue;
    const picked = (r: { rule: RowRule; column: number | undefined }): boolean => picks(r.rule.matches, cells[r.column!]);
    const total = totals.find(picked);
    const dataRow = new DataRow({ number: row.number, cells, ...(row.merged && { merged: row.merged }) }, bound, problems);
    if (total) out.totals.push({ rule: total.rule, row: dataRow });
    else if (!skip.some(picked)) out.data.push(dataRow);
  }
  return out;
}

function picks(matches: RegExp | undefined, cell: CellValue): boolean {
  if (matches === undefined) return cell === undefined;
  return cell !== undefined && typeof cell !== "object" && matches.test(String(cell));
}

function findColumn(sheet: SourceSheet, header: string, role: string, at: SourcePos, problems: SourceProblems): number | undefined {
  const norm = (h: string | undefined): string | undefined => h?.trim().toLowerCase();
  const matches = sheet.headers.flatMap((h, i) => (norm(h) === norm(header) ? [i] : []));
  if (matches.length === 1) return matches[0];
  const known = sheet.headers.filter((h): h is string => h !== undefined);
  // Only a header of about the same length can be a near miss; a huge cell must not cost an edit distance.
  const near = known.filter((h) => Math.abs(h.length - header.length) <= Math.max(1, Math.floor(header.length / 3)));
  if (matches.length === 0) problems.error(at, say.columnMissing(header, role, closest(header, near), known));
  else problems.error(at, say.columnAmbiguous(matches.length, header, role));
  return undefined;
}
