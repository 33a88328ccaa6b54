// The render stage: the report model through Handlebars templates to the website's files. Pure: returns the
// files as text; writing them is the publish stage's job. Templates only lay out; formatting lives in helpers
// (src/format), and the only unescaped output is sanitised Markdown, handed over as a SafeString.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import type { CommitteeModel } from "../compute/committee.js";
import type { ReportModel } from "../compute/report.js";
import type { Cell } from "../compute/tables.js";
import { TKR, formatAmount, formatMio, type DisplayUnit } from "../format/danish.js";
import { Decimal } from "../model/money.js";
import type { MarkdownText } from "../model/types.js";
import { markdownToHtml } from "./markdown.js";

export const TEMPLATE_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

export interface SiteFile {
  /** Path inside site/, e.g. "index.html", "klima-miljo.html", "report.css". */
  path: string;
  content: string;
}

interface Templates {
  report: Handlebars.TemplateDelegate;
  committee: Handlebars.TemplateDelegate;
}

export function createTemplates(dir = TEMPLATE_DIR): Templates {
  const hb = Handlebars.create();
  registerHelpers(hb);
  for (const file of readdirSync(`${dir}partials`).filter((f) => f.endsWith(".hbs")).sort()) {
    hb.registerPartial(file.replace(/\.hbs$/, ""), readFileSync(`${dir}partials/${file}`, "utf8"));
  }
  const compile = (name: string): Handlebars.TemplateDelegate =>
    hb.compile(readFileSync(`${dir}${name}.hbs`, "utf8"), { strict: false, preventIndent: true });
  return { report: compile("report"), committee: compile("committee") };
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper("amount", (cell: Cell, unit: DisplayUnit | undefined) => formatCell(cell, unit ?? TKR));
  hb.registerHelper("mio", (value: Decimal | undefined) => (value === undefined ? "0,0" : formatMio(value)));
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hb.registerHelper("md", (text: MarkdownText | undefined, sectionLevel: number) =>
    text ? new hb.SafeString(markdownToHtml(text.markdown, { sectionLevel })) : "",
  );
}

function formatCell(cell: Cell, unit: DisplayUnit): string {
  if (cell === undefined) return "";
  if (typeof cell === "string") return cell;
  return formatAmount(cell instanceof Decimal ? cell : new Decimal(cell), unit);
}

export function renderSite(report: ReportModel, templates = createTemplates()): SiteFile[] {
  const files: SiteFile[] = [
    { path: "index.html", content: templates.report({ report, pageTitle: pageTitle(report), assets: "" }) },
    ...report.committees.map((committee) => ({
      path: `${committee.id}.html`,
      content: templates.committee({ report, committee, pageTitle: pageTitle(report, committee), assets: "" }),
    })),
    { path: "report.css", content: readFileSync(`${TEMPLATE_DIR}styles/report.css`, "utf8") },
  ];
  return files.map((f) => ({ path: f.path, content: tidy(f.content) }));
}

function pageTitle(report: ReportModel, committee?: CommitteeModel): string {
  const base = `${report.municipality.title} · ${report.municipality.name}`;
  return committee ? `${committee.name} · ${base}` : base;
}

/** Drops the blank lines that block helpers leave behind, so the HTML reads well and diffs cleanly. */
function tidy(html: string): string {
  return `${html.replace(/^[ \t]*\n/gm, "").trimEnd()}\n`;
}
