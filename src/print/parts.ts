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

/** A batch document of the plan, and the parts the cache already has of it (when it has all of them). */
export interface PlannedBatch {
  group: number[];
  doc: PrintDocument;
  key: string;
  cached?: { bytes: Uint8Array; parts: { start: number; pages: number; headings: Printed["headings"] }[] };
}

/**
 * The batch documents that print `docs`: at most `batches` of them, balanced by size, always grouped as a full
 * build groups them. A part's bytes depend on the batch it was printed in (Chromium subsets the fonts per
 * document), so a build that prints only what changed must print the same batches as a full build, to make
 * the same bytes. A batch printed before with exactly these documents is taken from the cache.
 */
export function planBatches(printer: Printer, docs: PrintDocument[], options: PartOptions): PlannedBatch[] {
  const keys = docs.map((d) => printer.key(d));
  const groups = balance(docs.map((_, i) => i), options.batches, (i) => docs[i]!.html.length);
  return groups.map((group, n) => {
    const doc = batchDocument(`${options.prefix ?? ""}parts-${n + 1}`, group.map((i) => docs[i]!), options.workDir);
    const key = printer.key(doc);
    return { group, doc, key, cached: cachedBatch(options.cache, key, group.map((i) => keys[i]!)) };
  });
}

/** Every document as a printed part, in order: the planned batches taken from the cache or printed, several at once. */
export async function printParts(printer: Printer, docs: PrintDocument[], plan: PlannedBatch[], options: PartOptions): Promise<Printed[]> {
  const keys = docs.map((d) => printer.key(d));
  const printed = new Array<Printed>(docs.length);
  await Promise.all(
    plan.map(async ({ group, doc, key, cached }) => {
      const { load, readPrinted, splitParts } = await import("./read.js");
      const prefixes = group.map((i) => prefix(keys[i]!));
      if (cached) {
        const parts = splitParts(await load(cached.bytes), prefixes, cached.parts.map((p) => p.start));
        group.forEach((i, j) => (printed[i] = { part: parts[j]!, pages: cached.parts[j]!.pages, headings: cached.parts[j]!.headings }));
        return;
      }
      const bytes = await printer.print(doc);
      const { pdf, headings } = await readPrinted(doc, bytes);
      const blocks = blocksOf(group.map((i) => docs[i]!), headings, pdf.getPageCount());
      const parts = splitParts(pdf, prefixes, blocks.map((b) => b.start));
      group.forEach((i, j) => (printed[i] = { part: parts[j]!, pages: blocks[j]!.pages, headings: blocks[j]!.headings }));
      const entries = Object.fromEntries(group.map((i, j) => [keys[i]!, { block: j, pages: blocks[j]!.pages, headings: blocks[j]!.headings }]));
      options.cache?.put(key, bytes, blocks.map((b) => b.start), entries);
    }),
  );
  return printed;
}

/** A batch printed before, when the cache has it with exactly these parts in its blocks, in this order. */
function cachedBatch(cache: PartCache | undefined, file: string, partKeys: string[]): PlannedBatch["cached"] {
  const parts = partKeys.map((key) => cache?.part(key));
  if (!cache || !parts.every((p, j) => p?.file === file && p.block === j)) return undefined;
  const { bytes, starts } = cache.batch(file);
  return { bytes, parts: parts.map((p, j) => ({ start: starts[j]!, pages: p!.pages, headings: p!.headings })) };
}

/** An id prefix that depends on nothing but the part's own content. */
function prefix(key: string): string {
  return `p${key.slice(0, 10)}-`;
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
 * counts in the rare case a guess was wrong (the counts do not depend on the numbers printed). Covers printed
 * before from exactly the same document (no page number in the contents moved) are taken from the cache.
 */
export async function printCovers(make: (pages: number[]) => Cover[], count: number, printer: Printer, templates: Templates, options: PartOptions): Promise<Printed[]> {
  let guess = Array.from({ length: count }, () => 2);
  for (;;) {
    const doc = coversDocument(make(guess), templates, options.workDir, options.prefix ?? "");
    const key = printer.key(doc);
    const cached = options.cache?.document(key);
    const bytes = cached ?? (await printer.print(doc));
    const { readPrinted, splitParts } = await import("./read.js");
    const { pdf, headings } = await readPrinted(doc, bytes);
    const starts = headings.filter((h) => h.tag === "H1").map((h) => h.page);
    const pages = starts.map((start, i) => (starts[i + 1] ?? pdf.getPageCount()) - start);
    if (pages.every((n, i) => n === guess[i])) {
      if (!cached) options.cache?.putDocument(key, bytes);
      return splitParts(pdf, starts.map((_, i) => `cover${i + 1}-`), starts).map((part, i) => ({ part, pages: pages[i]!, headings: [] }));
    }
    guess = pages;
  }
}
