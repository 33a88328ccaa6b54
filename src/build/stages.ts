// The build's stages in sequence, and the types of its contract: load → validate → compute → render → print →
// publish. `aarsrapport build` (build.ts) runs them all; `aarsrapport serve` runs `renderWebsite`, the same
// compute → charts → HTML that build publishes, and keeps the pages in memory. Everything here is loaded only
// when there is something to make: it imports every stage.
//
// A stage is a function with typed input and output (src/<stage>/); this module only calls them in order, times
// them, and hands each one's output to the next. A new output (a table's CSV, a report kind's pages) joins the
// sequence in `makeOutputs`; a new stage gets its function here and its timing name in BuildResult.timings.
import { join } from "node:path";
import type { Figures } from "../compute/figures.js";
import { computeReport } from "../compute/report.js";
import type { MadeOrKept, OutputFile } from "../core/output-file.js";
import type { Problem } from "../core/problem.js";
import { timer, type Timer } from "../core/timer.js";
import { toolVersion } from "../core/version.js";
import { renderAuditCsv } from "../export/audit.js";
import { renderCsvTables } from "../export/csv.js";
import { workbookName, workbookSource } from "../export/workbook-source.js";
import type { ReportData, ReportSpec } from "../model/types.js";
import type { LaunchedBrowser } from "../print/browser.js";
import { PartCache } from "../print/cache.js";
import { printReports, type PrintOptions } from "../print/index.js";
import type { PdfFile } from "../print/types.js";
import { SNAPSHOT, diff, readSnapshot, snapshot, type Changes, type Snapshot } from "../publish/changes.js";
import type { Inputs } from "../publish/inputs.js";
import { compareOutputs, manifestJson, manifestOf, type Manifest } from "../publish/manifest.js";
import { publish } from "../publish/stage.js";
import { assetFiles } from "../render/assets.js";
import type { AuditView } from "../render/audit.js";
import { renderChanges } from "../render/changes.js";
import { REPORTS_INDEX, renderReportsIndex } from "../render/reports-index.js";
import { drawCharts, type DrawnReport } from "../render/charts.js";
import { fillSizes, openData, type Downloads } from "../render/downloads.js";
import { createTemplates, renderSite, type Templates } from "../render/html.js";
import { validateDataDir } from "../validate/index.js";
import { Reuse } from "./reuse.js";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  /** Print the PDFs too (default); false builds the website and spreadsheets only. */
  pdf?: boolean;
  /** Rebuild everything, even what has not changed. */
  force?: boolean;
  /** How long to wait for another build on the same output directory (default: refuse at once). */
  waitMs?: number;
  /** PDF pages printing at once; default: the number of CPUs. */
  concurrency?: number;
  /** Longest one PDF document may take to print (then it is retried once). */
  printTimeoutMs?: number;
  /** Receives the print stage's steps in milliseconds (the benchmark's detail). */
  printTimings?: Record<string, number>;
  /** Progress of printing (documents printed, of how many): for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  /** published: a new build is out; unchanged: nothing to do; invalid: the data has errors, nothing written. */
  status: "published" | "unchanged" | "invalid";
  problems: Problem[];
  /** The main report as published (absent when nothing was made). */
  report?: DrawnReport;
  /** Every report as published, the main one first. */
  reports?: DrawnReport[];
  /** Outputs made anew (new or different content), kept (unchanged), removed (no longer made). */
  rebuilt: string[];
  kept: string[];
  removed: string[];
  pdfs: PdfFile[];
  changes?: Changes;
  /** Milliseconds per stage: inputs, validate, compute, charts, html, pdf, xlsx, csv, audit, publish. */
  timings: Record<string, number>;
}

/** What the build knows before the stages run: the inputs' hashes, the published build, the early browser. */
export interface BuildContext {
  inputs: Inputs;
  digest: string;
  /** The directory of the published build and its manifest; both undefined before the first build. */
  previous: { dir: string | undefined; manifest: Manifest | undefined };
  /** Launched while the stages load, when printing is almost certain. */
  browser: Promise<LaunchedBrowser> | undefined;
}

export interface Website {
  /** The main report. */
  report: DrawnReport;
  /** Every report the data make, the main one first. */
  reports: DrawnReport[];
  /**
   * The pages, the stylesheet and its fonts: the main report's at the top (as in site/), another report's
   * under its id (as in <id>/site/).
   */
  files: OutputFile[];
}

/**
 * compute → charts → HTML: the websites of valid data, as build publishes them and serve previews them; the
 * preview adds the audit trail and the data's problems (`audit`), and shows data with errors as far as it can be read.
 */
export async function renderWebsite(
  data: ReportData,
  figures: Figures,
  { templates = createTemplates(), timed = timer(undefined), audit }: { templates?: Templates; timed?: Timer; audit?: AuditView } = {},
): Promise<Website> {
  const reports = await drawnReports(data, figures, timed);
  const files = await timed("html", () =>
    reports.flatMap((report, i) => inside(outputDir(data.municipality.reports[i]!), sitePages(report, templates, undefined, audit))),
  );
  return { report: reports[0]!, reports, files };
}

/** Every report of the data, computed and with its charts drawn, the main one first. */
async function drawnReports(data: ReportData, figures: Figures, timed: Timer): Promise<DrawnReport[]> {
  const computed = await timed("compute", () => data.municipality.reports.map((spec) => computeReport(data, figures, spec)));
  return timed("charts", () => Promise.all(computed.map(drawCharts)));
}

/** Where a report's outputs go in the output directory: the main report's at the top, another's in <id>/. */
function outputDir(spec: ReportSpec): string {
  return spec.main ? "" : `${spec.id}/`;
}

function inside<F extends { path: string }>(dir: string, files: F[]): F[] {
  return dir === "" ? files : files.map((f) => ({ ...f, path: `${dir}${f.path}` }));
}

/** The pages and their stylesheets; a build's link what it publishes to download (`downloads`), the preview's carry the audit trail. */
function sitePages(report: DrawnReport, templates: Templates, downloads?: Downloads, audit?: AuditView): OutputFile[] {
  return [...renderSite(report, templates, downloads, audit), ...assetFiles(["report.css", ...report.styles, ...(audit ? ["audit.css"] : [])])];
}

/** Validates, makes every output and publishes them; `invalid` when the data has errors (nothing written). */
export async function makeAndPublish(options: BuildOptions, context: BuildContext, timed: Timer): Promise<Omit<BuildResult, "timings">> {
  const { data, figures, problems } = await timed("validate", () => validateDataDir(options.dataDir));
  if (!data || !figures) return { status: "invalid", problems, rebuilt: [], kept: [], removed: [], pdfs: [] };
  const pdf = options.pdf !== false;
  const force = options.force === true;
  const cache = new PartCache(join(options.outDir, ".cache", "print"), !force);
  const reuse = new Reuse(context.inputs.tool!, context.previous, force);
  const made = await makeOutputs(data, figures, options, { context, cache, reuse }, timed);
  const { previous } = context;
  const changes = diff(readSnapshot(previous.dir), made.snapshot);
  const manifest = manifestOf(context.digest, pdf, context.inputs, made.outputs, previous.manifest);
  const summary = compareOutputs(made.outputs, manifest, previous.manifest, force);
  const main = made.reports[0]!;
  const title = `${main.municipality.title} · ${main.municipality.name}`;
  const index = made.reports.length > 1 ? renderReportsIndex(made.reports.map((r, i) => ({ report: r, dir: outputDir(data.municipality.reports[i]!) })), pdf) : undefined;
  await timed("publish", () =>
    publishBuild({ outDir: options.outDir, outputs: made.outputs, kept: summary.kept, manifest, changes, snapshot: made.snapshot, title, ...(index && { index }) }),
  );
  if (pdf) cache.prune();
  return { status: "published", problems, report: main, reports: made.reports, ...summary, pdfs: made.pdfs, changes };
}

/** An output of the build: made anew, or (a PDF whose key is unchanged) kept as published. */
type Output = MadeOrKept & { key?: string };

interface Made {
  /** Every report, the main one first. */
  reports: DrawnReport[];
  outputs: Output[];
  pdfs: PdfFile[];
  snapshot: Snapshot;
}

/**
 * Every output of every report in memory: the main report's site/, pdf/, xlsx/, csv/, and another report's
 * the same under <id>/, each path inside the output directory. One browser prints them all.
 */
async function makeOutputs(data: ReportData, figures: Figures, options: BuildOptions, print: PrintContext, timed: Timer): Promise<Made> {
  const templates = createTemplates();
  const reports = await drawnReports(data, figures, timed);
  const dirs = data.municipality.reports.map(outputDir);
  // The browser prints while the spreadsheets, the data and the websites are made: start printing first.
  const jobs = reports.map((report, i) => ({ report, dir: `${dirs[i]}pdf` }));
  const printing =
    options.pdf === false ? Promise.resolve([]) : timed("pdf", () => printReports(jobs, printOptions(templates, data.municipality.year, options, print)));
  printing.catch(() => undefined); // awaited below
  const xlsx = await timed("xlsx", () => workbooks(reports, dirs, print.reuse));
  const csv = await timed("csv", () => reports.map((report) => renderCsvTables(report)));
  const audit = await timed("audit", () => reports.map((report) => renderAuditCsv(report)));
  // The websites link the other outputs: rendered while the browser prints, the PDFs' sizes filled in after.
  const pages = await timed("html", () =>
    reports.map((report, i) => {
      const { dataPackage, downloads } = openData(report, csv[i]!, xlsx[i]!, options.pdf !== false);
      csv[i]!.push(dataPackage);
      return sitePages(report, templates, downloads);
    }),
  );
  const pdfs = await printing;
  const outputs: Output[] = reports.flatMap((_, i) => {
    const dir = dirs[i]!;
    const site = fillSizes(pages[i]!, (path) => pdfSize(pdfs, print.reuse)(`${dir}${path}`));
    return [...under(`${dir}site`, site), xlsx[i]!.output, ...under(`${dir}csv`, csv[i]!), ...under(`${dir}audit`, [audit[i]!])];
  });
  outputs.push(...pdfs);
  return { reports, outputs, pdfs, snapshot: snapshot(data, reports) };
}

/** A report's workbook as an output, and what the website says of it (its name in xlsx/, its size). */
interface Workbook {
  output: Output;
  name: string;
  bytes: number;
}

/**
 * Every report's workbook, each keyed by its source (its grids): kept when the published one was written from
 * the same, written with ExcelJS otherwise. After one committee's change only the reports whose tables show
 * it write theirs: ExcelJS is the build's costliest step after printing.
 */
async function workbooks(reports: DrawnReport[], dirs: string[], reuse: Reuse): Promise<Workbook[]> {
  let writer: typeof import("../export/workbook.js") | undefined;
  const made: Workbook[] = [];
  for (const [i, report] of reports.entries()) {
    const name = workbookName(report);
    const path = `${dirs[i]}xlsx/${name}`;
    const source = workbookSource(report);
    const key = reuse.key("xlsx", source);
    if (reuse.published(path, key)) {
      made.push({ output: { path, key }, name, bytes: reuse.size(path) });
      continue;
    }
    // ExcelJS takes half a second to load: loaded only when a workbook is written, while the browser prints.
    writer ??= await import("../export/workbook.js");
    const content = await writer.writeWorkbook(source);
    made.push({ output: { path, key, content }, name, bytes: content.byteLength });
  }
  return made;
}

/** A PDF's size in bytes: made now, or kept from the published build. */
function pdfSize(pdfs: PdfFile[], reuse: Reuse): (path: string) => number {
  return (path) => {
    const pdf = pdfs.find((p) => p.path === path);
    if (!pdf) throw new Error(`the website links ${path}, which the build did not make (${pdfs.map((p) => p.path).join(", ")})`);
    return pdf.content ? pdf.content.byteLength : reuse.size(path);
  };
}

function under<F extends { path: string }>(dir: string, files: F[]): F[] {
  return files.map((f) => ({ ...f, path: `${dir}/${f.path}` }));
}

/** What the print stage needs from the build around it. */
interface PrintContext {
  context: BuildContext;
  cache: PartCache;
  reuse: Reuse;
}

function printOptions(templates: Templates, year: number, options: BuildOptions, { context, cache, reuse }: PrintContext): PrintOptions {
  const { browser } = context;
  return {
    browser,
    templates,
    date: reportDate(year),
    creator: `årsrapport ${toolVersion()}`,
    concurrency: options.concurrency,
    timeoutMs: options.printTimeoutMs,
    timings: options.printTimings,
    onProgress: options.onProgress,
    cache,
    published: (path, key) => reuse.published(path, key),
  };
}

interface PublishOptions {
  outDir: string;
  outputs: Output[];
  /** Outputs whose published file stays as it is (linked, not written). */
  kept: string[];
  manifest: Manifest;
  changes: Changes;
  snapshot: Snapshot;
  /** The change report's title: the report's title and the municipality. */
  title: string;
  /** index.html at the top of the output, listing the reports, when the data make more than one. */
  index?: string;
}

/** The outputs, the manifest, the change report and the snapshot, published at once. */
function publishBuild({ outDir, outputs, kept, manifest, changes, snapshot: snap, title, index }: PublishOptions): void {
  const keep = new Set(kept);
  const { html, json } = renderChanges(changes, title);
  publish(outDir, [
    ...outputs.map((o): MadeOrKept => (keep.has(o.path) || o.content === undefined ? { path: o.path } : { path: o.path, content: o.content })),
    { path: "manifest.json", content: manifestJson(manifest) },
    { path: "changes.html", content: html },
    { path: "changes.json", content: json },
    { path: SNAPSHOT, content: `${JSON.stringify(snap)}\n` },
    ...(index === undefined ? [] : [{ path: REPORTS_INDEX, content: index }]),
  ]);
}

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the balance date of the accounts: 31 December. */
function reportDate(year: number, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(Date.UTC(year, 11, 31, 12));
}
