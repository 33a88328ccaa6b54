// Reads a printed part through its structure tree (the tags Chromium writes): on which page each heading
// and table caption landed. The contents and the bookmarks take their page numbers from here, so they are
// right by construction rather than by estimate.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from "pdf-lib";
import type { MarkTag } from "./types.js";

const TAGS = new Set<string>(["/H1", "/H2", "/H3", "/Caption"]);

export interface Mark {
  tag: MarkTag;
  /** Page index, 0-based, within the document. */
  page: number;
}

/** The headings and captions of a tagged PDF in document order, each with the page it starts on. */
export function marksOf(doc: PDFDocument): Mark[] {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref, i]));
  const root = doc.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (!root) throw new Error("the printed PDF has no structure tree: it was not printed tagged");
  const marks: Mark[] = [];
  const stack: PDFObject[] = [root.get(PDFName.of("K"))!];
  while (stack.length > 0) {
    const element = resolve(doc, stack.pop());
    if (!(element instanceof PDFDict)) continue;
    const type = String(element.get(PDFName.of("S")));
    if (TAGS.has(type)) {
      // Where the heading's text ends: Chromium leaves an empty fragment of a heading on the page before
      // when the layout pushes it on to stay with what follows, and headings do not span pages otherwise.
      const pages = contentPages(doc, element, pageIndex);
      if (pages.length > 0) marks.push({ tag: type.slice(1) as MarkTag, page: Math.max(...pages) });
    }
    stack.push(...kids(element).reverse());
  }
  return marks;
}

/** The pages an element's marked content lies on (not its own /Pg, which is where its box begins). */
function contentPages(doc: PDFDocument, element: PDFDict, pageIndex: Map<PDFRef, number>): number[] {
  const own = element.get(PDFName.of("Pg"));
  const pages: number[] = [];
  const add = (pg: PDFObject | undefined): void => {
    if (pg instanceof PDFRef && pageIndex.has(pg)) pages.push(pageIndex.get(pg)!);
  };
  for (const kid of kids(element)) {
    if (kid instanceof PDFNumber) add(own);
    const dict = resolve(doc, kid);
    if (!(dict instanceof PDFDict)) continue;
    if (dict.has(PDFName.of("MCID"))) add(dict.get(PDFName.of("Pg")) ?? own);
    else if (dict.has(PDFName.of("Obj"))) continue; // an annotation, not content
    else pages.push(...contentPages(doc, dict, pageIndex));
  }
  return pages;
}

/**
 * The last page of an element's content: which block of a batch a part's top-level element belongs to. Not
 * its first page: Chromium can leave an empty fragment of a document's first element on the last page of the
 * document printed before it in the batch.
 */
export function lastPage(doc: PDFDocument, element: PDFDict, pageIndex: Map<PDFRef, number>): number | undefined {
  const pages = contentPages(doc, element, pageIndex);
  return pages.length > 0 ? Math.max(...pages) : undefined;
}

export function kids(element: PDFDict): PDFObject[] {
  const k = element.get(PDFName.of("K"));
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

export function resolve(doc: PDFDocument, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? doc.context.lookup(object) : object;
}
