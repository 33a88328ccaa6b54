// Reads a Danish CSV export: ";" between fields, decimal comma; Windows-1252, UTF-8 or UTF-16. A byte-order
// mark settles the encoding; without one the mapping's encoding is used, and a file whose bytes plainly are
// another encoding than the mapping says is refused once, naming the encoding that fits — not row by row.
// Parsing is csv-parse's (quotes, separators inside quotes, line breaks inside quotes); decoding is iconv-lite's.
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import type { Encoding } from "./mapping.js";
import type { SourceProblems } from "./location.js";
import * as say from "./messages.js";
import { textCell, type SourceRow, type SourceSheet } from "./sheet.js";

type Unicode = "utf-8" | "utf-16le" | "utf-16be";

const BOMS: [Unicode, number[]][] = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

/** The text of a CSV file; undefined when its bytes are not in the encoding they must be in (reported). */
export function decodeCsv(bytes: Uint8Array, encoding: Encoding, source: string, problems: SourceProblems): string | undefined {
  const bom = BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b));
  if (bom) {
    const [found, mark] = bom;
    if (encoding !== "auto" && encoding !== found) problems.warning({ source }, say.bomOverridesMapping(encoding, found));
    return decodeUnicode(bytes.subarray(mark.length), found, source, problems);
  }
  const utf16 = utf16Without(bytes);
  if (utf16 && encoding !== utf16) {
    problems.error({ source }, say.utf16WithoutBom(utf16));
    return undefined;
  }
  if (encoding === "utf-16le" || encoding === "utf-16be" || encoding === "utf-8") return decodeUnicode(bytes, encoding, source, problems);
  const utf8 = isUtf8(bytes);
  if (encoding === "auto") return utf8 ? new TextDecoder("utf-8").decode(bytes) : iconv.decode(Buffer.from(bytes), "win1252");
  if (utf8) {
    const wrong = firstNonAscii(bytes);
    if (wrong) {
      problems.error({ source, row: wrong.row }, say.utf8UnderWindows1252(iconv.decode(wrong.value, "win1252"), new TextDecoder("utf-8").decode(wrong.value)));
      return undefined;
    }
  }
  return iconv.decode(Buffer.from(bytes), "win1252");
}

function decodeUnicode(bytes: Uint8Array, encoding: Unicode, source: string, problems: SourceProblems): string | undefined {
  if (encoding === "utf-16be" && bytes.length % 2 === 1) {
    problems.error({ source }, say.notUtf16(encoding));
    return undefined;
  }
  const text = new TextDecoder(encoding).decode(bytes);
  const bad = text.indexOf("\uFFFD");
  if (bad < 0) return text;
  const row = text.slice(0, bad).split("\n").length;
  problems.error({ source, row }, encoding === "utf-8" ? say.notUtf8() : say.notUtf16(encoding));
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without a byte-order mark: text in it has a 0 byte beside every ASCII character, which no CSV in an
 * 8-bit encoding has. Judged on the first 4 kB: most even (big-endian) or most odd (little-endian) bytes 0.
 */
function utf16Without(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.6 && even < half * 0.1) return "utf-16le";
  if (even > half * 0.6 && odd < half * 0.1) return "utf-16be";
  return undefined;
}

/** The first value with a byte beyond ASCII, and its line: where UTF-8 read as Windows-1252 shows. */
function firstNonAscii(bytes: Uint8Array): { row: number; value: Buffer } | undefined {
  const at = bytes.findIndex((b) => b >= 0x80);
  if (at < 0) return undefined;
  const boundary = (b: number | undefined): boolean => b === undefined || [0x0a, 0x0d, 0x09, 0x22, 0x2c, 0x3b].includes(b);
  let start = at;
  while (start > 0 && !boundary(bytes[start - 1])) start--;
  let end = at;
  while (end < bytes.length && !boundary(bytes[end])) end++;
  let row = 1;
  for (let i = 0; i < start; i++) if (bytes[i] === 0x0a) row++;
  return { row, value: Buffer.from(bytes.subarray(start, Math.min(end, start + 400))) };
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
    problems.error({ source, ...(row !== undefined && { row }) }, say.csvSyntax((err as Error).message));
    return undefined;
  }
  // A record starts on the line after the one the previous record ended on.
  const rows: SourceRow[] = parsed.map((p, i) => ({ number: i === 0 ? 1 : parsed[i - 1]!.info.lines + 1, cells: p.record.map(textCell) }));
  const header = rows.find((r) => r.number === headerRow);
  if (!header) {
    problems.error({ source, row: headerRow }, say.headerMissing(headerRow));
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
  if (extra >= 0) problems.error({ source, row: row.number, column: extra + 1 }, say.csvColumns(row.cells.length, width, delimiter));
}
