// The report's tables as one Excel workbook (exceljs): a sheet per table with its title, head and rows, bold
// totals and frames, italic service-frame subtotals, numbers as numbers in the table's unit with a Danish-style
// format (Excel shows "#,##0" as 1.234 in a Danish locale), frozen head rows. Cells hold the report's exact
// figures; the format shows them rounded as the report prints them. Pure: bytes in memory, no writing.
import { createRequire } from "node:module";
import type * as Excel from "exceljs";
import JSZip from "jszip";
import { Decimal } from "../core/money.js";
import type { ReportModel } from "../compute/report.js";
import type { DisplayUnit } from "../format/danish.js";
import type { MeasureRow } from "../compute/statements/sections.js";
import type { CellFormat, TableRow } from "../compute/tables.js";
import type { Grid, TargetGrid } from "./tables.js";
import { workbookSource, type WorkbookSource } from "./workbook-source.js";
import { UNIT_FACTOR } from "../core/units.js";

// ExcelJS's own one-file build of the same version (the package's browser build, without polyfills): Node loads
// it in a fifth of the time of the package's CommonJS tree (hundreds of files, archiver and unzipper among them,
// which writing a buffer never uses), and it writes the same bytes.
const ExcelJS = createRequire(import.meta.url)("exceljs/dist/exceljs.bare.min.js") as typeof Excel;

const SHEET_NAME_MAX = 31;
const BAND = "FFEDEDED";

export { workbookName } from "./workbook-source.js";

/** The report's workbook's bytes, dated `date` (by default the balance date of the accounts). */
export async function renderWorkbook(report: ReportModel, date?: Date): Promise<Uint8Array> {
  return writeWorkbook(workbookSource(report, date));
}

/** A workbook's bytes from its source alone: the same source gives the same bytes. */
export async function writeWorkbook({ title, date, grids }: WorkbookSource): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = "aarsrapport";
  workbook.title = title;
  workbook.created = workbook.modified = date;
  const names = new Set<string>();
  for (const grid of grids) addSheet(workbook, grid, sheetName(grid.name, names));
  return deterministicZip(await workbook.xlsx.writeBuffer(), date);
}

function addSheet(workbook: Excel.Workbook, grid: Grid, name: string): void {
  // Row 1 the title, row 2 the head: both stay in view, as does the label column.
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
  sheet.addRow([grid.title]).font = { bold: true, size: 12 };
  const head = sheet.addRow(grid.head);
  head.font = { bold: true };
  head.eachCell((c, n) => {
    c.alignment = { wrapText: true, vertical: "bottom", horizontal: grid.kind === "amounts" && n > 1 ? "right" : "left" };
    c.border = { bottom: { style: "thin" } };
  });
  if (grid.kind === "amounts") for (const row of grid.rows) addAmountRow(sheet, row, grid.unit, grid.formats);
  else if (grid.kind === "measures") for (const row of grid.rows) addMeasureRow(sheet, row);
  else if (grid.kind === "records") for (const row of grid.rows) addRecord(sheet, row, grid.unit, grid.amounts);
  else if (grid.kind === "targets") for (const row of grid.rows) addTargetRow(sheet, row);
  else for (const row of grid.rows) sheet.addRow(row).alignment = { vertical: "top", wrapText: true };
  if (grid.note) {
    sheet.addRow([]);
    sheet.addRow([grid.note]).font = { italic: true };
  }
  const widths =
    grid.kind === "amounts"
      ? [52, ...grid.head.slice(1).map(() => 16)]
      : grid.kind === "measures"
        ? [52, 12, 16, 16]
        : grid.kind === "records"
          ? grid.amounts.map((a) => (a ? 14 : 30))
          : grid.kind === "targets"
            ? [52, 16, 16, 16, 16, 26]
            : [8, 36, 60, 60];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

function addAmountRow(sheet: Excel.Worksheet, row: TableRow, unit: DisplayUnit, formats?: CellFormat[]): void {
  const percent = (k: number): boolean => formats?.[k] === "percent";
  const added = sheet.addRow([row.label, ...row.cells.map((c, k) => (c instanceof Decimal ? (percent(k) ? c.toNumber() : inUnit(c, unit)) : c))]);
  added.eachCell((cell, n) => {
    if (n === 1) return;
    cell.numFmt = percent(n - 2) ? "0.0" : numberFormat(unit);
    cell.alignment = { horizontal: "right" };
  });
  if (row.style === "total" || row.style === "frame") added.font = { bold: true };
  if (row.style === "group") added.font = { italic: true };
  if (row.style === "line") added.getCell(1).alignment = { indent: 1 };
  if (row.style === "total") {
    for (let c = 1; c <= row.cells.length + 1; c++) added.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: BAND } };
  }
}

/** A key figure: its unit as text, its values as numbers in that unit with its decimals. */
function addMeasureRow(sheet: Excel.Worksheet, row: MeasureRow): void {
  const values = row.cells.map((c) => (c === undefined ? undefined : row.money ? inUnit(c, { unit: row.money, decimals: row.decimals }) : c.toNumber()));
  const added = sheet.addRow([row.label, row.unit, ...values]);
  added.eachCell((cell, n) => {
    if (n <= 2) return;
    cell.numFmt = numberFormat({ unit: row.money ?? "kr.", decimals: row.decimals });
    cell.alignment = { horizontal: "right" };
  });
}

/** A target of the strategy box: its unit as text, its figures as numbers in that unit, its verdict. */
function addTargetRow(sheet: Excel.Worksheet, row: TargetGrid["rows"][number]): void {
  const added = sheet.addRow([row.label, row.unit, ...row.cells.map((c) => (c === undefined ? undefined : inUnit(c, row.display))), row.verdict]);
  added.eachCell((cell, n) => {
    if (n <= 2 || n > 2 + row.cells.length) return;
    cell.numFmt = numberFormat(row.display);
    cell.alignment = { horizontal: "right" };
  });
}

/** A record of text and amounts: the amounts as numbers in the unit, the text wrapped. */
function addRecord(sheet: Excel.Worksheet, record: (string | Decimal | undefined)[], unit: DisplayUnit, amounts: boolean[]): void {
  const added = sheet.addRow(record.map((c) => (c instanceof Decimal ? inUnit(c, unit) : c)));
  added.alignment = { vertical: "top", wrapText: true };
  added.eachCell((cell, n) => {
    if (!amounts[n - 1]) return;
    cell.numFmt = numberFormat(unit);
    cell.alignment = { vertical: "top", horizontal: "right" };
  });
}

/** The figure in the table's unit, as the nearest binary number to the exact decimal. */
function inUnit(kroner: Decimal, unit: DisplayUnit): number {
  return kroner.dividedBy(UNIT_FACTOR[unit.unit]).toNumber();
}

function numberFormat(unit: DisplayUnit): string {
  return unit.decimals > 0 ? `#,##0.${"0".repeat(unit.decimals)}` : "#,##0";
}

/** Excel's rules: at most 31 characters, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  let candidate = name.slice(0, SHEET_NAME_MAX);
  for (let n = 2; taken.has(candidate); n++) candidate = `${name.slice(0, SHEET_NAME_MAX - String(n).length - 1)}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** exceljs stamps every zip entry with the time of writing: the same entries repacked with the given date. */
async function deterministicZip(bytes: ArrayBuffer | Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.forEach((_, file) => {
    file.date = date;
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
