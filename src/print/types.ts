// The print stage's own types, in one module that imports no other print module (and only types): documents
// to print, parts printed and read back, covers and their contents, and the PDFs the stage hands on.
import type { PDFDocument, PDFObject, PDFRef } from "pdf-lib";
import type { MadeOrKept, OutputFile } from "../core/output-file.js";

/** The tags a printed PDF's structure tree gives headings and captions. */
export type MarkTag = "H1" | "H2" | "H3" | "Caption";

/** An HTML document written to the print working directory, ready for the browser. */
export interface PrintDocument {
  name: string;
  file: string;
  /** The HTML as written: what the print cache keys on. */
  html: string;
  /** Headings and captions in document order, to pair with where the PDF put them. */
  headings: Heading[];
}

export interface Heading {
  tag: MarkTag;
  text: string;
  /** A figure's caption (a chart): tagged like a table's caption, but not listed in the contents. */
  figure?: boolean;
}

export interface ContentsEntry {
  level: 1 | 2;
  title: string;
  page: number;
}

export interface Cover {
  municipality: string;
  title: string;
  subtitle?: string;
  draft: boolean;
  contents: ContentsEntry[];
}

/** A run of pages of a printed document, with the structure elements that live on them. */
export interface Part {
  doc: PDFDocument;
  pages: PDFRef[];
  topElements: PDFRef[];
  ids: [string, PDFRef][];
  parentTree: Map<number, PDFObject>;
}

/** A printed part: its pages, and the page (0-based, within the part) each of its headings landed on. */
export interface Printed {
  part: Part;
  pages: number;
  headings: (Heading & { page: number })[];
}

/** What every assembled PDF's metadata says. */
export interface Meta {
  author: string;
  date: Date;
  creator: string;
}

/** A PDF of pdf/: made anew (content and pages), or kept from the published build (neither). */
export type PdfFile = MadeOrKept<OutputFile & { content: Uint8Array }> & {
  /** Digest of what the PDF is made from. */
  key: string;
  pages?: number;
};
