// Reading PDFs in tests: text and info through poppler-utils (pdftotext, pdfinfo), structure and bookmarks
// through pdf-lib. Each file is read by pdftotext and pdfinfo once (per version of the file), however many pages
// and facts a test asks for.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, decodePDFRawStream, type PDFObject } from "pdf-lib";

const texts = new Map<string, string[]>();
const infos = new Map<string, Record<string, string>>();

/** A file's identity for the caches: its path and its version on disk. */
function version(file: string): string {
  const stat = statSync(file);
  return `${file}|${stat.mtimeMs}|${stat.size}|${stat.ino}`;
}

/** The text of one page (1-based), or of the whole file, as `pdftotext -layout` gives it (pages end with \f). */
export function pdfText(file: string, page?: number): string {
  const key = version(file);
  let pages = texts.get(key);
  if (!pages) {
    // pdftotext ends every page with a form feed: the pages are the pieces before each one.
    pages = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }).split("\f").slice(0, -1).map((p) => `${p}\f`);
    texts.set(key, pages);
  }
  if (page === undefined) return pages.join("");
  const text = pages[page - 1];
  if (text === undefined) throw new Error(`${file} has no page ${page} (it has ${pages.length})`);
  return text;
}

export function pdfInfo(file: string): Record<string, string> {
  const key = version(file);
  let info = infos.get(key);
  if (!info) {
    const out = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    info = Object.fromEntries(out.split("\n").filter(Boolean).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
    infos.set(key, info);
  }
  return info;
}

export function pageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/** Whitespace-insensitive: a caption may wrap differently on the page than in the contents. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export async function loadPdf(file: string): Promise<PDFDocument> {
  return PDFDocument.load(readFileSync(file), { updateMetadata: false });
}

export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

export function bookmarks(doc: PDFDocument): Bookmark[] {
  const pages = new Map(doc.getPages().map((p, i) => [p.ref, i + 1]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const walk = (first: PDFObject | undefined): Bookmark[] => {
    const out: Bookmark[] = [];
    let ref = first;
    while (ref instanceof PDFRef) {
      const item = doc.context.lookup(ref, PDFDict);
      const dest = item.lookup(PDFName.of("Dest"), PDFArray);
      const title = item.lookup(PDFName.of("Title"), PDFString, PDFHexString);
      out.push({ title: title.decodeText(), page: pages.get(dest.get(0) as PDFRef) ?? -1, children: walk(item.get(PDFName.of("First"))) });
      ref = item.get(PDFName.of("Next"));
    }
    return out;
  };
  return walk(outlines?.get(PDFName.of("First")));
}

export interface TaggedTable {
  /** 1-based page of the caption, if the table has one. */
  captionPage?: number;
  /** Per row (TR) in order, the 1-based pages its content lies on. */
  rows: number[][];
  /** Whether the first row is a head row (header cells only). */
  hasHead: boolean;
}

/** Every Table element of the structure tree, with where its caption and rows landed. */
export function taggedTables(doc: PDFDocument): TaggedTable[] {
  const pages = new Map(doc.getPages().map((p, i) => [p.ref, i + 1]));
  const root = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
  const tables: TaggedTable[] = [];
  const visit = (obj: PDFObject | undefined, into?: TaggedTable): void => {
    const el = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
    if (!(el instanceof PDFDict)) return;
    const type = String(el.get(PDFName.of("S")));
    if (type === "/Table") {
      const table: TaggedTable = { rows: [], hasHead: false };
      tables.push(table);
      for (const kid of kidsOf(el)) visit(kid, table);
      return;
    }
    // A caption pushed to the next page leaves an empty fragment behind: where its text ends is where it is.
    if (into && type === "/Caption") into.captionPage = Math.max(...pagesOf(doc, el, pages));
    else if (into && type === "/TR") {
      if (into.rows.length === 0) into.hasHead = kidsOf(el).every((k) => String((doc.context.lookup(k as PDFRef) as PDFDict).get(PDFName.of("S"))) === "/TH");
      into.rows.push([...new Set(pagesOf(doc, el, pages))].sort((a, b) => a - b));
    }
    else for (const kid of kidsOf(el)) visit(kid, into);
  };
  visit(root.get(PDFName.of("K")));
  return tables;
}

function kidsOf(el: PDFDict): PDFObject[] {
  const k = el.get(PDFName.of("K"));
  return k === undefined ? [] : k instanceof PDFArray ? k.asArray() : [k];
}

function pagesOf(doc: PDFDocument, el: PDFDict, pages: Map<PDFRef, number>): number[] {
  const out: number[] = [];
  const pg = el.get(PDFName.of("Pg"));
  const hasContent = kidsOf(el).some((k) => k instanceof PDFNumber || (k instanceof PDFDict && k.has(PDFName.of("MCID"))));
  if (pg instanceof PDFRef && hasContent) out.push(pages.get(pg)!);
  for (const kid of kidsOf(el)) {
    const child = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
    if (child instanceof PDFDict) {
      if (child.has(PDFName.of("MCID"))) {
        const p = child.get(PDFName.of("Pg"));
        out.push(p instanceof PDFRef ? pages.get(p)! : pages.get(pg as PDFRef)!);
      } else out.push(...pagesOf(doc, child, pages));
    }
  }
  return out;
}

export function catalogString(doc: PDFDocument, key: string): string | undefined {
  const value = doc.catalog.lookupMaybe(PDFName.of(key), PDFString, PDFHexString);
  return value?.decodeText();
}

/**
 * What is wrong with a tagged PDF's structure tree, as readable lines: a structure element whose page (/Pg) is
 * not a page of the document, a page whose marked content has no entry in the parent tree, or a parent-tree
 * entry naming an element the tree does not reach (content a screen reader would never find).
 */
export function structureFaults(doc: PDFDocument): string[] {
  const pages = new Map(doc.getPages().map((p, i) => [p.ref, i + 1]));
  const root = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
  const faults: string[] = [];
  const reached = new Set<PDFRef>();
  const stack: PDFObject[] = [root.get(PDFName.of("K"))!];
  while (stack.length > 0) {
    const obj = stack.pop();
    if (obj instanceof PDFRef) {
      if (reached.has(obj)) continue;
      reached.add(obj);
    }
    const el = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
    if (el instanceof PDFArray) stack.push(...el.asArray());
    if (!(el instanceof PDFDict) || el.has(PDFName.of("Obj"))) continue;
    const pg = el.get(PDFName.of("Pg"));
    if (pg instanceof PDFRef && !pages.has(pg)) faults.push(`${String(el.get(PDFName.of("S")) ?? "marked content")} on ${pg.toString()}, not a page of the document`);
    const k = el.get(PDFName.of("K"));
    if (k !== undefined) stack.push(k);
  }
  const tree = new Map<number, PDFObject>();
  const collect = (node: PDFObject | undefined): void => {
    const dict = node instanceof PDFRef ? doc.context.lookup(node) : node;
    if (!(dict instanceof PDFDict)) return;
    const nums = dict.lookupMaybe(PDFName.of("Nums"), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) tree.set((nums.get(i) as PDFNumber).asNumber(), nums.get(i + 1));
    for (const kid of dict.lookupMaybe(PDFName.of("Kids"), PDFArray)?.asArray() ?? []) collect(kid);
  };
  collect(root.get(PDFName.of("ParentTree")));
  doc.getPages().forEach((page, i) => {
    const key = page.node.lookupMaybe(PDFName.of("StructParents"), PDFNumber)?.asNumber();
    if (key === undefined) return;
    const entry = tree.get(key);
    const value = entry instanceof PDFRef ? doc.context.lookup(entry) : entry;
    if (value === undefined) return void faults.push(`page ${i + 1}: its marked content has no parent-tree entry`);
    const elements = value instanceof PDFArray ? value.asArray() : [entry!];
    const lost = elements.filter((e) => e instanceof PDFRef && !reached.has(e)).length;
    if (lost > 0) faults.push(`page ${i + 1}: ${lost} of its marked contents belong to elements the structure tree does not reach`);
  });
  return faults;
}

/**
 * Each page's print scale: Chromium draws a page's content under one uniform scale (3.125 at 100 %, CSS pixels
 * to PDF units at its resolution) and shrinks a whole document whose content is wider than the page, which shows
 * as a smaller first scale (3.071 at 98.3 %).
 */
export function pageScales(doc: PDFDocument): number[] {
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    let text = "";
    for (const s of streams) if (s instanceof PDFRawStream) text += Buffer.from(decodePDFRawStream(s).decode()).toString("latin1");
    const scales = [...text.matchAll(/([\d.]+) 0 0 -?([\d.]+) [\d.-]+ [\d.-]+ cm/g)].map((m) => Number(m[1]));
    return scales.find((s) => s > 1) ?? NaN;
  });
}
