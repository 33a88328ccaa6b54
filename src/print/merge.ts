// Joins separately printed, tagged PDFs into one tagged PDF. pdf-lib copies pages but not the structure tree
// (the tags screen readers use), so this carries it across: each part's top-level structure elements move
// under one Document element, its parent-tree keys and element ids are renumbered so parts cannot collide,
// and every page reference is mapped to the copied page by one copier per part.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  PDFString,
  type PDFObject,
} from "pdf-lib";
import { Copier } from "./copy.js";
import { kids, lastPage, resolve } from "./structure.js";
import type { Part } from "./types.js";

const N = (name: string): PDFName => PDFName.of(name);

/**
 * Makes a printed document ready to be copied into other documents, as one part per block: `blockStarts` are
 * the page indexes where blocks begin (default: one block, the whole document). A top-level structure element
 * belongs to the block its content ends in. Element ids are renumbered per part in structure order, under
 * the part's prefix: Chromium derives them from DOM node counters, which differ between documents printed
 * together and between runs, so its ids would collide in a merged document and make the bytes vary.
 */
export function splitParts(doc: PDFDocument, prefixes: string[], blockStarts: number[] = [0]): Part[] {
  const root = doc.catalog.lookup(N("StructTreeRoot"), PDFDict);
  const documentElement = resolve(doc, kids(root)[0]) as PDFDict;
  const pages = doc.getPages().map((p) => p.ref);
  const pageIndex = new Map(pages.map((ref, i) => [ref, i]));
  const parentTree = new Map(numberTree(doc, root.lookup(N("ParentTree"))));
  const parts: Part[] = blockStarts.map((start, i) => ({
    doc,
    pages: pages.slice(start, blockStarts[i + 1] ?? pages.length),
    topElements: [],
    ids: [],
    parentTree,
  }));
  let block = 0;
  for (const kid of kids(documentElement)) {
    const ref = kid instanceof PDFRef ? kid : doc.context.register(kid);
    const page = lastPage(doc, doc.context.lookup(ref, PDFDict), pageIndex);
    if (page !== undefined) while (block + 1 < blockStarts.length && page >= blockStarts[block + 1]!) block++;
    parts[block]!.topElements.push(ref);
    doc.context.lookup(ref, PDFDict).delete(N("P"));
  }
  if (parts.length > 1) for (const part of parts) confine(doc, part); // one part has every page: nothing to cut
  const renamed = new Map<string, string>();
  parts.forEach((part, i) => (part.ids = renumberIds(doc, part.topElements, prefixes[i] ?? `${i}-`, renamed)));
  for (const part of parts) for (const top of part.topElements) renameHeaders(doc, top, renamed);
  return parts;
}

/**
 * Cuts a part's structure at its own pages. Chromium can begin a document's first element on the last page of
 * the document printed before it in the batch (an empty fragment): left as it is, each part would name a page
 * of the other, and merging would copy that page and the other's elements along, unreachable.
 */
function confine(doc: PDFDocument, part: Part): void {
  const own = new Set(part.pages);
  const elements = new Set<PDFRef>();
  const onOwnPage = (pg: PDFObject | undefined): boolean => !(pg instanceof PDFRef) || own.has(pg);
  const stack = [...part.topElements];
  while (stack.length > 0) {
    const ref = stack.pop()!;
    const element = doc.context.lookup(ref);
    if (!(element instanceof PDFDict) || elements.has(ref)) continue;
    elements.add(ref);
    const pg = element.get(N("Pg"));
    const kept = kids(element).filter((kid) => {
      if (kid instanceof PDFNumber) return onOwnPage(pg);
      const dict = resolve(doc, kid);
      if (dict instanceof PDFDict && dict.has(N("MCID"))) return onOwnPage(dict.get(N("Pg")) ?? pg);
      if (kid instanceof PDFRef && dict instanceof PDFDict && !dict.has(N("Obj"))) stack.push(kid);
      return true;
    });
    if (!onOwnPage(pg)) {
      element.delete(N("Pg"));
      element.set(N("K"), doc.context.obj(kept));
    }
  }
  for (const page of part.pages) {
    const key = doc.context.lookup(page, PDFDict).lookupMaybe(N("StructParents"), PDFNumber)?.asNumber();
    const entry = key === undefined ? undefined : resolve(doc, part.parentTree.get(key));
    if (!(entry instanceof PDFArray)) continue;
    for (let i = 0; i < entry.size(); i++) {
      const value = entry.get(i);
      if (value instanceof PDFRef && !elements.has(value)) entry.set(i, PDFNull);
    }
  }
}

/** Every element of the part in structure order; those with an id get the next one under the prefix. */
function renumberIds(doc: PDFDocument, tops: PDFRef[], prefix: string, renamed: Map<string, string>): [string, PDFRef][] {
  const ids: [string, PDFRef][] = [];
  const visit = (ref: PDFRef): void => {
    const element = doc.context.lookup(ref);
    if (!(element instanceof PDFDict)) return;
    const id = textOf(element.get(N("ID")));
    if (id !== undefined) {
      const fresh = `${prefix}${ids.length + 1}`;
      renamed.set(id, fresh);
      element.set(N("ID"), PDFString.of(fresh));
      ids.push([fresh, ref]);
    }
    for (const kid of kids(element)) if (kid instanceof PDFRef) visit(kid);
  };
  tops.forEach(visit);
  return ids;
}

/** Table cells name their header cells by id: those references follow the renumbering. */
function renameHeaders(doc: PDFDocument, top: PDFRef, renamed: Map<string, string>): void {
  const stack = [top];
  while (stack.length > 0) {
    const element = doc.context.lookup(stack.pop()!);
    if (!(element instanceof PDFDict)) continue;
    const list = resolve(doc, element.get(N("A")));
    for (const item of list instanceof PDFArray ? list.asArray() : list ? [list] : []) {
      const dict = resolve(doc, item);
      const headers = dict instanceof PDFDict ? dict.lookupMaybe(N("Headers"), PDFArray) : undefined;
      for (let i = 0; headers && i < headers.size(); i++) {
        const id = textOf(headers.get(i));
        if (id !== undefined && renamed.has(id)) headers.set(i, PDFString.of(renamed.get(id)!));
      }
    }
    for (const kid of kids(element)) if (kid instanceof PDFRef) stack.push(kid);
  }
}

function numberTree(doc: PDFDocument, node: PDFObject | undefined): [number, PDFObject][] {
  const dict = resolve(doc, node);
  if (!(dict instanceof PDFDict)) return [];
  const out: [number, PDFObject][] = [];
  const nums = dict.lookupMaybe(N("Nums"), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) out.push([(nums.get(i) as PDFNumber).asNumber(), nums.get(i + 1)]);
  const children = dict.lookupMaybe(N("Kids"), PDFArray);
  for (const kid of children?.asArray() ?? []) out.push(...numberTree(doc, kid));
  return out;
}

function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

export interface Merged {
  doc: PDFDocument;
  /** Index of each part's first page in the merged document. */
  firstPages: number[];
}

/** A new tagged document made of the parts, in order. */
export async function mergeParts(parts: Part[], lang: string): Promise<Merged> {
  const dest = await PDFDocument.create({ updateMetadata: false });
  const ctx = dest.context;
  const documentRef = ctx.nextRef();
  const rootRef = ctx.nextRef();
  const topElements: PDFRef[] = [];
  const nums: [number, PDFObject][] = [];
  const ids: [string, PDFRef][] = [];
  const firstPages: number[] = [];
  let nextKey = 0;
  for (const part of parts) {
    firstPages.push(dest.getPageCount());
    const copier = new Copier(part.doc.context, ctx);
    // Parent-tree keys are renumbered as pages are copied; entries of pages not copied are left behind.
    const keys = new Map<number, number>();
    const renumber = (dict: PDFDict, key: string): void => {
      const old = dict.lookupMaybe(N(key), PDFNumber)?.asNumber();
      if (old === undefined) return;
      keys.set(old, nextKey);
      dict.set(N(key), PDFNumber.of(nextKey++));
    };
    for (const pageRef of part.pages) {
      const ref = copier.copy(pageRef);
      const leaf = ctx.lookup(ref) as PDFPageLeaf;
      renumber(leaf, "StructParents");
      for (const annotation of leaf.lookupMaybe(N("Annots"), PDFArray)?.asArray() ?? []) {
        const dict = resolve(dest, annotation);
        if (dict instanceof PDFDict) renumber(dict, "StructParent");
      }
      dest.addPage(PDFPage.of(leaf, ref, dest));
    }
    for (const element of part.topElements) {
      const ref = copier.copy(element);
      ctx.lookup(ref, PDFDict).set(N("P"), documentRef);
      topElements.push(ref);
    }
    for (const [old, key] of keys) {
      const value = part.parentTree.get(old);
      if (value !== undefined) nums.push([key, copier.copy(value)]);
    }
    for (const [id, ref] of part.ids) ids.push([id, copier.copy(ref)]);
  }
  nums.sort(([a], [b]) => a - b);
  ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  ctx.assign(
    documentRef,
    ctx.obj({ Type: "StructElem", S: "Document", P: rootRef, K: topElements, Lang: PDFString.of(lang) }),
  );
  ctx.assign(
    rootRef,
    ctx.obj({
      Type: "StructTreeRoot",
      K: documentRef,
      ParentTree: ctx.obj({ Nums: nums.flatMap(([key, value]) => [PDFNumber.of(key), value]) }),
      ParentTreeNextKey: nextKey,
      IDTree: ctx.obj({ Names: ids.flatMap(([id, ref]) => [PDFString.of(id), ref]) }),
    }),
  );
  dest.catalog.set(N("StructTreeRoot"), rootRef);
  dest.catalog.set(N("MarkInfo"), ctx.obj({ Marked: true }));
  dest.catalog.set(N("Lang"), PDFString.of(lang));
  return { doc: dest, firstPages };
}
