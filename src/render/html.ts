// The render stage: the report model through Handlebars templates to the website's files. Pure: returns the
// files as text; writing them is the publish stage's job. Templates only lay out; formatting lives in helpers
// (src/format), and the only unescaped output is sanitised Markdown, handed over as a SafeString.
import { readFileSync, readdirSync } from "node:fs";
import Handlebars from "handlebars";
import type { SectionRef } from "../compute/committee.js";
import type { Cell, CellFormat } from "../compute/tables.js";
import { Decimal } from "../core/money.js";
import type { OutputFile } from "../core/output-file.js";
import { TKR, formatAmount, formatInteger, formatMio, formatPercent, type DisplayUnit } from "../format/danish.js";
import { danishList } from "../format/text.js";
import type { MarkdownText } from "../model/types.js";
import { AUDIT_PAGE, auditRows, figuresIntro, registerAuditHelpers, type AuditView } from "./audit.js";
import type { DrawnReport } from "./charts.js";
import { DATA_PAGE, hasDownloads, registerDownloadHelpers, type Downloads } from "./downloads.js";
import { markdownToHtml } from "./markdown.js";
import { t } from "../messages/index.js";
import { TEMPLATE_DIR } from "./paths.js";
import { registerOverviewHelpers } from "./overviews.js";
import { registerStatementHelpers } from "./statements.js";
import { compileTemplate } from "./template-cache.js";

/** Every page template: the website's pages and the print documents (templates/print/); the plan has its own. */
export interface Templates {
  report: Handlebars.TemplateDelegate;
  committee: Handlebars.TemplateDelegate;
  data: Handlebars.TemplateDelegate;
  statement: Handlebars.TemplateDelegate;
  /** The preview's page of every figure and its source. */
  audit: Handlebars.TemplateDelegate;
  printCover: Handlebars.TemplateDelegate;
  printFront: Handlebars.TemplateDelegate;
  printStatements: Handlebars.TemplateDelegate;
  printCommittee: Handlebars.TemplateDelegate;
  plan: Handlebars.TemplateDelegate;
  planCommittee: Handlebars.TemplateDelegate;
  printPlanFront: Handlebars.TemplateDelegate;
  printPlanTheme: Handlebars.TemplateDelegate;
  printPlanCommittee: Handlebars.TemplateDelegate;
}

/** Compiles the templates. Create one set per build: it caches rendered committee sections. */
export function createTemplates(dir = TEMPLATE_DIR): Templates {
  const hb = Handlebars.create();
  registerHelpers(hb);
  for (const file of readdirSync(`${dir}partials`).filter((f) => f.endsWith(".hbs")).sort()) {
    hb.registerPartial(file.replace(/\.hbs$/, ""), compileTemplate(hb, readFileSync(`${dir}partials/${file}`, "utf8")));
  }
  // The website's sections link their tables' CSV files, the printed ones do not, the preview's carry the audit
  // trail: one rendering of each. The key names the report too: several reports (annual, follow-up) have a
  // section for the same committee.
  cachePartial(hb, "committee-section", (ctx, root) => `${reportId(root)}|${String(ctx.id)}|${String(ctx.level)}|${String(ctx.sub)}|${hasDownloads(root)}|${hasAudit(root)}`);
  const compile = (name: string): Handlebars.TemplateDelegate => compileTemplate(hb, readFileSync(`${dir}${name}.hbs`, "utf8"));
  return {
    report: compile("report"),
    committee: compile("committee"),
    data: compile("data"),
    statement: compile("statement"),
    audit: compile("audit"),
    printCover: compile("print/cover"),
    printFront: compile("print/front"),
    printStatements: compile("print/statements"),
    printCommittee: compile("print/committee"),
    plan: compile("plan"),
    planCommittee: compile("plan-committee"),
    printPlanFront: compile("print/plan-front"),
    printPlanTheme: compile("print/plan-theme"),
    printPlanCommittee: compile("print/plan-committee"),
  };
}

function reportId(root: unknown): string {
  return (root as { report?: { id?: string } } | undefined)?.report?.id ?? "";
}

/**
 * A committee's section appears in the full report, on its own page and in its print document: render it
 * once per build for the website and once for print, and reuse the HTML (the largest part of the HTML stage).
 */
function cachePartial(hb: typeof Handlebars, name: string, key: (ctx: Record<string, unknown>, root: unknown) => string): void {
  const compiled = hb.partials[name] as Handlebars.TemplateDelegate;
  const cache = new Map<string, string>();
  hb.registerPartial(name, ((ctx: Record<string, unknown>, options: Handlebars.RuntimeOptions) => {
    const k = key(ctx, (options.data as { root?: unknown } | undefined)?.root);
    let html = cache.get(k);
    if (html === undefined) {
      html = compiled(ctx, options);
      cache.set(k, html);
    }
    return html;
  }) as unknown as Handlebars.Template);
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper("amount", (cell: Cell, unit: DisplayUnit | undefined) => formatCell(cell, unit ?? TKR));
  // {{cell this @index ../..}} in a table's row: the cell as its column shows it (an amount, or a percentage).
  hb.registerHelper("cell", (cell: Cell, index: number, table: { unit?: DisplayUnit; formats?: CellFormat[] }) =>
    table.formats?.[index] === "percent" ? formatShare(cell) : formatCell(cell, table.unit ?? TKR),
  );
  // Absent is a blank, never "0,0" (data-format.md): a sentence with a missing figure must not state a zero.
  hb.registerHelper("mio", (value: Decimal | undefined) => (value === undefined ? "" : formatMio(value)));
  // Counts of people (citizens): whole numbers with a thousands dot, not amounts.
  hb.registerHelper("integer", (value: number | undefined) => (value === undefined ? "" : formatInteger(value)));
  // {{#andList items}}…{{/andList}}: each item rendered by the block, joined as Danish writes a list ("a, b og c").
  hb.registerHelper("andList", (items: unknown[] | undefined, options: Handlebars.HelperOptions) => {
    return danishList((items ?? []).map((item) => options.fn(item)));
  });
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  registerDownloadHelpers(hb);
  registerStatementHelpers(hb);
  registerOverviewHelpers(hb);
  registerAuditHelpers(hb, formatCell);
  hb.registerHelper("md", (text: MarkdownText | undefined, sectionLevel: number) =>
    text ? new hb.SafeString(markdownToHtml(text, { sectionLevel })) : "",
  );
}

/** A share in per cent with one decimal ("62,4 %"); blank for no figure. */
function formatShare(cell: Cell): string {
  if (cell === undefined || typeof cell === "string") return cell ?? "";
  return formatPercent(cell instanceof Decimal ? cell : new Decimal(cell));
}

function formatCell(cell: Cell, unit: DisplayUnit): string {
  if (cell === undefined) return "";
  if (typeof cell === "string") return cell;
  return formatAmount(cell instanceof Decimal ? cell : new Decimal(cell), unit);
}

/**
 * The website's pages; with `downloads` (a build, not the preview) they link the files to download, and the data
 * page is made; with `audit` (the preview, never a build) they carry the audit trail and the data's problems, and
 * the page of every figure is made.
 */
export function renderSite(report: DrawnReport, templates: Templates, downloads?: Downloads, audit?: AuditView): OutputFile[] {
  const named = (name: string): boolean => report.committees.some((c) => `${c.id}.html` === name);
  if (downloads && named(DATA_PAGE)) throw new Error(t().build.dataPageId(DATA_PAGE));
  if (audit && named(AUDIT_PAGE)) throw new Error(t().audit.preview.pageId(AUDIT_PAGE));
  const statements = report.kind === "plan" ? undefined : report.statements;
  const sections = statements?.sections ?? [];
  const taken = report.committees.find((c) => sections.some((s) => s.id === c.id || statements?.anchor === c.id));
  if (taken) throw new Error(`the committee id "${taken.id}" is also the name of a statement's page (${taken.id}.html): give the committee another id`);
  const [index, page] = report.kind === "plan" ? [templates.plan, templates.planCommittee] : [templates.report, templates.committee];
  const files: { path: string; content: string }[] = [
    { path: "index.html", content: index({ report, pageTitle: pageTitle(report), assets: "", downloads, audit }) },
    ...report.committees.map((committee: SectionRef) => ({
      path: `${committee.id}.html`,
      content: page({ report, committee, pageTitle: pageTitle(report, committee), assets: "", downloads, audit }),
    })),
    ...sections.map((section) => ({
      path: `${section.id}.html`,
      content: templates.statement({ report, section, pageTitle: `${section.title} · ${pageTitle(report)}`, assets: "", downloads, audit }),
    })),
    ...(downloads ? [{ path: DATA_PAGE, content: templates.data({ report, pageTitle: `Data til genbrug · ${pageTitle(report)}`, assets: "", downloads }) }] : []),
    ...(audit ? [{ path: AUDIT_PAGE, content: auditPage(report, templates, audit) }] : []),
  ];
  return files.map((f) => ({ path: f.path, content: tidy(f.content) }));
}

function auditPage(report: DrawnReport, templates: Templates, audit: AuditView): string {
  const figures = auditRows(report, audit);
  const w = t().audit;
  return templates.audit({
    report,
    pageTitle: `${w.preview.figuresTitle} · ${pageTitle(report)}`,
    assets: "",
    audit,
    title: w.preview.figuresTitle,
    intro: figuresIntro(figures.length),
    heads: w.heads,
    figures,
  });
}

function hasAudit(root: unknown): boolean {
  return typeof root === "object" && root !== null && (root as { audit?: unknown }).audit !== undefined;
}

function pageTitle(report: DrawnReport, committee?: SectionRef): string {
  const base = `${report.municipality.title} · ${report.municipality.name}`;
  return committee ? `${committee.name} · ${base}` : base;
}

/** Drops the blank lines that block helpers leave behind, so the HTML reads well and diffs cleanly. */
export function tidy(html: string): string {
  return `${html.replace(/^[ \t]*\n/gm, "").trimEnd()}\n`;
}
