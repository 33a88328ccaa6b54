// Reads one sheet of an Excel workbook (.xlsx) with exceljs. Numbers stay numbers here; turning them into
// exact amounts is the amount reader's job (src/import/amounts.ts). Before exceljs sees the file, the zip is
// checked to be a workbook that unpacks to a bounded size: a hostile or broken file ends in a problem, not in
// a process that runs out of memory.
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SourceProblems } from "./location.js";
import * as say from "./messages.js";
import { t } from "../messages/index.js";
import { textCell, type CellValue, type SourceSheet } from "./sheet.js";

/**
 * Far beyond a real export (a year's accounts at account level unpack to a few MB), and within what exceljs
 * needs in memory: a workbook of 300.000 rows unpacks to 107 MB and takes 1,7 GB and 50 s to import.
 */
const MAX_UNPACKED_MB = 60;
const MB = 1024 * 1024;

/** The workbook, or a problem (the file is reported by the caller's `source`). */
export async function loadWorkbook(bytes: Uint8Array, source: string, problems: SourceProblems): Promise<ExcelJS.Workbook | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (err) {
    problems.error({ source }, say.sourceUnreadable(t().import.notZip(reason(err))));
    return undefined;
  }
  const missing = ["[Content_Types].xml", "xl/workbook.xml"].find((name) => zip.file(name) === null);
  if (missing) {
    problems.error({ source }, say.sourceNotWorkbook(missing));
    return undefined;
  }
  const unpacked = unpackedSize(zip);
  if (unpacked > MAX_UNPACKED_MB * MB) {
    problems.error({ source }, say.workbookTooLarge(Math.ceil(unpacked / MB), MAX_UNPACKED_MB));
    return undefined;
  }
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook;
  } catch (err) {
    problems.error({ source }, say.sourceUnreadable(reason(err)));
    return undefined;
  }
}

interface ZipInternals {
  _data?: { uncompressedSize?: number; compressedContent?: Uint8Array; compression?: { magic?: string } };
}

/**
 * What the entries unpack to. The sizes the zip declares can lie (a zip bomb), so deflated entries are
 * inflated with a ceiling; jszip keeps an entry's raw bytes in `_data` (jszip 3.10, pinned).
 */
function unpackedSize(zip: JSZip): number {
  let total = 0;
  for (const entry of Object.values(zip.files) as (JSZip.JSZipObject & ZipInternals)[]) {
    const data = entry._data;
    if (!data || entry.dir) continue;
    const room = MAX_UNPACKED_MB * MB - total + 1;
    if (data.compression?.magic === "\x08\x00" && data.compressedContent) {
      try {
        total += inflateRawSync(data.compressedContent, { maxOutputLength: Math.max(1, room) }).length;
      } catch (err) {
        if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) return Infinity;
        total += data.uncompressedSize ?? 0; // a damaged entry: exceljs reports it
      }
    } else total += data.uncompressedSize ?? 0;
    if (total > MAX_UNPACKED_MB * MB) return total;
  }
  return total;
}

/**
 * Why exceljs or jszip could not read the file, in words a person can use: a zip's or XML parser's own
 * complaint (its first line), but not a program error from inside the library, which says nothing to a user.
 */
function reason(err: unknown): string {
  if (err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError || !(err instanceof Error)) {
    return t().import.damaged;
  }
  return err.message.split("\n")[0]!.slice(0, 200) || t().import.unknownError;
}

export function readSheet(workbook: ExcelJS.Workbook, source: string, sheetName: string | undefined, headerRow: number, problems: SourceProblems): SourceSheet | undefined {
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    problems.error({ source }, say.sheetMissing(sheetName ?? "", workbook.worksheets.map((s) => s.name)));
    return undefined;
  }
  const rows: SourceSheet["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > headerRow) rows.push(rowOf(row, number));
  });
  const headers = rowOf(sheet.getRow(headerRow), headerRow).cells.map((c) => (c === undefined || typeof c === "object" ? undefined : String(c)));
  return { source, sheet: sheet.name, headerRow, headers, rows };
}

/**
 * A row's cells as Excel keeps them. A merged cell's value lives in its first cell; the others are empty, as
 * a formula in Excel sees them (exceljs would repeat the value, and an amount merged over two rows would count
 * twice). They are marked, so that a message can say why a cell that shows a value reads as empty.
 */
function rowOf(row: ExcelJS.Row, number: number): SourceSheet["rows"][number] {
  const cells: CellValue[] = [];
  const merged: number[] = [];
  for (let c = 1; c <= row.cellCount; c++) {
    const cell = row.getCell(c);
    if (cell.type === ExcelJS.ValueType.Merge) {
      merged.push(c - 1);
      cells.push(undefined);
    } else cells.push(cellValue(cell.value));
  }
  return { number, cells, ...(merged.length > 0 && { merged }) };
}

/** Excel's many kinds of cell value reduced to text, number, empty or "not a value". */
function cellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (typeof value === "string") return textCell(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE"; // a flag column may say TRUE (service_values)
  if (value instanceof Date) return { invalid: t().import.cell.date };
  if (typeof value !== "object") return { invalid: t().import.cell.unknown };
  if ("error" in value) return { invalid: t().import.cell.error(String(value.error)) };
  if ("richText" in value) return richText(value.richText);
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result === undefined || value.result === null) return { invalid: t().import.cell.formula };
    return cellValue(value.result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    if (typeof text === "string") return textCell(text);
    if (text && typeof text === "object" && "richText" in text) return richText((text as ExcelJS.CellRichTextValue).richText);
    return undefined;
  }
  return { invalid: t().import.cell.unknown };
}

function richText(runs: unknown): CellValue {
  if (!Array.isArray(runs)) return { invalid: t().import.cell.unknown };
  return textCell(runs.map((r: { text?: unknown }) => (typeof r?.text === "string" ? r.text : "")).join(""));
}
