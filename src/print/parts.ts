// A printed part: the PDF Chromium made of one document, read back, with the page each of its headings and
// captions landed on (from the structure tree), ready to be merged into the outputs.
import type { Templates } from "../render/html.js";
import type { PartCache } from "./cache.js";
import { batchDocument, coversDocument } from "./documents.js";
import type { Printer } from "./printer.js";
import type { Cover, PrintDocument, Printed } from "./types.js";

export interface PartOptions {
  cache?: PartCache;
  /** At most this many batch documents: one per page printing at once. */
  batches: number;
  workDir: string;
  /** Names the batch documents of one report apart from another's in the working directory. */
  prefix?: string;
}

/**
 * Every document as a printed part, in order: from the cache when exactly that document was printed before,
 * the rest printed in at most `batches` documents at once (balanced by size) and split back into parts.
 */
export async function printParts(printer: Printer, docs: PrintDocument[], options: PartOptions): Promise<Printed[]> {
  const keys = docs.map((d) => printer.key(d));
  const cached = keys.map((k) => options.cache?.part(k));
  const printed = new Array<Printed>(docs.length);
  const files = new Set(cached.flatMap((c) => (c ? [c.file] : [])));
  for (const file of files) {
    const { bytes, starts } = options.cache!.batch(file);
    const { load, splitParts } = await import("./read.js");
    const parts = splitParts(await load(bytes), partPrefixes(options.cache!, file, starts.length), starts);
    cached.forEach((c, i) => {
      if (c?.file === file) printed[i] = { part: parts[c.block]!, pages: c.pages, headings: c.headings };
    });
  }
  const missing = docs.map((_, i) => i).filter((i) => !cached[i]);
  await Promise.all(
    balance(missing, options.batches, (i) => docs[i]!.html.length).map(async (group, n) => {
      const batch = batchDocument(`${options.prefix ?? ""}parts-${n + 1}`, group.map((i) => docs[i]!), options.workDir);
      const bytes = await printer.print(batch);
      const { readPrinted, splitParts } = await import("./read.js");
      const { pdf, headings } = await readPrinted(batch, bytes);
      const blocks = blocksOf(group.map((i) => docs[i]!), headings, pdf.getPageCount());
      const batchKey = printer.key(batch);
      const parts = splitParts(pdf, group.map((i) => prefix(keys[i]!)), blocks.map((b) => b.start));
      group.forEach((i, j) => (printed[i] = { part: parts[j]!, pages: blocks[j]!.pages, headings: blocks[j]!.headings }));
      const entries = Object.fromEntries(group.map((i, j) => [keys[i]!, { block: j, pages: blocks[j]!.pages, headings: blocks[j]!.headings }]));
      options.cache?.put(batchKey, bytes, blocks.map((b) => b.start), entries);
    }),
  );
  return printed;
}

/** An id prefix that depends on nothing but the part's own content. */
function prefix(key: string): string {
  return `p${key.slice(0, 10)}-`;
}

/** The prefixes of a cached batch's blocks, from the parts the index knows in it. */
function partPrefixes(cache: PartCache, file: string, blocks: number): string[] {
  const out = Array.from({ length: blocks }, (_, i) => `${file.slice(0, 10)}${i}-`);
  for (const [key, part] of cache.partsOf(file)) out[part.block] = prefix(key);
  return out;
}

/** How many batch documents printing `docs` takes: for a progress bar. */
export function batchCount(printer: Printer, docs: PrintDocument[], options: PartOptions): number {
  const missing = docs.filter((d) => !options.cache?.part(printer.key(d))).length;
  return Math.min(missing, options.batches);
}

/** Where each document of a batch begins (its first heading's page: each begins on a new page), its pages and headings. */
function blocksOf(docs: PrintDocument[], headings: Printed["headings"], pageCount: number) {
  let h = 0;
  const starts = docs.map((d) => {
    if (d.headings.length === 0) throw new Error(`${d.name} has no heading to find it by in the printed batch`);
    const start = headings[h]!.page;
    h += d.headings.length;
    return start;
  });
  h = 0;
  return docs.map((d, j) => {
    const start = starts[j]!;
    const own = headings.slice(h, (h += d.headings.length)).map((x) => ({ ...x, page: x.page - start }));
    return { start, pages: (starts[j + 1] ?? pageCount) - start, headings: own };
  });
}

/** Splits indices into at most `n` groups of about equal weight, each in the original order. */
function balance(indices: number[], n: number, weight: (i: number) => number): number[][] {
  const groups = Array.from({ length: Math.min(n, indices.length) }, () => ({ weight: 0, items: [] as number[] }));
  for (const i of [...indices].sort((a, b) => weight(b) - weight(a))) {
    const lightest = groups.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.items.push(i);
    lightest.weight += weight(i);
  }
  return groups.map((g) => g.items.sort((a, b) => a - b));
}

/**
 * Prints every cover with its contents in one document and splits it into one part per cover. The contents'
 * page numbers depend on how many pages each cover block takes: guess two, and print again with the true
 * counts in the rare case a guess was wrong (the counts do not depend on the numbers printed).
 */
export async function printCovers(
  make: (pages: number[]) => Cover[],
  count: number,
  printer: Printer,
  templates: Templates,
  workDir: string,
  prefix = "",
): Promise<Printed[]> {
  let guess = Array.from({ length: count }, () => 2);
  for (;;) {
    const doc = coversDocument(make(guess), templates, workDir, prefix);
    const bytes = await printer.print(doc);
    const { readPrinted, splitParts } = await import("./read.js");
    const { pdf, headings } = await readPrinted(doc, bytes);
    const starts = headings.filter((h) => h.tag === "H1").map((h) => h.page);
    const pages = starts.map((start, i) => (starts[i + 1] ?? pdf.getPageCount()) - start);
    if (pages.every((n, i) => n === guess[i])) {
      return splitParts(pdf, starts.map((_, i) => `cover${i + 1}-`), starts).map((part, i) => ({ part, pages: pages[i]!, headings: [] }));
    }
    guess = pages;
  }
}

