// The report's tables as Danish CSV files, one per table: ";" between fields, decimal comma and thousands dot,
// CRLF line ends, UTF-8 with a BOM (without it Danish Excel reads the file as Windows-1252 and garbles æ, ø, å).
// Amounts are exact in the table's unit ("-2.454,588" for t.kr. data imported in kroner): a spreadsheet then
// rounds only for display, like the workbook. The head is the first line, so the files read back as tables.
import { stringify } from "csv-stringify/sync";
import { Decimal } from "../core/money.js";
import type { MeasureRow } from "../compute/statements/sections.js";
import { danishNumber, formatExact } from "../format/danish.js";
import type { ReportModel } from "../compute/report.js";
import type { OutputFile } from "../core/output-file.js";
import { reportGrids, type Grid } from "./tables.js";

const BOM = "\uFEFF";

export function renderCsvTables(report: ReportModel): OutputFile[] {
  return reportGrids(report).map((grid) => ({
    path: `${grid.name}.csv`,
    content: BOM + stringify([grid.head, ...records(grid)], { delimiter: ";", record_delimiter: "windows" }),
  }));
}

function records(grid: Grid): string[][] {
  if (grid.kind === "text") return grid.rows;
  if (grid.kind === "targets") return grid.rows.map((r) => [r.label, r.unit, ...r.cells.map((c) => (c === undefined ? "" : formatExact(c, r.display.unit))), r.verdict]);
  if (grid.kind === "measures") return grid.rows.map((r) => [r.label, r.unit, ...r.cells.map((c) => (c === undefined ? "" : measure(c, r)))]);
  if (grid.kind === "records") return grid.rows.map((r) => r.map((c) => (c instanceof Decimal ? formatExact(c, grid.unit.unit) : (c ?? ""))));
  // A percentage is no amount: two decimals are more than the report shows and all a reader can use.
  const cell = (c: (typeof grid.rows)[number]["cells"][number], k: number): string =>
    c === undefined ? "" : typeof c === "string" ? c : grid.formats?.[k] === "percent" ? danishNumber(c, 2) : formatExact(c, grid.unit.unit);
  return grid.rows.map((r) => [r.label, ...r.cells.map(cell)]);
}

/** A key figure exact in its row's unit: money as amounts are; a count or a rate with at least its printed decimals. */
function measure(value: Decimal, row: MeasureRow): string {
  if (row.money) return formatExact(value, row.money);
  return danishNumber(value, Math.max(row.decimals, value.decimalPlaces()));
}
