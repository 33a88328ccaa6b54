// The pipeline as functions the CLI, the tests and the preview server share:
// load → validate → compute → render → print → publish. Every output is made before anything is written,
// so a build that fails (invalid data, a browser that crashes) leaves the last published output as it was.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeReport, type ReportModel } from "./compute/report.js";
import { renderCsvTables } from "./export/csv.js";
import { renderWorkbook, workbookName } from "./export/workbook.js";
import { launchBrowser, type LaunchedBrowser } from "./print/browser.js";
import { printReport, type PdfFile, type PrintOptions } from "./print/index.js";
import { replaceDirectory } from "./publish/write.js";
import { assetFiles } from "./render/assets.js";
import { drawCharts } from "./render/charts.js";
import { createTemplates, renderSite, type Templates } from "./render/html.js";
import { validateDataDir } from "./validate/index.js";
import type { Problem } from "./validate/problem.js";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  /** Print the PDFs too (default); false builds the website only. */
  pdf?: boolean;
  /** PDF pages printing at once; default: the number of CPUs. */
  concurrency?: number;
  /** Longest one PDF document may take to print (then it is retried once). */
  printTimeoutMs?: number;
  /** Receives the print stage's steps in milliseconds (the benchmark's detail). */
  printTimings?: Record<string, number>;
}

export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  report?: ReportModel;
  written: string[];
  pdfs: PdfFile[];
  /** Milliseconds per stage, for the benchmark and --json. */
  timings: Record<string, number>;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      timings[stage] = Math.round(performance.now() - start);
    }
  };
  // The browser starts while the data is validated: launching it takes most of a second.
  const browser = options.pdf === false ? undefined : launchBrowser();
  browser?.catch(() => undefined); // a launch failure is reported where the browser is used
  const { data, problems } = await timed("validate", () => validateDataDir(options.dataDir));
  if (!data) {
    await browser?.then((b) => b.close(), () => undefined);
    return { ok: false, problems, written: [], pdfs: [], timings };
  }
  try {
    const computed = await timed("compute", () => computeReport(data));
    const report = await timed("charts", () => drawCharts(computed));
    const templates = createTemplates();
    const site = await timed("html", () => [...renderSite(report, templates), ...assetFiles(["report.css"])]);
    const xlsx = await timed("xlsx", async () => [{ path: workbookName(report), content: await renderWorkbook(report) }]);
    const csv = await timed("csv", () => renderCsvTables(report));
    const pdfs = browser ? await timed("pdf", () => printReport(report, printOptions(templates, data.municipality.year, options, browser))) : [];
    await timed("publish", () => {
      replaceDirectory(join(options.outDir, "site"), site);
      replaceDirectory(join(options.outDir, "xlsx"), xlsx);
      replaceDirectory(join(options.outDir, "csv"), csv);
      if (browser) replaceDirectory(join(options.outDir, "pdf"), pdfs);
    });
    const written = [...site.map((f) => `site/${f.path}`), ...xlsx.map((f) => `xlsx/${f.path}`), ...csv.map((f) => `csv/${f.path}`), ...pdfs.map((f) => `pdf/${f.path}`)];
    return { ok: true, problems, report, written, pdfs, timings };
  } finally {
    await browser?.then((b) => b.close(), () => undefined);
  }
}

function printOptions(templates: Templates, year: number, options: BuildOptions, browser: Promise<LaunchedBrowser>): PrintOptions {
  return {
    browser,
    templates,
    date: reportDate(year),
    creator: creator(),
    concurrency: options.concurrency,
    timeoutMs: options.printTimeoutMs,
    timings: options.printTimings,
  };
}

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the balance date of the accounts: 31 December. */
export function reportDate(year: number, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(Date.UTC(year, 11, 31, 12));
}

function creator(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return `årsrapport ${pkg.version}`;
}
