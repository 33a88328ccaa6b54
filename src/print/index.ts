// The print stage: each report's model to its full PDF and one section PDF per committee, every report by the
// same browser.
//
// Each part — the front matter, every chapter, every section — is printed once as a document of its own,
// several at a time, tagged (or taken from the part cache when exactly the same document was printed before).
// Where each heading and caption landed is read from the parts' structure trees; that gives the contents' page
// numbers, so the covers with their contents are printed last. The outputs are then assembled from the parts with their tags
// (assemble.ts, merge.ts). An output whose key — a digest of exactly what it is made from — equals the
// published one's is not assembled again: the publish stage keeps the published file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SectionRef } from "../compute/committee.js";
import { sha256 } from "../core/hash.js";
import { timer } from "../core/timer.js";
import type { DrawnReport } from "../render/charts.js";
import type { Templates } from "../render/html.js";
import type { LaunchedBrowser } from "./browser.js";
import type { PartCache } from "./cache.js";
import type { PrintedChapter } from "./assemble.js";
import { reportCover, reportFileName, sectionCover } from "./covers.js";
import { reportDocuments, writeLinkedStyles, writePrintAssets, type ReportDocuments } from "./documents.js";
import { planParts, printCovers, printParts, type PartOptions, type PlannedPart } from "./parts.js";
import { Printer } from "./printer.js";
import type { Cover, Meta, PdfFile, PrintDocument, Printed } from "./types.js";

export interface PrintOptions {
  templates: Templates;
  /** Goes into the PDFs' dates instead of the wall clock. */
  date: Date;
  creator: string;
  concurrency?: number;
  timeoutMs?: number;
  /** Receives milliseconds per step ("print parts", "assemble okonomi.pdf", …) for the benchmark. */
  timings?: Record<string, number>;
  /** A browser launched early, while the data was validated; else one is launched when first needed. */
  browser?: Promise<LaunchedBrowser>;
  cache?: PartCache;
  /** Whether the published file at this path was made from exactly this key (then it is kept, not remade). */
  published?: (path: string, key: string) => boolean;
  /** Progress of printing: documents printed by the browser so far, of how many (cached ones not counted). */
  onProgress?: (done: number, total: number) => void;
}

interface Planned {
  /** Inside the output directory: "pdf/aarsrapport-2024.pdf", "budgetopfoelgning-2-2024/pdf/okonomi.pdf". */
  path: string;
  key: string;
  assemble: (parts: Parts) => Promise<{ content: Uint8Array; pages: number }>;
}

interface Parts {
  front: Printed;
  chapters: Printed[];
  sections: Printed[];
  covers: Printed[];
}

/** A report to print, and the directory of the output its PDFs go to ("pdf" for the main report). */
export interface PrintJob {
  report: DrawnReport;
  dir: string;
}

/** Every report's PDFs, printed by one browser. */
export async function printReports(jobs: PrintJob[], options: PrintOptions): Promise<PdfFile[]> {
  const workDir = mkdtempSync(join(tmpdir(), "aarsrapport-print-"));
  writePrintAssets(workDir);
  let done = 0;
  let total = 0;
  const preload = preloadAssembly();
  const onPrinted = (): void => {
    preload();
    options.onProgress?.(++done, Math.max(done, total));
  };
  // Written after the others, so that only the documents that link them have them in their keys.
  const linked = writeLinkedStyles(workDir);
  const printer = new Printer({ browser: options.browser, concurrency: options.concurrency, timeoutMs: options.timeoutMs, workDir, onPrinted, linked });
  const timed = timer(options.timings);
  try {
    const { templates } = options;
    const meta: Meta = { author: jobs[0]?.report.municipality.name ?? "", date: options.date, creator: options.creator };
    // The main report's documents keep their plain names; another report's are prefixed, so none collide.
    const planned = jobs.map((job, n) => {
      const prefix = n === 0 ? "" : `r${n}-`;
      const docs = reportDocuments(job.report, templates, workDir, prefix);
      const partOptions: PartOptions = { cache: options.cache, workDir, report: job.dir, prefix };
      const partPlan = planParts(printer, documentsOf(docs), options.cache);
      return { job, docs, partOptions, partPlan, plan: planOutputs(job, docs, (d) => printer.key(d), meta) };
    });
    const all = planned.flatMap((p) => p.plan);
    const todo = new Set(all.filter((o) => !options.published?.(o.path, o.key)).map((o) => o.path));
    const printing = planned.filter((p) => p.plan.some((o) => todo.has(o.path)));
    // A report printed by none of this build's outputs keeps its documents for the next build that prints it.
    for (const p of planned) if (!printing.includes(p)) options.cache?.keep(p.job.dir);
    if (todo.size === 0) return all.map(({ path, key }) => ({ path, key }));
    total = printing.reduce((n, p) => n + p.partPlan.filter((part) => !part.cached).length + 1, 0); // + the covers
    options.onProgress?.(0, total);
    // One report at a time, smallest first: its parts and covers printed, then its PDFs assembled while the next
    // report prints, its parsed parts let go once they are. Every parsed part is held until its report's PDFs are
    // made, and assembling a full report holds a second copy of its pages: printed all at once, L's three reports
    // held all their parts together (1 GB). The largest report (the annual one), printed last, is assembled alone.
    const made = new Map<string, { content: Uint8Array; pages: number }>();
    let printMs = 0;
    let assembling: Promise<void> = Promise.resolve();
    for (const p of smallestFirst(printing)) {
      const start = performance.now();
      const parts = await printAll(printer, p.job.report, p.docs, p.partPlan, templates, p.partOptions);
      printMs += performance.now() - start;
      await assembling;
      assembling = (async () => {
        for (const output of p.plan.filter((o) => todo.has(o.path))) made.set(output.path, await timed(`assemble ${output.path}`, () => output.assemble(parts)));
      })();
      assembling.catch(() => undefined); // awaited before the next report's assembly, and at the end
    }
    if (options.timings) options.timings["print parts"] = Math.round(printMs);
    const blocked = await printer.blocked();
    if (blocked.length > 0) throw new Error(`the printed pages tried to load outside files: ${blocked.join(", ")}`);
    const closing = printer.close(); // everything is printed: the browser shuts down while the last PDFs are assembled
    await assembling;
    await closing;
    return all.map(({ path, key }) => ({ ...made.get(path), path, key }));
  } finally {
    await printer.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The reports to print, the one with the least HTML to print first (known before printing, unlike pages). */
function smallestFirst<P extends { partPlan: PlannedPart[] }>(printing: P[]): P[] {
  const size = (p: P): number => p.partPlan.reduce((n, part) => n + (part.cached ? 0 : part.doc.html.length), 0);
  return printing.map((p, i) => ({ p, i, size: size(p) })).sort((a, b) => a.size - b.size || a.i - b.i).map(({ p }) => p);
}

/** The documents to print, each once: the front, the chapters, and the sections that are not chapters too. */
function documentsOf(docs: ReportDocuments): PrintDocument[] {
  const chapters = new Set(docs.chapters.map((c) => c.doc));
  return [docs.front, ...docs.chapters.map((c) => c.doc), ...docs.sections.map((s) => s.doc).filter((d) => !chapters.has(d))];
}

async function printAll(
  printer: Printer,
  report: DrawnReport,
  docs: ReportDocuments,
  plan: PlannedPart[],
  templates: Templates,
  options: PartOptions,
): Promise<Parts> {
  const printed = await printParts(printer, plan, options);
  const of = (doc: PrintDocument): Printed => printed[plan.findIndex((p) => p.doc === doc)]!;
  const front = of(docs.front);
  const chapters = docs.chapters.map((c) => of(c.doc));
  const sections = docs.sections.map((s) => of(s.doc));
  const makeCovers = (pages: number[]): Cover[] => [
    reportCover(report, front, chapters, pages[0]!),
    ...docs.sections.map((s, i) => sectionCover(report, s.ref, sections[i]!, pages[i + 1]!)),
  ];
  const covers = await printCovers(makeCovers, docs.sections.length + 1, printer, templates, options);
  return { front, chapters, sections, covers };
}

/**
 * The outputs and their keys. A cover is made from the parts' headings and page counts (fixed by the parts'
 * keys) and from names, titles and draft flags; the stamps and metadata from the same and from `meta`.
 */
function planOutputs({ report, dir }: PrintJob, docs: ReportDocuments, keyOf: (doc: PrintDocument) => string, meta: Meta): Planned[] {
  const common = JSON.stringify({ m: report.municipality, s: report.subject, meta: { ...meta, date: meta.date.toISOString() } });
  const flags = (c: SectionRef): string => JSON.stringify({ name: c.name, id: c.id, draft: c.draft });
  const chapters = (parts: Parts): PrintedChapter[] => docs.chapters.map((c, i) => ({ printed: parts.chapters[i]!, name: c.name, draft: c.draft }));
  return [
    {
      path: `${dir}/${reportFileName(report)}`,
      key: sha256([common, keyOf(docs.front), ...docs.chapters.map((c) => keyOf(c.doc)), ...docs.chapters.map((c) => `${c.name}|${c.draft}`), ...report.committees.map(flags)].join("\n")),
      assemble: async (parts) => (await import("./assemble.js")).assembleReport(report, parts.covers[0]!, parts.front, chapters(parts), meta),
    },
    ...docs.sections.map((s, i) => ({
      path: `${dir}/${s.ref.id}.pdf`,
      key: sha256([common, keyOf(s.doc), flags(s.ref)].join("\n")),
      assemble: async (parts: Parts) => (await import("./assemble.js")).assembleSection(report, s.ref, parts.covers[i + 1]!, parts.sections[i]!, meta),
    })),
  ];
}

/**
 * The code that assembles the PDFs (pdf-lib, fontkit) takes most of a second to load. It is loaded in the
 * background once the first document is printed, while the browser still prints, rather than before printing
 * (which would delay the first print) or after it (which would delay the assembly).
 */
function preloadAssembly(): () => void {
  let started = false;
  return () => {
    if (started) return;
    started = true;
    void import("./assemble.js").catch(() => undefined); // a failure to load surfaces where it is used
  };
}
