// The HTML documents the browser prints: the front matter, one per committee, and the covers with their
// contents. Each is written to a private working directory together with the stylesheets and fonts, the only
// files the printing page may load.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { CommitteeModel } from "../compute/committee.js";
import { assetFiles } from "../render/assets.js";
import type { DrawnReport } from "../render/charts.js";
import { tidy, type Templates } from "../render/html.js";
import type { Cover, Heading, MarkTag, PrintDocument } from "./types.js";

/** The stylesheets and fonts the documents may load; the statements' stylesheet only for a report with statements. */
export function writePrintAssets(workDir: string, statements: boolean): void {
  for (const file of assetFiles(["report.css", "print.css", ...(statements ? ["statements.css"] : [])])) write(workDir, file.path, file.content);
}

export function frontDocument(report: DrawnReport, templates: Templates, workDir: string): PrintDocument {
  return writeDocument(workDir, "front", templates.printFront({ report, documentTitle: report.municipality.title }));
}

/** Årsregnskabet's statements, a part of the full report of their own (absent without statements). */
export function statementsDocument(report: DrawnReport, templates: Templates, workDir: string): PrintDocument | undefined {
  const statements = report.statements;
  return statements && writeDocument(workDir, "aarsregnskab", templates.printStatements({ report, documentTitle: statements.title }));
}

export function committeeDocument(report: DrawnReport, committee: CommitteeModel, templates: Templates, workDir: string): PrintDocument {
  return writeDocument(workDir, `udvalg-${committee.id}`, templates.printCommittee({ report, committee, documentTitle: committee.name }));
}

/** All covers in one document (one print instead of many), each starting on a new page. */
export function coversDocument(covers: Cover[], templates: Templates, workDir: string): PrintDocument {
  return writeDocument(workDir, "forsider", templates.printCover({ covers, documentTitle: covers[0]?.title ?? "" }));
}

/**
 * Several documents printed as one, each starting on a new page: one print of a batch costs far less than
 * printing its documents one by one. Headings are theirs, in order.
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
const HEADING = /<(h[1-3]|caption|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g;
const BADGE = /<span class="draft-mark">[\s\S]*?<\/span>/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * Heading texts as the contents and bookmarks show them, without the "Udkast" badge. Our templates write
 * well-formed HTML with no headings inside headings, so a scan finds them (a full HTML parser took a second
 * on a large report). Empty ones are left out, as Chromium writes no structure element for them.
 */
function headingsOf(html: string): Heading[] {
  return [...html.matchAll(HEADING)]
    .map(([, tag, inner]) => ({
      tag: TAG[tag!]!,
      text: decode(inner!.replace(BADGE, "").replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim(),
      ...(tag === "figcaption" && { figure: true }),
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
