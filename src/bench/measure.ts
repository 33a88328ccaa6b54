// One benchmark measurement in a fresh process (so that load, compile and JIT costs count as a user meets
// them): builds DATA_DIR into OUT_DIR, writes the same report as one print HTML document for the bare-Chromium
// comparison, and prints the figures as JSON.
import { join } from "node:path";
import { build } from "../build/build.js";
import { createTemplates } from "../render/html.js";
import { batchDocument, coversDocument, reportDocuments, writeLinkedStyles, writePrintAssets } from "../print/documents.js";
import type { DrawnReport } from "../render/charts.js";

export interface Measurement {
  timings: Record<string, number>;
  printTimings: Record<string, number>;
  totalMs: number;
  peakRssMb: number;
  pdfs: { path: string; pages: number; bytes: number }[];
  /** The report as a single HTML document, for bare Chromium to print. */
  bareHtml: string;
}

async function measure(dataDir: string, outDir: string): Promise<Measurement> {
  const printTimings: Record<string, number> = {};
  const start = performance.now();
  const result = await build({ dataDir, outDir, printTimings });
  const totalMs = Math.round(performance.now() - start);
  if (result.status !== "published" || !result.report) throw new Error(`the benchmark data did not build: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return {
    timings: result.timings,
    printTimings,
    totalMs,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    pdfs: result.pdfs.map((p) => ({ path: p.path, pages: p.pages ?? 0, bytes: p.content?.length ?? 0 })),
    bareHtml: writeSingleDocument(result.report, join(outDir, "bare")),
  };
}

/** The cover, the front matter and every committee, as printed, in one document. */
function writeSingleDocument(report: DrawnReport, dir: string): string {
  const templates = createTemplates();
  writePrintAssets(dir);
  writeLinkedStyles(dir);
  const contents = report.committees.map((c) => ({ level: 1 as const, title: c.name, page: 0 }));
  const { front, chapters } = reportDocuments(report, templates, dir);
  const docs = [
    coversDocument([{ municipality: report.municipality.name, title: report.municipality.title, draft: false, contents }], templates, dir),
    front,
    ...chapters.map((c) => c.doc),
  ];
  return batchDocument("report", docs, dir).file;
}

const [dataDir, outDir] = process.argv.slice(2);
if (!dataDir || !outDir) {
  console.error("usage: node dist/bench/measure.js DATA_DIR OUT_DIR");
  process.exit(2);
}
console.log(JSON.stringify(await measure(dataDir, outDir)));
