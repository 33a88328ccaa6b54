// Reading what Chromium printed: the PDF parsed (at full speed) and paired with the document's headings,
// and split into parts. Loaded by the print stage only once the first document is printed, so that the PDF
// library loads while the browser prints.
import { PDFDocument, ParseSpeeds } from "pdf-lib";
import type { PrintDocument, Printed } from "./types.js";
import { marksOf } from "./structure.js";

export { splitParts } from "./merge.js";

/**
 * Parses a printed PDF at full speed: by default pdf-lib pauses for the event loop every 100 objects, and
 * Chromium's tagged output has tens of thousands.
 */
export function load(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

export async function readPrinted(doc: PrintDocument, bytes: Uint8Array): Promise<{ pdf: PDFDocument; headings: Printed["headings"] }> {
  const pdf = await load(bytes);
  const marks = marksOf(pdf);
  if (marks.length !== doc.headings.length) {
    throw new Error(`${doc.name}: the PDF has ${marks.length} headings and captions, the HTML ${doc.headings.length}`);
  }
  return { pdf, headings: doc.headings.map((h, i) => ({ ...h, page: marks[i]!.page })) };
}

