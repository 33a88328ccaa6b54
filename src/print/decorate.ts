// What a finished PDF carries besides its content: the running head (report title, current committee), the
// footer "Side X af Y", the UDKAST mark on draft pages — all stamped after assembly, when page numbers are
// final, and marked as artifacts so screen readers skip them — plus bookmarks and document metadata.
import fontkit from "@pdf-lib/fontkit";
import {
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFNull,
  beginMarkedContent,
  degrees,
  endMarkedContent,
  rgb,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from "pdf-lib";
import type { Font, Fontkit } from "pdf-lib/cjs/types/fontkit.js";
import { trueType } from "./fonts.js";

export interface PageStamp {
  /** Left of the running head; absent on covers. */
  head?: string;
  /** Right of the running head: the committee the page belongs to. */
  section?: string;
  draft: boolean;
}

const MM = 72 / 25.4;
const GREY = rgb(0.33, 0.33, 0.33);

export async function stampPages(doc: PDFDocument, stamps: PageStamp[]): Promise<void> {
  doc.registerFontkit(sharedFontkit);
  const regular = memoized(await doc.embedFont(trueType("source-sans-3-latin-400-normal"), { subset: true }));
  const bold = memoized(await doc.embedFont(trueType("source-sans-3-latin-700-normal"), { subset: true }));
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const stamp = stamps[i] ?? { draft: false };
    artifact(page, () => {
      if (stamp.head) runningHead(page, regular, stamp.head, stamp.section);
      footer(page, regular, `Side ${i + 1} af ${pages.length}`);
      if (stamp.draft) draftMark(page, bold);
    });
  });
}

/**
 * fontkit as the stamps use it: each font file parsed once per process (pdf-lib would parse it again for every
 * PDF), and the layout of each text worked out once ("Side 3 af 40" and the running heads recur in every
 * PDF). Both are pure functions of the font's bytes and the text; each PDF still gets its own subset of the
 * font, which pdf-lib makes per document.
 */
const fonts = new Map<Uint8Array, Font>();
const sharedFontkit: Fontkit = {
  create(bytes) {
    let font = fonts.get(bytes);
    if (!font) {
      font = fontkit.create(bytes);
      const layout = font.layout.bind(font);
      const runs = new Map<string, ReturnType<Font["layout"]>>();
      font.layout = (text, features) => {
        if (features !== undefined) return layout(text, features);
        return runs.get(text) ?? runs.set(text, layout(text)).get(text)!;
      };
      fonts.set(bytes, font);
    }
    return font;
  },
};

/**
 * The same running head is set on every page: shape each text once. fontkit shapes a text anew on every call
 * (for its width and again to draw it), which made stamping a tenth of the build.
 */
function memoized(font: PDFFont): PDFFont {
  const encode = font.encodeText.bind(font);
  const width = font.widthOfTextAtSize.bind(font);
  const encoded = new Map<string, ReturnType<PDFFont["encodeText"]>>();
  const widths = new Map<string, number>();
  font.encodeText = (text) => encoded.get(text) ?? encoded.set(text, encode(text)).get(text)!;
  font.widthOfTextAtSize = (text, size) => widths.get(`${size} ${text}`) ?? widths.set(`${size} ${text}`, width(text, size)).get(`${size} ${text}`)!;
  return font;
}

function artifact(page: PDFPage, draw: () => void): void {
  page.pushOperators(beginMarkedContent("Artifact"));
  draw();
  page.pushOperators(endMarkedContent());
}

function runningHead(page: PDFPage, font: PDFFont, head: string, section: string | undefined): void {
  const { width, height } = page.getSize();
  const y = height - 14 * MM;
  const left = 19 * MM;
  const right = width - 17 * MM;
  page.drawText(head, { x: left, y, size: 8, font, color: GREY });
  if (section) page.drawText(section, { x: right - font.widthOfTextAtSize(section, 8), y, size: 8, font, color: GREY });
  page.drawLine({ start: { x: left, y: y - 2.5 * MM }, end: { x: right, y: y - 2.5 * MM }, thickness: 0.4, color: GREY });
}

function footer(page: PDFPage, font: PDFFont, text: string): void {
  const { width } = page.getSize();
  page.drawText(text, { x: width - 17 * MM - font.widthOfTextAtSize(text, 8), y: 10 * MM, size: 8, font, color: GREY });
}

/** Visible but unobtrusive: a pale diagonal word across the page, and the word in the head. */
function draftMark(page: PDFPage, font: PDFFont): void {
  const { width, height } = page.getSize();
  const size = 110;
  const text = "UDKAST";
  const w = font.widthOfTextAtSize(text, size);
  const angle = Math.atan2(height, width);
  page.drawText(text, {
    x: width / 2 - (w / 2) * Math.cos(angle) + (size / 3) * Math.sin(angle),
    y: height / 2 - (w / 2) * Math.sin(angle) - (size / 3) * Math.cos(angle),
    size,
    font,
    color: rgb(0.55, 0.1, 0.1),
    opacity: 0.08,
    rotate: degrees((angle * 180) / Math.PI),
  });
  page.drawText(text, { x: width / 2 - font.widthOfTextAtSize(text, 9) / 2, y: height - 14 * MM, size: 9, font, color: rgb(0.55, 0.1, 0.1) });
}

export interface OutlineEntry {
  title: string;
  /** Page index, 0-based. */
  page: number;
  children?: OutlineEntry[];
}

/** PDF bookmarks, nested as given, each opening its page at the top. */
export function setOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();
  const build = (items: OutlineEntry[], parent: PDFRef): { first?: PDFRef; last?: PDFRef; count: number } => {
    const refs = items.map(() => ctx.nextRef());
    let count = 0;
    items.forEach((item, i) => {
      const page = pages[item.page]!;
      const sub = build(item.children ?? [], refs[i]!);
      const dict = ctx.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [page.ref, PDFName.of("XYZ"), PDFNull, PDFNumber.of(page.getHeight()), PDFNull],
      });
      if (i > 0) dict.set(PDFName.of("Prev"), refs[i - 1]!);
      if (i < items.length - 1) dict.set(PDFName.of("Next"), refs[i + 1]!);
      if (sub.first) {
        dict.set(PDFName.of("First"), sub.first);
        dict.set(PDFName.of("Last"), sub.last!);
        dict.set(PDFName.of("Count"), PDFNumber.of(sub.count));
      }
      ctx.assign(refs[i]!, dict);
      count += 1 + sub.count;
    });
    return { first: refs[0], last: refs.at(-1), count };
  };
  const top = build(entries, rootRef);
  const root = ctx.obj({ Type: "Outlines", Count: top.count });
  if (top.first) {
    root.set(PDFName.of("First"), top.first);
    root.set(PDFName.of("Last"), top.last!);
  }
  ctx.assign(rootRef, root);
  doc.catalog.set(PDFName.of("Outlines"), rootRef);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

export interface Metadata {
  title: string;
  author: string;
  subject: string;
  /** Fixed, so that the same data gives the same PDF (no wall-clock time inside). */
  date: Date;
  creator: string;
}

export function setMetadata(doc: PDFDocument, meta: Metadata): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setLanguage("da");
  doc.setCreator(meta.creator);
  doc.setProducer(`${meta.creator} (Chromium, pdf-lib)`);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
}
