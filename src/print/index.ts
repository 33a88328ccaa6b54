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
import { timer } from "../core/timer.js";
import type { DrawnReport } from "../render/charts.js";
import type { Templates } from "../render/html.js";
import type { LaunchedBrowser } from "./browser.js";
import type { PartCache } from "./cache.js";
import { reportCover, reportFileName, sectionCover } from "./covers.js";
import { committeeDocument, frontDocument, statementsDocument, writePrintAssets } from "./documents.js";
import { batchCount, printCovers, printParts, type PartOptions } from "./parts.js";
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
  path: string;
  key: string;
  assemble: (parts: Parts) => Promise<{ content: Uint8Array; pages: number }>;
}

interface Parts {
  front: Printed;
  /** Årsregnskabet's statements, when the report has them. */
  statements?: Printed;
  committees: Printed[];
  covers: Printed[];
}

export async function printReport(report: DrawnReport, options: PrintOptions): Promise<PdfFile[]> {
  const workDir = mkdtempSync(join(tmpdir(), "aarsrapport-print-"));
  writePrintAssets(workDir, report.statements !== undefined);
  let done = 0;
  let total = 0;
  const preload = preloadAssembly();
  const onPrinted = (): void => {
    preload();
    options.onProgress?.(++done, Math.max(done, total));
  };
  const printer = new Printer({ browser: options.browser, concurrency: options.concurrency, timeoutMs: options.timeoutMs, workDir, onPrinted });
  const partOptions = { cache: options.cache, batches: Math.max(1, options.concurrency ?? availableParallelism()), workDir };
  const timed = timer(options.timings);
  try {
    const { templates } = options;
    const front = frontDocument(report, templates, workDir);
    const statements = statementsDocument(report, templates, workDir);
    const committees = report.committees.map((c) => committeeDocument(report, c, templates, workDir));
    const meta: Meta = { author: report.municipality.name, date: options.date, creator: options.creator };
    const plan = planOutputs(report, [front, ...(statements ? [statements] : [])].map((d) => printer.key(d)), committees.map((d) => printer.key(d)), meta);
    const todo = plan.filter((o) => !options.published?.(o.path, o.key));
    if (todo.length === 0) return plan.map(({ path, key }) => ({ path, key }));
    total = batchCount(printer, [front, ...(statements ? [statements] : []), ...committees], partOptions) + 1; // + the covers
    options.onProgress?.(0, total);
    const parts = await timed("print parts", () => printAll(printer, report, { front, statements, committees }, templates, partOptions));
    const blocked = await printer.blocked();
    if (blocked.length > 0) throw new Error(`the printed pages tried to load outside files: ${blocked.join(", ")}`);
    const closing = printer.close(); // everything is printed: the browser shuts down while PDFs are assembled
    const made = new Map<string, { content: Uint8Array; pages: number }>();
    for (const output of todo) made.set(output.path, await timed(`assemble ${output.path}`, () => output.assemble(parts)));
    await closing;
    return plan.map(({ path, key }) => ({ path, key, ...made.get(path) }));
  } finally {
    await printer.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function printAll(
  printer: Printer,
  report: DrawnReport,
  docs: { front: PrintDocument; statements: PrintDocument | undefined; committees: PrintDocument[] },
  templates: Templates,
  options: PartOptions,
): Promise<Parts> {
  const own = docs.statements ? [docs.statements] : [];
  const printed = await printParts(printer, [docs.front, ...own, ...docs.committees], options);
  const front = printed[0]!;
  const statements = docs.statements ? printed[1] : undefined;
  const committees = printed.slice(1 + own.length);
  const makeCovers = (pages: number[]): Cover[] => [
    reportCover(report, front, committees, pages[0]!, statements),
    ...report.committees.map((c, i) => sectionCover(report, c, committees[i]!, pages[i + 1]!)),
  ];
  const covers = await printCovers(makeCovers, report.committees.length + 1, printer, templates, options.workDir);
  return { front, ...(statements && { statements }), committees, covers };
}

/**
 * The outputs and their keys. A cover is made from the parts' headings and page counts (fixed by the parts'
 * keys) and from names, titles and draft flags; the stamps and metadata from the same and from `meta`.
 */
function planOutputs(report: DrawnReport, frontKeys: string[], committeeKeys: string[], meta: Meta): Planned[] {
  const common = JSON.stringify({ m: report.municipality, meta: { ...meta, date: meta.date.toISOString() } });
  const flags = (c: CommitteeModel): string => JSON.stringify({ name: c.name, id: c.id, draft: c.draft });
  return [
    {
      path: reportFileName(report),
      key: sha256([common, ...frontKeys, ...committeeKeys, ...report.committees.map(flags)].join("\n")),
      assemble: async ({ front, statements, committees, covers }) =>
        (await import("./assemble.js")).assembleReport(report, covers[0]!, [front, ...(statements ? [statements] : [])], committees, meta),
    },
    ...report.committees.map((c, i) => ({
      path: `${c.id}.pdf`,
      key: sha256([common, committeeKeys[i]!, flags(c)].join("\n")),
      assemble: async ({ committees, covers }: Parts) => (await import("./assemble.js")).assembleSection(report, c, covers[i + 1]!, committees[i]!, meta),
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
