// Reads one sheet of an Excel workbook (.xlsx) with exceljs. Numbers stay numbers here; turning them into
// exact amounts is the amount reader's job (src/import/amounts.ts).
import ExcelJS from "exceljs";
import { SourceProblems } from "./location.js";
import { textCell, type CellValue, type SourceSheet } from "./sheet.js";

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export function readSheet(workbook: ExcelJS.Workbook, source: string, sheetName: string | undefined, headerRow: number, problems: SourceProblems): SourceSheet | undefined {
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    const names = workbook.worksheets.map((s) => `"${s.name}"`).join(", ");
    problems.error({ source }, "sheet-missing", `the workbook has no sheet "${sheetName ?? ""}" — its sheets are ${names || "none"}: name one of them in the mapping's sheet:`);
    return undefined;
  }
  const rows: SourceSheet["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > headerRow) rows.push({ number, cells: cellsOf(row) });
  });
  const headers = cellsOf(sheet.getRow(headerRow)).map((c) => (c === undefined || typeof c === "object" ? undefined : String(c)));
  return { source, sheet: sheet.name, headerRow, headers, rows };
}

function cellsOf(row: ExcelJS.Row): CellValue[] {
  const cells: CellValue[] = [];
  for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
  return cells;
}

/** Excel's many kinds of cell value reduced to text, number, empty or "not a value". */
function cellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (typeof value === "string") return textCell(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return { invalid: "a date" };
  if ("error" in value) return { invalid: `the error value ${value.error}` };
  if ("richText" in value) return textCell(value.richText.map((r) => r.text).join(""));
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result === undefined) return { invalid: "a formula without a saved result (open the file in Excel and save it)" };
    return cellValue(value.result);
  }
  if ("hyperlink" in value) return textCell(value.text);
  return { invalid: "a value of an unknown kind" };
}
