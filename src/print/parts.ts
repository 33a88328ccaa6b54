// A printed part: the PDF Chromium made of one document, read back, with the page each of its headings and
// captions landed on (from the structure tree), ready to be merged into the outputs.
import { PDFDocument } from "pdf-lib";
import type { Templates } from "../render/html.js";
import { coversDocument, type Cover, type Heading, type PrintDocument } from "./documents.js";
import { splitParts, type Part } from "./merge.js";
import type { Printer } from "./printer.js";
import { marksOf } from "./structure.js";

export interface Printed {
  part: Part;
  pages: number;
  headings: (Heading & { page: number })[];
}

export async function printPart(printer: Printer, doc: PrintDocument): Promise<Printed> {
  const { pdf, headings } = await readPrinted(doc, await printer.print(doc));
  return { part: splitParts(pdf, `${doc.name}-`)[0]!, pages: pdf.getPageCount(), headings };
}

export async function readPrinted(doc: PrintDocument, bytes: Uint8Array): Promise<{ pdf: PDFDocument; headings: Printed["headings"] }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const marks = marksOf(pdf);
  if (marks.length !== doc.headings.length) {
    throw new Error(`${doc.name}: the PDF has ${marks.length} headings and captions, the HTML ${doc.headings.length}`);
  }
  return { pdf, headings: doc.headings.map((h, i) => ({ ...h, page: marks[i]!.page })) };
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
): Promise<Printed[]> {
  let guess = Array.from({ length: count }, () => 2);
  for (;;) {
    const doc = coversDocument(make(guess), templates, workDir);
    const { pdf, headings } = await readPrinted(doc, await printer.print(doc));
    const starts = headings.filter((h) => h.tag === "H1").map((h) => h.page);
    const pages = starts.map((start, i) => (starts[i + 1] ?? pdf.getPageCount()) - start);
    if (pages.every((n, i) => n === guess[i])) {
      return splitParts(pdf, "forsider-", starts).map((part, i) => ({ part, pages: pages[i]!, headings: [] }));
    }
    guess = pages;
  }
}

