// Reads which reports the municipality file asks for (`report:` or `reports:`), their front sections and the
// display units tables are shown in, checking what the schema cannot: one report of each kind, ids that make
// distinct output directories, a follow-up's date.
import type { YAMLMap } from "yaml";
import type { FileReader } from "../load/reader.js";
import { slug } from "../format/slug.js";
import * as msg from "../kinds/messages.js";
import type { Message, Pos } from "../core/problem.js";
import type { DisplayUnit } from "../core/units.js";
import { TABLE_KINDS, type FrontSection, type ReportKind, type ReportSpec, type TableDisplay } from "../model/types.js";

/** What the build writes at the top of the output directory: no report may be named so. */
const RESERVED = new Set(["site", "pdf", "xlsx", "csv", "builds", "current", "manifest", "changes", "snapshot", "index"]);

const DEFAULT_TITLE: Record<ReportKind, string> = { annual: "Årsrapport", "follow-up": "Budgetopfølgning", plan: "Udmøntningsplan" };

function report(r: FileReader, at: Pos, message: Message): void {
  r.problems.error(at, message);
}

/** The reports, the main one first: the annual report when there is one, else the first listed. */
export function readReports(r: FileReader, root: YAMLMap | undefined, year: number): ReportSpec[] {
  const single = r.map(r.field(root, "report"));
  const list = r.items(root, "reports");
  if (single && r.field(root, "reports")) report(r, r.keyPos(root, "reports"), msg.reportAndReports());
  const maps = list.length > 0 ? list : single ? [single] : [];
  const specs = maps.map((m) => readReport(r, m, year));
  if (specs.length === 0) {
    const title = `${DEFAULT_TITLE.annual} ${year}`;
    specs.push({ kind: "annual", id: slug(title) || "aarsrapport", main: true, title, initiatives: "outstanding", display: {}, at: r.pos(root) });
  }
  checkDistinct(r, specs);
  const main = specs.find((s) => s.kind === "annual") ?? specs[0]!;
  return [main, ...specs.filter((s) => s !== main)].map((s) => ({ ...s, main: s === main }));
}

function readReport(r: FileReader, m: YAMLMap, year: number): ReportSpec {
  const kindText = r.string(m, "kind");
  const kind: ReportKind = kindText === "follow-up" || kindText === "plan" ? kindText : "annual";
  const title = r.string(m, "title") ?? `${DEFAULT_TITLE[kind]} ${year}`;
  const asOf = readAsOf(r, m, kind, title, year);
  const compareWith = r.string(m, "compare_with");
  if (compareWith !== undefined && kind !== "follow-up") report(r, r.keyPos(m, "compare_with"), msg.followUpOnly("compare_with", kind));
  const sectionsNode = r.field(m, "sections");
  return {
    kind,
    id: r.string(m, "id") ?? (slug(title) || kind),
    main: false,
    title,
    ...(asOf && { asOf }),
    ...(compareWith !== undefined && kind === "follow-up" && { compareWith: { name: compareWith, at: r.valuePos(m, "compare_with") } }),
    initiatives: r.string(m, "initiatives") === "all" ? "all" : "outstanding",
    display: readDisplay(r, r.map(r.field(m, "display"))),
    ...(sectionsNode !== undefined && { sections: readFrontSections(r, m) }),
    at: r.pos(m),
  };
}

function readAsOf(r: FileReader, m: YAMLMap, kind: ReportKind, title: string, year: number): string | undefined {
  const asOf = r.string(m, "as_of");
  if (asOf === undefined) {
    if (kind === "follow-up") report(r, r.pos(m), msg.asOfMissing(title));
    return undefined;
  }
  const at = r.valuePos(m, "as_of");
  if (kind !== "follow-up") {
    report(r, r.keyPos(m, "as_of"), msg.followUpOnly("as_of", kind));
    return undefined;
  }
  if (!isCalendarDate(asOf)) {
    report(r, at, msg.asOfNotDate(asOf));
    return undefined;
  }
  // Some municipalities present the last forventet regnskab in January of the next year.
  const y = Number(asOf.slice(0, 4));
  if (y !== year && !(y === year + 1 && asOf <= `${year + 1}-03-31`)) report(r, at, msg.asOfOutsideYear(asOf, year));
  return asOf;
}

/** 2024-02-30 is not a date, 2024-02-29 is. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function checkDistinct(r: FileReader, specs: ReportSpec[]): void {
  const kinds = new Map<ReportKind, ReportSpec>();
  const ids = new Map<string, ReportSpec>();
  for (const s of specs) {
    const sameKind = kinds.get(s.kind);
    if (sameKind) report(r, s.at, msg.reportKindTwice(s.kind, sameKind.at.line));
    else kinds.set(s.kind, s);
    const sameId = ids.get(s.id);
    if (sameId) report(r, s.at, msg.reportIdTwice(s.id, sameId.at.line));
    else ids.set(s.id, s);
  }
  // Only a report beside the main one gets a directory of its own; the main one's id names nothing.
  const main = specs.find((s) => s.kind === "annual") ?? specs[0];
  for (const s of specs) if (s !== main && RESERVED.has(s.id)) report(r, s.at, msg.reportIdReserved(s.id));
}

/** `display:` of a report or a committee: a display unit per table kind. */
export function readDisplay(r: FileReader, m: YAMLMap | undefined): TableDisplay {
  const out: TableDisplay = {};
  for (const kind of TABLE_KINDS) {
    const unit = readDisplayUnit(r, m, kind);
    if (unit) out[kind] = unit;
  }
  return out;
}

function readDisplayUnit(r: FileReader, m: YAMLMap | undefined, key: string): DisplayUnit | undefined {
  const text = r.string(m, key);
  if (text === "t.kr.") return { unit: "t.kr.", decimals: 0 };
  if (text === "mio.kr.") return { unit: "mio.kr.", decimals: 1 };
  const object = r.map(r.field(m, key));
  const unit = r.string(object, "unit");
  if (!object || (unit !== "t.kr." && unit !== "mio.kr.")) return undefined; // the schema has said what is wrong
  const decimals = r.number(object, "decimals") ?? (unit === "t.kr." ? 0 : 1);
  if ((unit === "t.kr.") !== (decimals === 0)) {
    report(r, r.valuePos(object, "decimals"), msg.displayDecimals(unit, decimals));
    return undefined;
  }
  return { unit, decimals };
}

/** Front sections (`sections:` of the municipality or of a report): a title, a Markdown body, a placement. */
export function readFrontSections(r: FileReader, m: YAMLMap | undefined): FrontSection[] {
  const sections: FrontSection[] = [];
  for (const item of r.items(m, "sections")) {
    const body = r.markdown(item, "body");
    const title = r.string(item, "title");
    if (title && body) sections.push({ title, body, placement: r.string(item, "placement") === "after" ? "after" : "before" });
  }
  return sections;
}
