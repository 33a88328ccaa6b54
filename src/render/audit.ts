// The audit trail in the preview (`aarsrapport serve`), never in the published site or the PDFs: every printed
// figure shows its source on hover and focus and opens its place in the data in the editor on click
// (vscode://file/…:line:col); the data's problems are listed on top of every page and marked at the row and the
// figure they concern; and one page lists every figure with its source (revisionsspor.html). The pages are the
// build's pages with these marks added (tests/serve proves it): templates call the helpers below, which print
// exactly what `amount` prints unless the page is rendered with an `audit` view.
import { join } from "node:path";
import Handlebars from "handlebars";
import type { Cell } from "../compute/tables.js";
import { Decimal } from "../core/money.js";
import type { Pos, Problem } from "../core/problem.js";
import { sourceOf, type Source, type Span } from "../core/source.js";
import { auditFigures, position, sourcePosition, sourceText, type AuditFigure } from "../export/audit.js";
import { formatExact, type DisplayUnit } from "../format/danish.js";
import { t } from "../messages/index.js";
import { severityWord } from "../messages/output.js";
import { count } from "../messages/words.js";
import type { DrawnReport } from "./charts.js";

/** What the preview adds to the pages: the data directory (for the editor's links) and the data's problems, numbered. */
export interface AuditView {
  dataDir: string;
  /** In order, numbered from 1; `link` opens the problem's place in the editor. */
  problems: (Problem & { number: number; severityWord: string; link: string })[];
  /** The heading and intro of the problem list (none without problems). */
  heading?: string;
  intro?: string;
  /** The preview's own words, in the user's language (`lang`). */
  words: { bar: string; figuresLink: string };
  lang: string;
}

/** The preview's page of every figure. */
export const AUDIT_PAGE = "revisionsspor.html";

export function auditView(dataDir: string, problems: readonly Problem[]): AuditView {
  const w = t().audit.preview;
  const errors = problems.filter((p) => p.severity === "error").length;
  return {
    dataDir,
    problems: problems.map((p, i) => ({ ...p, number: i + 1, severityWord: severityWord(p.severity), link: editorLink(dataDir, p) })),
    ...(problems.length > 0 && { heading: w.problemsHeading(errors, problems.length - errors), intro: errors > 0 ? w.problemsIntro : w.warningsIntro }),
    words: { bar: w.bar, figuresLink: w.figuresLink },
    lang: t().serve.page.lang,
  };
}

type Root = { audit?: AuditView };
const rootOf = (options: Handlebars.HelperOptions): Root => (options.data as { root?: Root } | undefined)?.root ?? {};
const escape = (text: string): string => Handlebars.escapeExpression(text);

export function registerAuditHelpers(hb: typeof Handlebars, formatCell: (cell: Cell, unit: DisplayUnit) => string): void {
  // {{auditAmount cell unit key…}}: the amount as `amount` prints it; in the preview, with its source and marks.
  hb.registerHelper("auditAmount", (cell: Cell, unit: DisplayUnit, ...rest: unknown[]) => {
    const options = rest.pop() as Handlebars.HelperOptions;
    const audit = rootOf(options).audit;
    const printed = formatCell(cell, unit);
    if (!audit || !(cell instanceof Decimal)) return printed;
    return new hb.SafeString(figureHtml(cell, printed, `kilde-${rest.join("-")}`, audit));
  });
  // {{auditShown cell shown key…}}: a figure another helper has formatted (`shown`), with its source in the preview.
  hb.registerHelper("auditShown", (cell: Cell, shown: string, ...rest: unknown[]) => {
    const options = rest.pop() as Handlebars.HelperOptions;
    const audit = rootOf(options).audit;
    if (!audit || !(cell instanceof Decimal)) return shown;
    return new hb.SafeString(figureHtml(cell, shown, `kilde-${rest.join("-")}`, audit));
  });
  // {{auditCellClass cell}}: " audit-problem audit-error" on a figure a problem is about (preview only).
  hb.registerHelper("auditCellClass", (cell: Cell, options: Handlebars.HelperOptions) => {
    const audit = rootOf(options).audit;
    return audit ? problemClass("audit-problem", figureProblems(sourceOf(cell), audit)) : "";
  });
  // {{auditRowClass cells}} and {{auditRowMarks cells}}: a row whose data a problem is about (preview only).
  hb.registerHelper("auditRowClass", (cells: Cell[], options: Handlebars.HelperOptions) => {
    const audit = rootOf(options).audit;
    return audit ? problemClass("audit-problem-row", rowProblems(cells, audit)) : "";
  });
  // The row's own marks: problems in its data that no figure of it shows (an amount that cannot be read, a key).
  hb.registerHelper("auditRowMarks", (cells: Cell[], options: Handlebars.HelperOptions) => {
    const audit = rootOf(options).audit;
    if (!audit) return "";
    const atFigures = new Set(cells.flatMap((c) => figureProblems(sourceOf(c), audit)));
    return new hb.SafeString(marks(rowProblems(cells, audit).filter((p) => !atFigures.has(p))));
  });
}

/** The figure as a link to its place in the data (or, for a figure of no one place, a focusable mark), with its source as a tooltip. */
function figureHtml(value: Decimal, printed: string, id: string, audit: AuditView): string {
  const source = sourceOf(value);
  const at = sourcePosition(source);
  const w = t().audit.preview;
  const declared = source?.kind === "computed" && source.declared;
  const shown = declared ? `${escape(printed)}<span class="audit-declared">${escape(w.declared(formatExact(declared.value, declared.unit)))}</span>` : escape(printed);
  const tip = `<span class="audit-tip" role="tooltip" id="${id}" lang="${audit.lang}">${escape(sourceText(value, source))}${at ? ` <span class="audit-hint">${escape(w.open)}</span>` : ""}</span>`;
  const figure = at
    ? `<a class="audit-figure" href="${escape(editorLink(audit.dataDir, at))}" aria-describedby="${id}">${shown}</a>`
    : `<span class="audit-figure" tabindex="0" aria-describedby="${id}">${shown}</span>`;
  return `${figure}${tip}${marks(figureProblems(source, audit))}`;
}

/** vscode://file/<absolute path>:line:col — VS Code opens the file at the figure. */
function editorLink(dataDir: string, at: Pos): string {
  return `vscode://file${encodeURI(join(dataDir, at.file)).replace(/^(?!\/)/, "/")}:${at.line}:${at.column}`;
}

/** Problems at the figure itself: at its value in the data, or at the declared figure it stands for or disagrees with. */
function figureProblems(source: Source | undefined, audit: AuditView): AuditView["problems"] {
  const own = source?.kind === "computed" ? source.declared?.at : source?.at;
  return own ? audit.problems.filter((p) => p.file === own.file && p.line === own.line && p.column === own.column) : [];
}

/** Problems inside the data of the row (the mappings its figures are read from), or at one of its figures. */
function rowProblems(cells: Cell[], audit: AuditView): AuditView["problems"] {
  const spans = cells.flatMap((c): Span[] => {
    const source = sourceOf(c);
    return source && source.kind !== "computed" && source.row ? [source.row] : [];
  });
  const atFigures = new Set(cells.flatMap((c) => figureProblems(sourceOf(c), audit)));
  return audit.problems.filter((p) => atFigures.has(p) || spans.some((s) => within(p, s)));
}

function within(p: Problem, span: Span): boolean {
  const key = (l: number, c: number): number => l * 1e6 + c;
  return p.file === span.from.file && key(p.line, p.column) >= key(span.from.line, span.from.column) && key(p.line, p.column) < key(span.to.line, span.to.column);
}

/** The class of a marked cell or row, and its worst severity's: an error is red, a warning amber. */
function problemClass(name: string, problems: AuditView["problems"]): string {
  if (problems.length === 0) return "";
  return ` ${name} audit-${problems.some((p) => p.severity === "error") ? "error" : "warning"}`;
}

function marks(problems: AuditView["problems"]): string {
  return problems
    .map((p) => `<a class="audit-mark audit-${p.severity}" href="#problem-${p.number}"><span aria-hidden="true">⚠ ${p.number}</span><span class="visually-hidden">${escape(t().audit.preview.mark(String(p.number)))}</span></a>`)
    .join("");
}

/** The rows of the preview's page of every figure. */
export function auditRows(report: DrawnReport, audit: AuditView): (AuditFigure & { link?: string; where?: string })[] {
  return auditFigures(report).map((f) => ({ ...f, ...(f.at && { link: editorLink(audit.dataDir, f.at), where: position(f.at) }) }));
}

/** The page's intro: how many figures. */
export function figuresIntro(figures: number): string {
  return t().audit.preview.figuresIntro(count(figures));
}
