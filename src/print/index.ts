// The print stage: the report model to the full report PDF and one section PDF per committee.
//
// Each part — the front matter and every committee — is printed once, several at a time, tagged. Where each
// heading and caption landed is read from the parts' structure trees; that gives the contents' page numbers,
// so the covers with their contents are printed last. The full report and each section PDF are then assembled
// from the printed parts with their tags (src/print/merge.ts), stamped with running heads and page numbers,
// given bookmarks and metadata, and saved with compressed object streams (Chromium's tagged output is large).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import type { CommitteeModel } from "../compute/committee.js";
import type { ReportModel } from "../compute/report.js";
import type { Templates } from "../render/html.js";
import { launchBrowser, type LaunchedBrowser } from "./browser.js";
import { setMetadata, setOutline, stampPages, type OutlineEntry, type PageStamp } from "./decorate.js";
import { committeeDocument, coversDocument, frontDocument, writePrintAssets, type ContentsEntry, type Cover, type Heading, type PrintDocument } from "./documents.js";
import { mergeParts, splitParts, type Part } from "./merge.js";
import { PrintQueue } from "./queue.js";
import { marksOf } from "./structure.js";

export interface PrintOptions {
  templates: Templates;
  /** Goes into the PDFs' dates instead of the wall clock. */
  date: Date;
  creator: string;
  concurrency?: number;
  timeoutMs?: number;
  /** Receives milliseconds per step ("print front", "assemble okonomi.pdf", …) for the benchmark. */
  timings?: Record<string, number>;
  /** A browser launched early, while the data was validated; else one is launched here. */
  browser?: Promise<LaunchedBrowser>;
}

export interface PdfFile {
  path: string;
  content: Uint8Array;
  pages: number;
}

/** A printed part: its PDF made ready for merging, and its headings with their page within the part. */
interface Printed {
  part: Part;
  pages: number;
  headings: (Heading & { page: number })[];
}

export async function printReport(report: ReportModel, options: PrintOptions): Promise<PdfFile[]> {
  const workDir = mkdtempSync(join(tmpdir(), "aarsrapport-print-"));
  const launched = await (options.browser ?? launchBrowser());
  try {
    writePrintAssets(workDir);
    const queue = new PrintQueue(launched.browser, { allowedDir: workDir, concurrency: options.concurrency, timeoutMs: options.timeoutMs });
    const timed = timer(options.timings);
    const print = async (doc: PrintDocument): Promise<{ pdf: PDFDocument; headings: Printed["headings"] }> => {
      const bytes = await timed(`print ${doc.name}`, () => queue.print(doc.file, doc.name));
      return timed(`read ${doc.name}`, () => readPrinted(doc, bytes));
    };
    const asPart = async (doc: PrintDocument): Promise<Printed> => {
      const { pdf, headings } = await print(doc);
      return { part: splitParts(pdf, `${doc.name}-`)[0]!, pages: pdf.getPageCount(), headings };
    };
    const { templates } = options;
    const [front, ...committees] = await Promise.all([
      asPart(frontDocument(report, templates, workDir)),
      ...report.committees.map((c) => asPart(committeeDocument(report, c, templates, workDir))),
    ]);
    const makeCovers = (pages: number[]): Cover[] => [
      reportCover(report, front!, committees, pages[0]!),
      ...report.committees.map((c, i) => sectionCover(report, c, committees[i]!, pages[i + 1]!)),
    ];
    const covers = await printCovers(makeCovers, report.committees.length + 1, (doc) => print(doc), templates, workDir);
    if (queue.blocked.length > 0) throw new Error(`the printed pages tried to load outside files: ${queue.blocked.join(", ")}`);
    // Everything is printed: let the browser shut down while the PDFs are assembled.
    const closing = queue.close().then(() => launched.close());
    const meta = { author: report.municipality.name, date: options.date, creator: options.creator };
    const files = [await timed("assemble full report", () => assembleReport(report, covers[0]!, front!, committees, meta))];
    for (const [i, committee] of report.committees.entries()) {
      files.push(await timed(`assemble ${committee.id}`, () => assembleSection(report, committee, covers[i + 1]!, committees[i]!, meta)));
    }
    await closing;
    return files;
  } finally {
    await launched.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * Prints every cover with its contents in one document and splits it into one part per cover. The contents'
 * page numbers depend on how many pages each cover block takes: guess two, and print again with the true
 * counts in the rare case a guess was wrong (the counts do not depend on the numbers printed).
 */
async function printCovers(
  make: (pages: number[]) => Cover[],
  count: number,
  print: (doc: PrintDocument) => Promise<{ pdf: PDFDocument; headings: Printed["headings"] }>,
  templates: Templates,
  workDir: string,
): Promise<Printed[]> {
  let guess = Array.from({ length: count }, () => 2);
  for (;;) {
    const { pdf, headings } = await print(coversDocument(make(guess), templates, workDir));
    const starts = headings.filter((h) => h.tag === "H1").map((h) => h.page);
    const pages = starts.map((start, i) => (starts[i + 1] ?? pdf.getPageCount()) - start);
    if (pages.every((n, i) => n === guess[i])) {
      return splitParts(pdf, "forsider-", starts).map((part, i) => ({ part, pages: pages[i]!, headings: [] }));
    }
    guess = pages;
  }
}

function timer(timings: Record<string, number> | undefined) {
  return async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      if (timings) timings[step] = Math.round(performance.now() - start);
    }
  };
}

async function readPrinted(doc: PrintDocument, bytes: Uint8Array): Promise<{ pdf: PDFDocument; headings: Printed["headings"] }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const marks = marksOf(pdf);
  if (marks.length !== doc.headings.length) {
    throw new Error(`${doc.name}: the PDF has ${marks.length} headings and captions, the HTML ${doc.headings.length}`);
  }
  return { pdf, headings: doc.headings.map((h, i) => ({ ...h, page: marks[i]!.page })) };
}

/** Contents entries of a part: headings of `level1` tag as level 1, captions as level 2; pages 1-based. */
function contentsOf(printed: Printed, firstPage: number, level1: string): ContentsEntry[] {
  return printed.headings
    .filter((h) => h.tag === level1 || (h.tag === "Caption" && !h.figure))
    .map((h) => ({ level: h.tag === "Caption" ? 2 : 1, title: h.text, page: firstPage + h.page + 1 }));
}

function reportCover(report: ReportModel, front: Printed, committees: Printed[], coverPages: number): Cover {
  let next = coverPages + front.pages;
  const contents = [
    ...contentsOf(front, coverPages, "H2").filter((e) => e.level === 1),
    ...committees.flatMap((c) => {
      const entries = contentsOf(c, next, "H2");
      next += c.pages;
      return entries;
    }),
  ];
  const draft = report.committees.some((c) => c.draft);
  return { municipality: report.municipality.name, title: report.municipality.title, draft, contents };
}

function sectionCover(report: ReportModel, committee: CommitteeModel, printed: Printed, coverPages: number): Cover {
  return {
    municipality: report.municipality.name,
    title: committee.name,
    subtitle: `${report.municipality.title} – udvalgets afsnit`,
    draft: committee.draft,
    contents: contentsOf(printed, coverPages, "H3"),
  };
}

type Meta = { author: string; date: Date; creator: string };

async function assembleReport(report: ReportModel, cover: Printed, front: Printed, committees: Printed[], meta: Meta): Promise<PdfFile> {
  const { doc, firstPages } = await mergeParts([cover.part, front.part, ...committees.map((c) => c.part)], "da");
  const head = `${report.municipality.title} · ${report.municipality.name}`;
  const stamps: PageStamp[] = [
    ...pagesOf(cover.pages, () => ({ draft: false })),
    ...pagesOf(front.pages, () => ({ head, draft: false })),
    ...report.committees.flatMap((c, i) => pagesOf(committees[i]!.pages, () => ({ head, section: c.name, draft: c.draft }))),
  ];
  await stampPages(doc, stamps);
  const outline: OutlineEntry[] = [
    { title: "Indhold", page: 1 },
    ...front.headings.filter((h) => h.tag === "H2").map((h) => ({ title: h.text, page: firstPages[1]! + h.page })),
    ...committees.map((c, i) => committeeOutline(c, firstPages[i + 2]!)),
  ];
  setOutline(doc, outline);
  setMetadata(doc, { ...meta, title: `${report.municipality.title} – ${report.municipality.name}`, subject: `${report.municipality.name}s årsrapport for ${report.municipality.year}` });
  return save(`${slug(report.municipality.title)}.pdf`, doc);
}

async function assembleSection(report: ReportModel, committee: CommitteeModel, cover: Printed, body: Printed, meta: Meta): Promise<PdfFile> {
  const { doc, firstPages } = await mergeParts([cover.part, body.part], "da");
  const head = `${report.municipality.title} · ${report.municipality.name}`;
  await stampPages(doc, [
    ...pagesOf(cover.pages, () => ({ draft: committee.draft })),
    ...pagesOf(body.pages, () => ({ head, section: committee.name, draft: committee.draft })),
  ]);
  setOutline(doc, [{ title: "Indhold", page: 1 }, committeeOutline(body, firstPages[1]!)]);
  setMetadata(doc, {
    ...meta,
    title: `${committee.name} – ${report.municipality.title} – ${report.municipality.name}`,
    subject: `${committee.genitive} afsnit af ${report.municipality.name}s årsrapport for ${report.municipality.year}`,
  });
  return save(`${committee.id}.pdf`, doc);
}

/** A committee's bookmark (its first heading) with one child per table. */
function committeeOutline(printed: Printed, firstPage: number): OutlineEntry {
  const title = printed.headings.find((h) => h.tag === "H2")!;
  return {
    title: title.text,
    page: firstPage + title.page,
    children: printed.headings.filter((h) => h.tag === "Caption" && !h.figure).map((h) => ({ title: h.text, page: firstPage + h.page })),
  };
}

function pagesOf<T>(count: number, make: () => T): T[] {
  return Array.from({ length: count }, make);
}

async function save(path: string, doc: PDFDocument): Promise<PdfFile> {
  const content = await doc.save({ useObjectStreams: true, updateFieldAppearances: false });
  return { path, content, pages: doc.getPageCount() };
}

/** "Årsrapport 2024" → "aarsrapport-2024". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
