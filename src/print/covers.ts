// The covers' contents and the output file names: what the print stage decides before any PDF is read, kept
// apart from assembling so that it loads no PDF library.
import type { SectionRef } from "../compute/committee.js";
import type { ReportModel } from "../compute/report.js";
import { fileSlug } from "../format/slug.js";
import type { ContentsEntry, Cover, Printed } from "./types.js";

/** Contents entries of a part: headings of `level1` tag as level 1, captions as level 2; pages 1-based. */
function contentsOf(printed: Printed, firstPage: number, level1: string): ContentsEntry[] {
  return printed.headings
    .filter((h) => h.tag === level1 || (h.tag === "Caption" && !h.figure) || h.entry)
    .map((h) => ({ level: h.tag === "Caption" || h.entry ? 2 : 1, title: h.text, page: firstPage + h.page + 1 }));
}

/** The full report's cover: its contents are the front matter's sections and every chapter with its tables. */
export function reportCover(report: ReportModel, front: Printed, chapters: Printed[], coverPages: number): Cover {
  let next = coverPages + front.pages;
  const contents = [
    ...contentsOf(front, coverPages, "H2").filter((e) => e.level === 1),
    ...chapters.flatMap((c) => {
      const entries = contentsOf(c, next, "H2");
      next += c.pages;
      return entries;
    }),
  ];
  const draft = report.committees.some((c) => c.draft);
  return { municipality: report.municipality.name, title: report.municipality.title, draft, contents };
}

export function sectionCover(report: ReportModel, section: SectionRef, printed: Printed, coverPages: number): Cover {
  return {
    municipality: report.municipality.name,
    title: section.name,
    subtitle: `${report.municipality.title} – udvalgets afsnit`,
    draft: section.draft,
    contents: contentsOf(printed, coverPages, "H3"),
  };
}

export function reportFileName(report: ReportModel): string {
  return `${fileSlug(report.municipality.title)}.pdf`;
}
