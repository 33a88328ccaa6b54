// What a report's workbook is made from, and nothing else: its name, its title and date, its grids. Apart from
// the writing (workbook.ts, which loads ExcelJS), so that a build can name a workbook and key it by its source
// without loading ExcelJS when the published workbook is kept.
import type { ReportModel } from "../compute/report.js";
import { fileSlug } from "../format/slug.js";
import { reportGrids, type Grid } from "./tables.js";

export interface WorkbookSource {
  title: string;
  /** The workbook's dates (its own and every zip entry's): fixed, so that the same report gives the same bytes. */
  date: Date;
  grids: Grid[];
}

export function workbookName(report: ReportModel): string {
  return `${fileSlug(report.municipality.title)}.xlsx`;
}

/** The source of the report's workbook, dated by default the balance date of the accounts. */
export function workbookSource(report: ReportModel, date = new Date(Date.UTC(report.municipality.year, 11, 31, 12))): WorkbookSource {
  return { title: report.municipality.title, date, grids: reportGrids(report) };
}
