// The HTML documents the browser prints: a report's front matter, its chapters (the committees' sections; the
// plan's themes), the parts that have a PDF of their own (the committees'; the same documents as the chapters
// except in the plan), and the covers with their contents. Each is written to a private working directory
// together with the stylesheets and fonts, the only files the printing page may load.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { CommitteeModel, SectionRef } from "../compute/committee.js";
import { LINKED_STYLES } from "../compute/report.js";
import { sha256 } from "../core/hash.js";
import { assetFiles } from "../render/assets.js";
import type { DrawnAccounts, DrawnReport } from "../render/charts.js";
import { tidy, type Templates } from "../render/html.js";
import type { Cover, Heading, MarkTag, PrintDocument } from "./types.js";

export function writePrintAssets(workDir: string): void {
  for (const file of assetFiles(["report.css", "print.css"])) write(workDir, file.path, file.content);
}

/** The stylesheets a report may link (the statements', the kinds'), by name with their hash (see PrinterOptions.linked). */
export function writeLinkedStyles(workDir: string): Record<string, string> {
  const styles = assetFiles(LINKED_STYLES).filter((f) => LINKED_STYLES.includes(f.path));
  for (const file of styles) write(workDir, file.path, file.content);
  return Object.fromEntries(styles.map((f) => [f.path, sha256(f.content)]));
}

/** A part of the full report after its front matter: its name runs in the page head. */
export interface Chapter {
  doc: PrintDocument;
  name: string;
  draft: boolean;
}

/** A part with a PDF of its own (a committee's), and the chapter it is when the full report has it too. */
export interface Section {
  ref: SectionRef;
  doc: PrintDocument;
}

export interface ReportDocuments {
  front: PrintDocument;
  chapters: Chapter[];
  sections: Section[];
}

/**
 * Every document of a report. `prefix` keeps the documents of several reports apart in one working
 * directory; the main report's have none.
 */
export function reportDocuments(report: DrawnReport, templates: Templates, workDir: string, prefix = ""): ReportDocuments {
  if (report.kind !== "plan") {
    const front = frontDocument(report, templates, workDir, prefix);
    const sections = report.committees.map((c) => ({ ref: c, doc: committeeDocument(report, c, templates, workDir, prefix) }));
    const statements = statementsChapter(report, templates, workDir, prefix);
    return { front, chapters: [...(statements ? [statements] : []), ...sections.map(({ ref, doc }) => ({ doc, name: ref.name, draft: ref.draft }))], sections };
  }
  const title = report.municipality.title;
  return {
    front: writeDocument(workDir, `${prefix}front`, templates.printPlanFront({ report, documentTitle: title })),
    chapters: report.plan.themes.map((theme) => ({
      doc: writeDocument(workDir, `${prefix}${theme.id}`, templates.printPlanTheme({ report, theme, documentTitle: theme.title })),
      name: theme.title,
      draft: false,
    })),
    sections: report.committees.map((c) => ({
      ref: c,
      doc: writeDocument(workDir, `${prefix}udvalg-${c.id}`, templates.printPlanCommittee({ report, committee: c, documentTitle: c.name })),
    })),
  };
}

/** Årsregnskabet's statements: a chapter of the full report after the front matter, with no PDF of its own. */
function statementsChapter(report: DrawnAccounts, templates: Templates, workDir: string, prefix: string): Chapter | undefined {
  const statements = report.statements;
  if (!statements) return undefined;
  const doc = writeDocument(workDir, `${prefix}aarsregnskab`, templates.printStatements({ report, documentTitle: statements.title }));
  return { doc, name: statements.title, draft: false };
}

export function frontDocument(report: DrawnAccounts, templates: Templates, workDir: string, prefix = ""): PrintDocument {
  return writeDocument(workDir, `${prefix}front`, templates.printFront({ report, documentTitle: report.municipality.title }));
}

export function committeeDocument(report: DrawnAccounts, committee: CommitteeModel, templates: Templates, workDir: string, prefix = ""): PrintDocument {
  return writeDocument(workDir, `${prefix}udvalg-${committee.id}`, templates.printCommittee({ report, committee, documentTitle: committee.name }));
}

/** All covers of a report in one document (one print instead of many), each starting on a new page. */
export function coversDocument(covers: Cover[], templates: Templates, workDir: string, prefix = ""): PrintDocument {
  return writeDocument(workDir, `${prefix}forsider`, templates.printCover({ covers, documentTitle: covers[0]?.title ?? "" }));
}

/**
 * Several documents as one, each starting on a new page; headings are theirs, in order. The build prints every
 * part alone (parts.ts); the benchmark's bare print takes the whole report as one such document.
 */
export function batchDocument(name: string, docs: PrintDocument[], workDir: string): PrintDocument {
  const first = docs[0]!.html;
  const head = first.slice(0, first.indexOf(">", first.indexOf("<body")) + 1);
  const body = (html: string): string => html.slice(html.indexOf(">", html.indexOf("<body")) + 1, html.lastIndexOf("</body>"));
  const html = `${head}\n${docs.map((d) => `<div class="print-part">\n${body(d.html)}</div>`).join("\n")}\n</body>\n</html>\n`;
  const file = join(workDir, `${name}.html`);
  write(workDir, `${name}.html`, html);
  return { name, file, html, headings: docs.flatMap((d) => d.headings) };
}

function writeDocument(workDir: string, name: string, html: string): PrintDocument {
  const file = join(workDir, `${name}.html`);
  const text = tidy(html);
  write(workDir, `${name}.html`, text);
  return { name, file, html: text, headings: headingsOf(text) };
}

const TAG: Record<string, MarkTag> = { h1: "H1", h2: "H2", h3: "H3", caption: "Caption", figcaption: "Caption" };
const HEADING = /<(h[1-3]|caption|figcaption)\b([^>]*)>([\s\S]*?)<\/\1>/g;
const BADGE = /<span class="draft-mark">[\s\S]*?<\/span>/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * Heading texts as the contents and bookmarks show them, without the "Udkast" badge. Our templates write
 * well-formed HTML with no headings inside headings, so a scan finds them (a full HTML parser took a second
 * on a large report). Empty ones are left out, as Chromium writes no structure element for them.
 */
function headingsOf(html: string): Heading[] {
  return [...html.matchAll(HEADING)]
    .map(([, tag, attributes, inner]) => ({
      tag: TAG[tag!]!,
      text: decode(inner!.replace(BADGE, "").replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim(),
      ...(tag === "figcaption" && { figure: true }),
      ...(/\bdata-contents\b/.test(attributes!) && { entry: true }),
    }))
    .filter((h) => h.text !== "");
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function write(workDir: string, path: string, content: string | Uint8Array): void {
  const full = join(workDir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}
