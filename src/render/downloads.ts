// What the website offers to download, and where: the full report PDF, the workbook and the data page on the
// front page, each committee's section PDF on its page, and every table's CSV file beside the table. The
// tables' links are made from the data package (export/datapackage.ts), so the site links exactly the files
// it describes. Links run from site/ to the sibling directories of the published output (../pdf/…,
// ../csv/…), which are published together; the printed PDFs get none of this (their pages have no
// `downloads`), nor does the preview, which makes no files to download.
//
// The site is rendered while the browser prints, before the PDFs' sizes are known: a PDF's size is written as
// a placeholder and filled in when the PDF is made (`fillSizes`).
import { randomBytes } from "node:crypto";
import Handlebars from "handlebars";
import type { ReportModel } from "../compute/report.js";
import { amountTablesOf } from "../compute/statements/section-tables.js";
import { DATA_PACKAGE, dataPackage, type DataPackage } from "../export/datapackage.js";
import { danishNumber } from "../format/danish.js";
import { Decimal } from "../core/money.js";
import { reportFileName } from "../print/covers.js";
import type { OutputFile } from "../core/output-file.js";

/** The data page's file name in site/. */
export const DATA_PAGE = "data-til-genbrug.html";

export interface FileLink {
  href: string;
  /** "PDF", "Excel", "CSV", "JSON". */
  type: string;
  /** "1,6 kB"; a placeholder until the file is made. */
  size: string;
}

export interface TableLink extends FileLink {
  title: string;
}

export interface Downloads {
  page: string;
  report?: FileLink;
  workbook?: FileLink;
  dataPackage: FileLink;
  /** Section PDFs by committee id. */
  committees: Record<string, FileLink>;
  /** CSV files by table anchor. */
  tables: Record<string, TableLink>;
  /** The tables in the report's order, grouped as the report is: the main results, then each committee. */
  groups: { title: string; tables: TableLink[] }[];
}

/** Files made before the site is rendered, with their sizes; PDFs by name (made later) when there are any. */
export interface DownloadFiles {
  dataPackage: DataPackage;
  dataPackageBytes: number;
  workbook?: { path: string; bytes: number };
  pdfs?: { report: string; committees: Record<string, string> };
}

/**
 * The data package for the CSV files (`csv/datapackage.json`) and what the website links: the CSV files, the
 * package, the workbook (its name in xlsx/ and size: it may be kept from the published build, unread) and, when
 * the build prints, the PDFs (named as the print stage names them).
 */
export function openData(
  report: ReportModel,
  csv: OutputFile[],
  workbook: { name: string; bytes: number },
  pdf: boolean,
): { dataPackage: OutputFile; downloads: Downloads } {
  const pkg = dataPackage(report, csv);
  const json = `${JSON.stringify(pkg, null, 2)}\n`;
  const pdfs = { report: reportFileName(report), committees: Object.fromEntries(report.committees.map((c) => [c.id, `${c.id}.pdf`])) };
  const downloads = siteDownloads(report, {
    dataPackage: pkg,
    dataPackageBytes: Buffer.byteLength(json),
    workbook: { path: `xlsx/${workbook.name}`, bytes: workbook.bytes },
    ...(pdf && { pdfs }),
  });
  return { dataPackage: { path: DATA_PACKAGE, content: json }, downloads };
}

const PLACEHOLDER = `\u2063${randomBytes(6).toString("hex")}:`;

function siteDownloads(report: ReportModel, files: DownloadFiles): Downloads {
  const tables = Object.fromEntries(
    files.dataPackage.resources.map((r) => [r.name, { href: `../csv/${r.path}`, type: "CSV", size: fileSize(r.bytes), title: r.title }]),
  );
  const statements = report.kind === "plan" ? undefined : report.statements;
  const statementTables = (statements?.sections ?? []).flatMap((section) => (section.kind === "key-figures" ? [section.table] : amountTablesOf(section)).map((t) => t.anchor));
  const owned = new Set([...report.committees.flatMap((c) => c.tables.map((t) => t.anchor)), ...statementTables]);
  const pick = (anchors: string[]): TableLink[] => anchors.flatMap((a) => (tables[a] ? [tables[a]] : []));
  const groups = [
    { title: `Regnskab ${report.municipality.year} – Hovedresultater`, tables: pick(Object.keys(tables).filter((a) => !owned.has(a))) },
    ...(statements ? [{ title: statements.title, tables: pick(statementTables) }] : []),
    ...report.committees.map((c) => ({ title: c.name, tables: pick(c.tables.map((t) => t.anchor)) })),
  ].filter((g) => g.tables.length > 0);
  const pdf = (path: string): FileLink => ({ href: `../pdf/${path}`, type: "PDF", size: pending(`pdf/${path}`) });
  const { pdfs, workbook } = files;
  return {
    page: DATA_PAGE,
    ...(pdfs && { report: pdf(pdfs.report) }),
    ...(workbook && { workbook: { href: `../${workbook.path}`, type: "Excel", size: fileSize(workbook.bytes) } }),
    dataPackage: { href: `../csv/${DATA_PACKAGE}`, type: "JSON", size: fileSize(files.dataPackageBytes) },
    committees: Object.fromEntries(Object.entries(pdfs?.committees ?? {}).map(([id, path]) => [id, pdf(path)])),
    tables,
    groups,
  };
}

function pending(path: string): string {
  return `${PLACEHOLDER}${path}${PLACEHOLDER}`;
}

/** Writes the sizes of the files made after the site was rendered into its pages; every placeholder must be filled. */
export function fillSizes(files: OutputFile[], bytes: (path: string) => number): OutputFile[] {
  const token = new RegExp(`${PLACEHOLDER}([^\u2063]+)${PLACEHOLDER}`, "g");
  const filled = (text: string): string => text.replace(token, (_, path: string) => fileSize(bytes(path)));
  return files.map((f) => (typeof f.content === "string" && f.content.includes(PLACEHOLDER) ? { ...f, content: filled(f.content) } : f));
}

/** "812 byte", "1,6 kB", "45 kB", "2,3 MB": as a reader judges a download, in Danish. */
export function fileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`;
  const [value, unit] = bytes < 1e6 ? [bytes / 1e3, "kB"] : [bytes / 1e6, "MB"];
  return `${danishNumber(new Decimal(value), value < 10 ? 1 : 0)} ${unit}`;
}

/** `{{#with (csvLink anchor)}}…{{/with}}`: the table's CSV link on a website page, nothing in print or preview. */
export function registerDownloadHelpers(hb: typeof Handlebars): void {
  hb.registerHelper("csvLink", (anchor: string, options: Handlebars.HelperOptions) => {
    const downloads = (options.data as { root?: { downloads?: Downloads } }).root?.downloads;
    return downloads?.tables[anchor];
  });
}

/** Whether a page is rendered with download links: the cache of rendered sections keeps the two apart. */
export function hasDownloads(root: unknown): boolean {
  return (root as { downloads?: Downloads } | undefined)?.downloads !== undefined;
}
