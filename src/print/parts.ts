// A printed part: the PDF Chromium made of one document, read back, with the page each of its headings and
// captions landed on (from the structure tree), ready to be merged into the outputs.
//
// Every part is printed as a document of its own. Chromium subsets the fonts per printed document and numbers
// a document's resources (fonts, graphics states) in the order it meets them, so a part printed together with
// others would have bytes that depend on them: then a change to one committee would have to print its batch
// mates again to make the bytes a full build makes. Printed alone, a part's bytes depend on its own HTML only.
import type { Templates } from "../render/html.js";
import type { CachedDocument, PartCache } from "./cache.js";
import { coversDocument } from "./documents.js";
import type { Printer } from "./printer.js";
import type { Cover, PrintDocument, Printed } from "./types.js";

export interface PartOptions {
  cache?: PartCache;
  workDir: string;
  /** The report's output directory ("pdf", "budgetopfoelgning/pdf"): what its documents are cached under. */
  report: string;
  /** Names the covers' document of one report apart from another's in the working directory. */
  prefix?: string;
}

/** A document to print as a part, with its key, and whether the cache has it. */
export interface PlannedPart {
  doc: PrintDocument;
  key: string;
  cached: boolean;
}

export function planParts(printer: Printer, docs: PrintDocument[], cache: PartCache | undefined): PlannedPart[] {
  return docs.map((doc) => {
    const key = printer.key(doc);
    return { doc, key, cached: cache?.has(key) ?? false };
  });
}

/**
 * Every planned document as a printed part, in order: taken from the cache, or printed, several at once. The
 * longest are printed first, so that with one page per core the last to finish is a short one.
 */
export async function printParts(printer: Printer, plan: PlannedPart[], options: PartOptions): Promise<Printed[]> {
  const order = plan.map((_, i) => i).sort((a, b) => plan[b]!.doc.html.length - plan[a]!.doc.html.length || a - b);
  const printed = new Array<Printed>(plan.length);
  await Promise.all(order.map(async (i) => (printed[i] = await printPart(printer, plan[i]!, options))));
  return printed;
}

async function printPart(printer: Printer, { doc, key }: PlannedPart, { cache, report }: PartOptions): Promise<Printed> {
  const { load, readPrinted, splitParts } = await import("./read.js");
  const cached: CachedDocument | undefined = cache?.get(key);
  if (cached?.headings) {
    const pdf = await load(cached.bytes);
    return { part: splitParts(pdf, [prefix(key)])[0]!, pages: pdf.getPageCount(), headings: cached.headings };
  }
  const bytes = await printer.print(doc);
  const { pdf, headings } = await readPrinted(doc, bytes);
  cache?.put(key, report, bytes, headings);
  return { part: splitParts(pdf, [prefix(key)])[0]!, pages: pdf.getPageCount(), headings };
}

/** An id prefix that depends on nothing but the part's own content. */
function prefix(key: string): string {
  return `p${key.slice(0, 10)}-`;
}

/**
 * Prints every cover with its contents in one document and splits it into one part per cover. The contents'
 * page numbers depend on how many pages each cover block takes: guess two, and print again with the true
 * counts in the rare case a guess was wrong (the counts do not depend on the numbers printed). Covers printed
 * before from exactly the same document (no page number in the contents moved) are taken from the cache.
 */
export async function printCovers(make: (pages: number[]) => Cover[], count: number, printer: Printer, templates: Templates, options: PartOptions): Promise<Printed[]> {
  let guess = Array.from({ length: count }, () => 2);
  for (;;) {
    const doc = coversDocument(make(guess), templates, options.workDir, options.prefix ?? "");
    const key = printer.key(doc);
    const cached = options.cache?.get(key)?.bytes;
    const bytes = cached ?? (await printer.print(doc));
    const { readPrinted, splitParts } = await import("./read.js");
    const { pdf, headings } = await readPrinted(doc, bytes);
    const starts = headings.filter((h) => h.tag === "H1").map((h) => h.page);
    const pages = starts.map((start, i) => (starts[i + 1] ?? pdf.getPageCount()) - start);
    if (pages.every((n, i) => n === guess[i])) {
      if (!cached) options.cache?.put(key, options.report, bytes);
      return splitParts(pdf, starts.map((_, i) => `cover${i + 1}-`), starts).map((part, i) => ({ part, pages: pages[i]!, headings: [] }));
    }
    guess = pages;
  }
}
