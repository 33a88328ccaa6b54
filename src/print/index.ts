// The print stage: the report model to the full report PDF and one section PDF per committee.
//
// Each part — the front matter and every committee — is printed once, several at a time, tagged (or taken
// from the part cache when exactly the same document was printed before). Where each heading and caption
// landed is read from the parts' structure trees; that gives the contents' page numbers, so the covers with
// their contents are printed last. The outputs are then assembled from the parts with their tags
// (assemble.ts, merge.ts). An output whose key — a digest of exactly what it is made from — equals the
// published one's is not assembled again: the publish stage keeps the published file.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { CommitteeModel } from "../compute/committee.js";
import { sha256 } from "../core/hash.js";
import { timer, type Timer } from "../core/timer.js";
import type { DrawnReport } from "../render/charts.js";
import type { Templates } from "../render/html.js";
import type { LaunchedBrowser } from "./browser.js";
import type { PartCache } from "./cache.js";
import { reportCover, reportFileName, sectionCover } from "./covers.js";
import { committeeDocument, frontDocument, writePrintAssets } from "./documents.js";
import { planBatches, printCovers, printParts, type PartOptions, type PlannedBatch } from "./parts.js";
import { Printer } from "./printer.js";
import type { AssemblyCommittee } from "./assemble.js";
import { AssemblyWorker, sourcesOf, type SectionJob } from "./parallel.js";
import type { Cover, Meta, PartSource, PdfFile, PrintDocument, Printed } from "./types.js";

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
  path: string;
  key: string;
  assemble: (parts: Parts) => Promise<{ content: Uint8Array; pages: number }>;
  /** A committee's section PDF: what a worker thread needs to assemble it instead. */
  section?: { committee: AssemblyCommittee; index: number };
}

interface Parts {
  front: Printed;
  committees: Printed[];
  covers: Printed[];
  /** The printed bytes the parts (front first, then the committees) and the covers were read from. */
  sources: PartSource[];
  coverSource: PartSource;
}

export async function printReport(report: DrawnReport, options: PrintOptions): Promise<PdfFile[]> {
  const workDir = mkdtempSync(join(tmpdir(), "aarsrapport-print-"));
  writePrintAssets(workDir);
  let done = 0;
  let total = 0;
  const preload = preloadAssembly();
  const onPrinted = (): void => {
    preload.start();
    options.onProgress?.(++done, Math.max(done, total));
  };
  const printer = new Printer({ browser: options.browser, concurrency: options.concurrency, timeoutMs: options.timeoutMs, workDir, onPrinted });
  const partOptions = { cache: options.cache, batches: Math.max(1, options.concurrency ?? availableParallelism()), workDir };
  const timed = timer(options.timings);
  try {
    const { templates } = options;
    const front = frontDocument(report, templates, workDir);
    const committees = report.committees.map((c) => committeeDocument(report, c, templates, workDir));
    const meta: Meta = { author: report.municipality.name, date: options.date, creator: options.creator };
    const plan = planOutputs(report, printer.key(front), committees.map((d) => printer.key(d)), meta);
    const todo = plan.filter((o) => !options.published?.(o.path, o.key));
    if (todo.length === 0) return plan.map(({ path, key }) => ({ path, key }));
    const batches = planBatches(printer, [front, ...committees], partOptions);
    total = batches.filter((b) => !b.cached).length + 1; // + the covers
    options.onProgress?.(0, total);
    const parts = await timed("print parts", () => printAll(printer, report, [front, ...committees], batches, templates, partOptions));
    const blocked = await printer.blocked();
    if (blocked.length > 0) throw new Error(`the printed pages tried to load outside files: ${blocked.join(", ")}`);
    const closing = printer.close(); // everything is printed: the browser shuts down while PDFs are assembled
    const made = await assembleAll(todo, parts, report, meta, preload.worker(), timed);
    await closing;
    return plan.map(({ path, key }) => ({ path, key, ...made.get(path) }));
  } finally {
    await printer.close();
    await preload.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * The outputs to make, from the printed parts. With the full report among them, the section PDFs are made in
 * the worker thread (when there is one) while this thread makes the full report: the bytes are the same.
 */
async function assembleAll(
  todo: Planned[],
  parts: Parts,
  report: DrawnReport,
  meta: Meta,
  worker: AssemblyWorker | undefined,
  timed: Timer,
): Promise<Map<string, { content: Uint8Array; pages: number }>> {
  const sections = worker && todo.some((o) => !o.section) ? todo.filter((o) => o.section) : [];
  const job: SectionJob = {
    report: { municipality: { name: report.municipality.name, title: report.municipality.title, year: report.municipality.year } },
    meta,
    parts: sourcesOf(parts.sources, [parts.front, ...parts.committees]),
    covers: sourcesOf([parts.coverSource], parts.covers),
    sections: sections.map((o) => o.section!),
  };
  const inWorker = sections.length > 0 ? timed("assemble section PDFs (worker thread)", () => worker!.assemble(job)) : Promise.resolve([]);
  inWorker.catch(() => undefined); // awaited below
  const made = new Map<string, { content: Uint8Array; pages: number }>();
  for (const output of todo.filter((o) => !sections.includes(o))) made.set(output.path, await timed(`assemble ${output.path}`, () => output.assemble(parts)));
  for (const result of await inWorker) made.set(result.path, result);
  return made;
}

async function printAll(
  printer: Printer,
  report: DrawnReport,
  docs: PrintDocument[],
  batches: PlannedBatch[],
  templates: Templates,
  options: PartOptions,
): Promise<Parts> {
  const { printed, sources } = await printParts(printer, docs, batches, options);
  const [front, ...committees] = printed;
  const makeCovers = (pages: number[]): Cover[] => [
    reportCover(report, front!, committees, pages[0]!),
    ...report.committees.map((c, i) => sectionCover(report, c, committees[i]!, pages[i + 1]!)),
  ];
  const { covers, source } = await printCovers(makeCovers, report.committees.length + 1, printer, templates, options);
  return { front: front!, committees, covers, sources, coverSource: source };
}

/**
 * The outputs and their keys. A cover is made from the parts' headings and page counts (fixed by the parts'
 * keys) and from names, titles and draft flags; the stamps and metadata from the same and from `meta`.
 */
function planOutputs(report: DrawnReport, frontKey: string, committeeKeys: string[], meta: Meta): Planned[] {
  const common = JSON.stringify({ m: report.municipality, meta: { ...meta, date: meta.date.toISOString() } });
  const flags = (c: CommitteeModel): string => JSON.stringify({ name: c.name, id: c.id, draft: c.draft });
  return [
    {
      path: reportFileName(report),
      key: sha256([common, frontKey, ...committeeKeys, ...report.committees.map(flags)].join("\n")),
      assemble: async ({ front, committees, covers }) => (await import("./assemble.js")).assembleReport(report, covers[0]!, front, committees, meta),
    },
    ...report.committees.map((c, i) => ({
      path: `${c.id}.pdf`,
      key: sha256([common, committeeKeys[i]!, flags(c)].join("\n")),
      assemble: async ({ committees, covers }: Parts) => (await import("./assemble.js")).assembleSection(report, c, covers[i + 1]!, committees[i]!, meta),
      section: { committee: { id: c.id, name: c.name, genitive: c.genitive, draft: c.draft }, index: i },
    })),
  ];
}

/**
 * The code that assembles the PDFs (pdf-lib, fontkit) takes most of a second to load. It is loaded in the
 * background once the first document is printed, while the browser still prints, rather than before printing
 * (which would delay the first print) or after it (which would delay the assembly); so is the worker thread
 * that assembles the section PDFs.
 */
function preloadAssembly() {
  let started = false;
  let worker: AssemblyWorker | undefined;
  return {
    start(): void {
      if (started) return;
      started = true;
      void import("./assemble.js").catch(() => undefined); // a failure to load surfaces where it is used
      worker = AssemblyWorker.start();
    },
    worker: () => worker,
    close: async () => worker?.close(),
  };
}
