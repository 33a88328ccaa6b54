// One benchmark measurement in a fresh process (so that load, compile and JIT costs count as a user meets
// them): builds DATA_DIR into OUT_DIR, writes the same report as one print HTML document for the bare-Chromium
// comparison, and prints the figures as JSON. Only the build is imported before the clock starts; what the
// bare document needs is imported after the build, so that the build pays for every module it loads itself.
import { join } from "node:path";
import { build } from "../build/build.js";
import { cpuNow } from "./cpu.js";
import type { DrawnReport } from "../render/charts.js";

export interface Measurement {
  timings: Record<string, number>;
  printTimings: Record<string, number>;
  /** The build, from the call to its end. */
  totalMs: number;
  /** The build as a cold process: from the process's start (Node itself included) to the build's end. */
  coldMs: number;
  /** CPU time of this process (all its threads; the browser not included) until the build's end. */
  cpuMs: number;
  /** The same with the browser's processes (Linux only), until the build's end. */
  cpuWithBrowserMs?: number;
  peakRssMb: number;
  pdfs: { path: string; pages: number; bytes: number }[];
  /** Every report the build made, each as one HTML document, for bare Chromium to print. */
  bareHtml: string[];
}

async function measure(dataDir: string, outDir: string): Promise<Measurement> {
  const printTimings: Record<string, number> = {};
  const start = performance.now();
  const result = await build({ dataDir, outDir, printTimings });
  const end = performance.now();
  const cpu = process.cpuUsage();
  const withBrowser = cpuNow();
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  if (result.status !== "published" || !result.report) throw new Error(`the benchmark data did not build: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return {
    timings: result.timings,
    printTimings,
    totalMs: Math.round(end - start),
    coldMs: Math.round(end), // performance.now() counts from the process's start
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    cpuWithBrowserMs: withBrowser && withBrowser.selfMs + withBrowser.childrenMs,
    peakRssMb,
    pdfs: result.pdfs.map((p) => ({ path: p.path, pages: p.pages ?? 0, bytes: p.content?.length ?? 0 })),
    bareHtml: await writeReportDocuments(result.reports ?? [result.report], join(outDir, "bare")),
  };
}

/**
 * Every report the build made (the annual report, and the follow-up and plan when the data make them), each
 * with its cover, front matter and chapters as printed, in one document per report: what the build prints,
 * printed once. Not all reports in one document: Chromium lays out one document of L's three reports far slower
 * than the three (it ran 17 minutes), which would measure Chromium's layout, not what the build adds to it.
 */
async function writeReportDocuments(reports: DrawnReport[], dir: string): Promise<string[]> {
  const { createTemplates } = await import("../render/html.js");
  const { batchDocument, coversDocument, reportDocuments, writeLinkedStyles, writePrintAssets } = await import("../print/documents.js");
  const templates = createTemplates();
  writePrintAssets(dir);
  writeLinkedStyles(dir);
  return reports.map((report, n) => {
    const contents = report.committees.map((c) => ({ level: 1 as const, title: c.name, page: 0 }));
    const { front, chapters } = reportDocuments(report, templates, dir, `r${n}-`);
    const cover = { municipality: report.municipality.name, title: report.municipality.title, draft: false, contents };
    const docs = [coversDocument([cover], templates, dir, `r${n}-`), front, ...chapters.map((c) => c.doc)];
    return batchDocument(`report-${n + 1}`, docs, dir).file;
  });
}

const [dataDir, outDir] = process.argv.slice(2);
if (!dataDir || !outDir) {
  console.error("usage: node dist/bench/measure.js DATA_DIR OUT_DIR");
  process.exit(2);
}
console.log(JSON.stringify(await measure(dataDir, outDir)));
