// The rows of a source table that carry data, with the mapping's columns bound to the sheet's: grouped exports
// are filled down, subtotal rows and empty rows are skipped, and every value knows its cell for a message.
import type { Decimal } from "../core/money.js";
import { closest } from "../validate/schema.js";
import { readAmount } from "./amounts.js";
import type { SourcePos, SourceProblems } from "./location.js";
import type { TableMapping } from "./mapping.js";
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

  cellAt(field: F): SourcePos {
    const column = this.bound.columns.get(field)!;
    return { ...this.at, column: column + 1, header: this.bound.sheet.headers[column] };
  }

  cell(field: F): CellValue {
    const column = this.bound.columns.get(field);
    return column === undefined ? undefined : this.row.cells[column];
  }

  /** A required text; numbers are taken as written (12 → "12"). */
  text(field: F, what: string): string | undefined {
    const cell = this.cell(field);
    if (cell === undefined || typeof cell === "object") {
      const found = cell === undefined ? "the cell is empty" : `the cell holds ${cell.invalid}`;
      this.problems.error(this.cellAt(field), "value-missing", `${found}, but every row needs ${what}: fill it in, or skip such rows (skip: in the mapping)`);
      return undefined;
    }
    return String(cell);
  }

  /** An amount in kroner: null for an empty cell, undefined when the column is not mapped or the cell is wrong. */
  amount(field: F, unit: Unit): Decimal | null | undefined {
    if (!this.has(field)) return undefined;
    const read = readAmount(this.cell(field), unit);
    if (read.ok) return read.kroner;
    this.problems.error(this.cellAt(field), read.code, read.message);
    return undefined;
  }

  error(field: F | undefined, code: string, message: string): void {
    this.problems.error(field === undefined ? this.at : this.cellAt(field), code, message);
  }
}

interface BoundTable<F extends string> {
  sheet: SourceSheet;
  /** Field → 0-based column. */
  columns: Map<F, number>;
}

/** The data rows of a table, or undefined when a column the mapping names is not in the header row. */
export function dataRows<F extends string>(sheet: SourceSheet, table: TableMapping<F>, problems: SourceProblems): DataRow<F>[] | undefined {
  const headerAt: SourcePos = { source: sheet.source, ...(sheet.sheet !== undefined && { sheet: sheet.sheet }), row: sheet.headerRow };
  const find = (header: string, role: string): number | undefined => findColumn(sheet, header, role, headerAt, problems);
  const columns = new Map<F, number>();
  for (const [field, header] of Object.entries(table.columns) as [F, string][]) {
    const column = find(header, `${table.kind}: columns: ${field}`);
    if (column !== undefined) columns.set(field, column);
  }
  const fillDown = table.fillDown.map((h) => find(h, `${table.kind}: fill_down`));
  const skip = table.skip.map((rule) => ({ rule, column: find(rule.column, `${table.kind}: skip`) }));
  if (columns.size < Object.keys(table.columns).length || fillDown.includes(undefined) || skip.some((s) => s.column === undefined)) return undefined;

  const bound: BoundTable<F> = { sheet, columns };
  const above = new Map<number, CellValue>();
  const out: DataRow<F>[] = [];
  for (const row of sheet.rows) {
    const cells = [...row.cells];
    // Grouped exports print a group's value on its first row only; skipped rows (headings) set it too.
    for (const c of fillDown as number[]) {
      if (cells[c] === undefined) cells[c] = above.get(c);
      else above.set(c, cells[c]);
    }
    if (cells.every((c) => c === undefined)) continue;
    if (skip.some(({ rule, column }) => skips(rule.matches, cells[column!]))) continue;
    out.push(new DataRow({ number: row.number, cells }, bound, problems));
  }
  return out;
}

function skips(matches: RegExp | undefined, cell: CellValue): boolean {
  if (matches === undefined) return cell === undefined;
  return cell !== undefined && typeof cell !== "object" && matches.test(String(cell));
}

function findColumn(sheet: SourceSheet, header: string, role: string, at: SourcePos, problems: SourceProblems): number | undefined {
  const norm = (h: string | undefined): string | undefined => h?.trim().toLowerCase();
  const matches = sheet.headers.flatMap((h, i) => (norm(h) === norm(header) ? [i] : []));
  if (matches.length === 1) return matches[0];
  const known = sheet.headers.filter((h): h is string => h !== undefined);
  if (matches.length === 0) {
    const guess = closest(header, known);
    problems.error(
      at,
      "column-missing",
      `the header row has no column "${header}" (named in the mapping's ${role})` +
        (guess ? ` — did you mean "${guess}"?` : "") +
        ` Its columns are: ${known.map((h) => `"${h}"`).join(", ")}. Check header_row and the header text`,
    );
  } else {
    problems.error(at, "column-ambiguous", `the header row has ${matches.length} columns "${header}" (named in the mapping's ${role}): rename one in the export`);
  }
  return undefined;
}
