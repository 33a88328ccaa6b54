// Reads a Danish CSV export: ";" between fields, decimal comma, Windows-1252 or UTF-8 (with or without a BOM).
// Parsing is csv-parse's (quotes, separators inside quotes, line breaks inside quotes); decoding is iconv-lite's.
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import type { Encoding } from "./mapping.js";
import type { SourceProblems } from "./location.js";
import { textCell, type SourceRow, type SourceSheet } from "./sheet.js";

const BOM = [0xef, 0xbb, 0xbf];

/** The text of a CSV file in its encoding; "auto" takes UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array, encoding: Encoding, source: string, problems: SourceProblems): string | undefined {
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  if (encoding === "windows-1252" || (encoding === "auto" && !hasBom && !isUtf8(bytes))) {
    return iconv.decode(Buffer.from(bytes), "win1252");
  }
  const text = new TextDecoder("utf-8").decode(hasBom ? bytes.subarray(3) : bytes);
  const bad = text.indexOf("\uFFFD");
  if (bad >= 0) {
    const row = text.slice(0, bad).split("\n").length;
    problems.error({ source, row }, "encoding", "the file is not valid UTF-8 as the mapping says: set source: encoding: windows-1252 (or auto) in the mapping, or save the file as UTF-8");
    return undefined;
  }
  return text;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

interface Parsed {
  record: string[];
  info: { lines: number };
}

export function readCsv(text: string, source: string, delimiter: string, headerRow: number, problems: SourceProblems): SourceSheet | undefined {
  let parsed: Parsed[];
  try {
    parsed = parse(text, { delimiter, relax_column_count: true, info: true }) as unknown as Parsed[];
  } catch (err) {
    const row = (err as { lines?: number }).lines;
    problems.error({ source, ...(row !== undefined && { row }) }, "csv-syntax", `the file cannot be read as CSV: ${(err as Error).message}. Check the quotes (") on that row`);
    return undefined;
  }
  // A record starts on the line after the one the previous record ended on.
  const rows: SourceRow[] = parsed.map((p, i) => ({ number: i === 0 ? 1 : parsed[i - 1]!.info.lines + 1, cells: p.record.map(textCell) }));
  const header = rows.find((r) => r.number === headerRow);
  if (!header) {
    problems.error({ source, row: headerRow }, "header-missing", `no record starts on line ${headerRow}: set header_row in the mapping to the line holding the column headers`);
    return undefined;
  }
  const headers = header.cells.map((c) => (typeof c === "string" ? c : undefined));
  const data = rows.filter((r) => r.number > headerRow);
  for (const r of data) checkWidth(r, headers.length, source, delimiter, problems);
  return { source, headerRow, headers, rows: data };
}

/** A value beyond the last header is a field split in two (an unquoted ";"), never something to drop. */
function checkWidth(row: SourceRow, width: number, source: string, delimiter: string, problems: SourceProblems): void {
  const extra = row.cells.findIndex((c, i) => i >= width && c !== undefined);
  if (extra >= 0) {
    problems.error(
      { source, row: row.number, column: extra + 1 },
      "csv-columns",
      `the row has ${row.cells.length} fields but the header has ${width}: a "${delimiter}" inside a value must be quoted ("…")`,
    );
  }
}
