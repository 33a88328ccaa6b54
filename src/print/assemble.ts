// Assembling the outputs from printed parts: the full report (cover and contents, front matter, every
// committee) and each committee's section PDF (its cover and contents, its section), with running heads,
// page numbers, UDKAST marks, bookmarks and metadata.
import type { PDFDocument } from "pdf-lib";
import "./deflate.js";
import type { OutputFile } from "../core/output-file.js";
import type { CommitteeModel } from "../compute/committee.js";
import type { ReportModel } from "../compute/report.js";
import { setMetadata, setOutline, stampPages, type OutlineEntry, type PageStamp } from "./decorate.js";
import { reportFileName } from "./covers.js";
import { mergeParts } from "./merge.js";
import type { Meta, Printed } from "./types.js";

/** An assembled PDF with its page count. */
type Assembled = OutputFile & { content: Uint8Array; pages: number };

/** `leading`: the front matter, then Årsregnskabet's statements when the report has them. */
export async function assembleReport(report: ReportModel, cover: Printed, leading: Printed[], committees: Printed[], meta: Meta): Promise<Assembled> {
  const [front, statements] = [leading[0]!, leading[1]];
  const { doc, firstPages } = await mergeParts([cover.part, ...leading.map((p) => p.part), ...committees.map((c) => c.part)], "da");
  const head = `${report.municipality.title} · ${report.municipality.name}`;
  const first = 1 + leading.length; // the first committee's part
  const stamps: PageStamp[] = [
    ...pagesOf(cover.pages, () => ({ draft: false })),
    ...pagesOf(front.pages, () => ({ head, draft: false })),
    ...(statements ? pagesOf(statements.pages, () => ({ head, section: report.statements?.title, draft: false })) : []),
    ...report.committees.flatMap((c, i) => pagesOf(committees[i]!.pages, () => ({ head, section: c.name, draft: c.draft }))),
  ];
  await stampPages(doc, stamps);
  const outline: OutlineEntry[] = [
    { title: "Indhold", page: 1 },
    ...front.headings.filter((h) => h.tag === "H2").map((h) => ({ title: h.text, page: firstPages[1]! + h.page })),
    ...(statements ? [committeeOutline(statements, firstPages[2]!)] : []),
    ...committees.map((c, i) => committeeOutline(c, firstPages[i + first]!)),
  ];
  setOutline(doc, outline);
  setMetadata(doc, { ...meta, title: `${report.municipality.title} – ${report.municipality.name}`, subject: `${report.municipality.name}s årsrapport for ${report.municipality.year}` });
  return save(reportFileName(report), doc);
}

export async function assembleSection(report: ReportModel, committee: CommitteeModel, cover: Printed, body: Printed, meta: Meta): Promise<Assembled> {
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

/** A part's bookmark (its first heading: a committee, the statements) with one child per table. */
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
