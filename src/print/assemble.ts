// Assembling the outputs from printed parts: the full report (cover and contents, front matter, every
// committee) and each committee's section PDF (its cover and contents, its section), with running heads,
// page numbers, UDKAST marks, bookmarks and metadata.
import type { PDFDocument } from "pdf-lib";
import "./deflate.js";
import type { OutputFile } from "../core/output-file.js";
import type { SectionRef } from "../compute/committee.js";
import type { ReportModel } from "../compute/report.js";
import { setMetadata, setOutline, stampPages, type OutlineEntry, type PageStamp } from "./decorate.js";
import { reportFileName } from "./covers.js";
import { mergeParts } from "./merge.js";
import type { Meta, Printed } from "./types.js";

/** An assembled PDF with its page count. */
type Assembled = OutputFile & { content: Uint8Array; pages: number };

/** A chapter of the full report as printed: its name runs in the head of its pages, a draft's carry UDKAST. */
export interface PrintedChapter {
  printed: Printed;
  name: string;
  draft: boolean;
}

export async function assembleReport(report: ReportModel, cover: Printed, front: Printed, chapters: PrintedChapter[], meta: Meta): Promise<Assembled> {
  const { doc, firstPages } = await mergeParts([cover.part, front.part, ...chapters.map((c) => c.printed.part)], "da");
  const head = `${report.municipality.title} · ${report.municipality.name}`;
  const stamps: PageStamp[] = [
    ...pagesOf(cover.pages, () => ({ draft: false })),
    ...pagesOf(front.pages, () => ({ head, draft: false })),
    ...chapters.flatMap((c) => pagesOf(c.printed.pages, () => ({ head, section: c.name, draft: c.draft }))),
  ];
  await stampPages(doc, stamps);
  const outline: OutlineEntry[] = [
    { title: "Indhold", page: 1 },
    ...front.headings.filter((h) => h.tag === "H2").map((h) => ({ title: h.text, page: firstPages[1]! + h.page })),
    ...chapters.map((c, i) => committeeOutline(c.printed, firstPages[i + 2]!)),
  ];
  setOutline(doc, outline);
  setMetadata(doc, { ...meta, title: `${report.municipality.title} – ${report.municipality.name}`, subject: report.subject });
  return save(reportFileName(report), doc);
}

export async function assembleSection(report: ReportModel, committee: SectionRef, cover: Printed, body: Printed, meta: Meta): Promise<Assembled> {
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
    subject: `${committee.genitive} afsnit af ${report.subject}`,
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

async function save(path: string, doc: PDFDocument): Promise<Assembled> {
  // objectsPerTick: by default pdf-lib pauses for the event loop every 50 objects, which on tagged
  // output (tens of thousands of objects) costs more than writing them.
  const content = await doc.save({ useObjectStreams: true, updateFieldAppearances: false, objectsPerTick: Infinity });
  return { path, content, pages: doc.getPageCount() };
}
