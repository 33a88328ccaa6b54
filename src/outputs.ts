// Making and publishing a build's outputs, once the pipeline has decided there is something to do: validate,
// compute, render the website and spreadsheets, print the PDFs (from the part cache where possible), work out
// what changed, and publish everything at once. Imported only when needed: it loads every stage.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { computeReport, type ReportModel } from "./compute/report.js";
import { renderCsvTables } from "./export/csv.js";
import type { ReportData } from "./model/types.js";
import type { launchBrowser } from "./print/browser.js";
import { PartCache } from "./print/cache.js";
import { printReport, type PdfFile, type PrintOptions } from "./print/index.js";
import { diff, snapshot, type Changes, type Snapshot } from "./publish/changes.js";
import { sha256, type Inputs } from "./publish/inputs.js";
import { dependencies, manifestJson, type Manifest } from "./publish/manifest.js";
import { publish, type StagedFile } from "./publish/stage.js";
import { assetFiles } from "./render/assets.js";
import { renderChanges } from "./render/changes.js";
import { drawCharts } from "./render/charts.js";
import { fillSizes, openData } from "./render/downloads.js";
import { createTemplates, renderSite, type Templates } from "./render/html.js";
import { validateDataDir } from "./validate/index.js";
import type { BuildOptions, BuildResult, Timer } from "./pipeline.js";

interface Output {
  path: string;
  content?: string | Uint8Array;
  /** A PDF's key: what it is assembled from. */
  key?: string;
}

const SNAPSHOT = "snapshot.json";

export interface Previous {
  dir: string | undefined;
  manifest: Manifest | undefined;
}

/** Validates, makes every output and publishes them; `invalid` when the data has errors (nothing written). */
export async function makeAndPublish(
  options: BuildOptions,
  inputs: Inputs,
  buildDigest: string,
  previous: Previous,
  browser: ReturnType<typeof launchBrowser> | undefined,
  timed: Timer,
): Promise<Omit<BuildResult, "timings">> {
  const { data, problems } = await timed("validate", () => validateDataDir(options.dataDir));
  if (!data) return { status: "invalid", ok: false, problems, rebuilt: [], kept: [], removed: [], pdfs: [] };
  const pdf = options.pdf !== false;
  const cache = new PartCache(join(options.outDir, ".cache", "print"), !options.force);
  const made = await makeOutputs(data, options, { previous, browser, cache }, timed);
  const changes = diff(readSnapshot(previous.dir), made.snapshot);
  const manifest = manifestOf(buildDigest, pdf, inputs, made.outputs, data, previous.manifest);
  const summary = compare(made.outputs, manifest, previous.manifest, options.force);
  await timed("publish", () => publishAll(options.outDir, made.outputs, manifest, summary.kept, changes, made.snapshot, made.report));
  if (pdf) cache.prune();
  return { status: "published", ok: true, problems, report: made.report, ...summary, pdfs: made.pdfs, changes };
}

/** What the print stage needs from the build around it. */
interface PrintContext {
  previous: Previous;
  browser: ReturnType<typeof launchBrowser> | undefined;
  cache: PartCache;
}

async function makeOutputs(
  data: ReportData,
  options: BuildOptions,
  context: PrintContext,
  timed: Timer,
): Promise<{ report: ReportModel; outputs: Output[]; pdfs: PdfFile[]; snapshot: Snapshot }> {
  const computed = await timed("compute", () => computeReport(data));
  const report = await timed("charts", () => drawCharts(computed));
  const templates = createTemplates();
  // The browser prints while the spreadsheets, the data and the website are made: start printing first.
  const printing =
    options.pdf === false ? Promise.resolve([]) : timed("pdf", () => printReport(report, printOptions(templates, data.municipality.year, options, context)));
  printing.catch(() => undefined); // awaited below
  const xlsx = await timed("xlsx", async () => {
    // ExcelJS takes half a second to load: loaded here, while the browser prints, not before printing.
    const { renderWorkbook, workbookName } = await import("./export/workbook.js");
    return [{ path: workbookName(report), content: await renderWorkbook(report) }];
  });
  const csv = await timed("csv", () => renderCsvTables(report));
  const { dataPackage, downloads } = openData(report, csv, xlsx[0]!, options.pdf !== false);
  csv.push(dataPackage);
  // The website links the other outputs: rendered while the browser prints, the PDFs' sizes filled in after.
  const pages = await timed("html", () => renderSite(report, templates, downloads));
  const pdfs = await printing;
  const site = [...fillSizes(pages, pdfSize(pdfs, context.previous.dir)), ...assetFiles(["report.css"])];
  const outputs: Output[] = [
    ...site.map((f) => ({ path: `site/${f.path}`, content: f.content })),
    ...xlsx.map((f) => ({ path: `xlsx/${f.path}`, content: f.content })),
    ...csv.map((f) => ({ path: `csv/${f.path}`, content: f.content })),
    ...pdfs.map((f) => ({ path: `pdf/${f.path}`, content: f.content, key: f.key })),
  ];
  return { report, outputs, pdfs, snapshot: snapshot(data, report) };
}

/** A PDF's size in bytes: made now, or kept from the published build. */
function pdfSize(pdfs: PdfFile[], previousDir: string | undefined): (path: string) => number {
  return (path) => {
    const pdf = pdfs.find((p) => `pdf/${p.path}` === path);
    if (!pdf) throw new Error(`the website links ${path}, which the build did not make`);
    return pdf.content ? pdf.content.byteLength : statSync(join(previousDir ?? "", path)).size;
  };
}

function printOptions(templates: Templates, year: number, options: BuildOptions, { previous, browser, cache }: PrintContext): PrintOptions {
  return {
    browser,
    templates,
    date: reportDate(year),
    creator: creator(),
    concurrency: options.concurrency,
    timeoutMs: options.printTimeoutMs,
    timings: options.printTimings,
    onProgress: options.onProgress,
    cache,
    published: (path, key) =>
      !options.force && previous.manifest?.outputs[`pdf/${path}`]?.key === key && existsSync(join(previous.dir ?? "", "pdf", path)),
  };
}

function manifestOf(buildDigest: string, pdf: boolean, inputs: Inputs, outputs: Output[], data: ReportData, previous?: Manifest): Manifest {
  const committees = data.committees.map((c) => ({ id: c.id, files: [c.file, ...Object.values(c.sections).map((s) => s.at.file)] }));
  const entries = outputs.map((o) => {
    const sha = o.content === undefined ? previous?.outputs[o.path]?.sha256 : sha256(o.content);
    return [o.path, { sha256: sha ?? "", inputs: dependencies(o.path, inputs, committees), ...(o.key && { key: o.key }) }] as const;
  });
  return { format: 1, digest: buildDigest, options: { pdf }, inputs, outputs: Object.fromEntries(entries) };
}

/** Which outputs are new or different, which are the same as published, which are gone. */
function compare(outputs: Output[], manifest: Manifest, previous: Manifest | undefined, force: boolean | undefined) {
  const same = (o: Output): boolean =>
    !force && previous?.outputs[o.path] !== undefined && (o.content === undefined || previous.outputs[o.path]!.sha256 === manifest.outputs[o.path]!.sha256);
  const kept = outputs.filter(same).map((o) => o.path);
  const paths = new Set(outputs.map((o) => o.path));
  return {
    kept: kept.sort(),
    rebuilt: outputs.filter((o) => !same(o)).map((o) => o.path).sort(),
    removed: Object.keys(previous?.outputs ?? {}).filter((p) => !paths.has(p)).sort(),
  };
}

function publishAll(outDir: string, outputs: Output[], manifest: Manifest, kept: string[], changes: Changes, snap: Snapshot, report: ReportModel): void {
  const keep = new Set(kept);
  const { html, json } = renderChanges(changes, `${report.municipality.title} · ${report.municipality.name}`);
  const files: StagedFile[] = [
    ...outputs.map((o) => (keep.has(o.path) ? { path: o.path } : { path: o.path, content: o.content! })),
    { path: "manifest.json", content: manifestJson(manifest) },
    { path: "changes.html", content: html },
    { path: "changes.json", content: json },
    { path: SNAPSHOT, content: `${JSON.stringify(snap)}\n` },
  ];
  publish(outDir, files);
}

function readSnapshot(dir: string | undefined): Snapshot | undefined {
  const file = dir && join(dir, SNAPSHOT);
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  } catch {
    return undefined;
  }
}

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the balance date of the accounts: 31 December. */
function reportDate(year: number, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(Date.UTC(year, 11, 31, 12));
}

function creator(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return `årsrapport ${pkg.version}`;
}
