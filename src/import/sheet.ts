// One table of an export as the import sees it, whether it came from an Excel sheet or a CSV file: a header
// row and data rows of cells, every row knowing its number so that problems can point at it.

/** A cell: text (trimmed, never empty), a number (Excel only), empty, or something that is no value at all. */
export type CellValue = string | number | { invalid: string } | undefined;

export interface SourceRow {
  /** The row's number as Excel shows it (CSV: the line the record starts on). */
  number: number;
  /** cells[0] is column A. */
  cells: CellValue[];
  /** Excel only: the columns (0-based) whose cell is part of a merged cell but not its first (so empty). */
  merged?: number[];
}

export interface SourceSheet {
  source: string;
  /** Excel only. */
  sheet?: string;
  headerRow: number;
  /** headers[0] is column A's header text; undefined for an empty header cell. */
  headers: (string | undefined)[];
  /** The rows below the header row, in order. */
  rows: SourceRow[];
}

/** Text cells are trimmed; an empty or blank text is an empty cell. */
export function textCell(text: string): CellValue {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}
