// Turns one structurally checked committee file into a typed Committee, checking what the schema cannot:
// amounts, service groups, duplicates within the file, closed projects with transfers.
import type { YAMLMap } from "yaml";
import { basename } from "node:path";
import type { FileReader } from "../load/reader.js";
import {
  BUDGET_TOTAL_COLUMNS,
  CAPITAL_TOTAL_COLUMNS,
  COLUMN_KEY,
  COMMITTEE_SECTIONS,
  INITIATIVE_STATUSES,
  INITIATIVE_TYPES,
  type BudgetFigures,
  type CapitalProject,
  type Committee,
  type FinancingItem,
  type Frame,
  type Initiative,
  type InitiativeStatus,
  type InitiativeType,
  type Line,
  type MarkdownText,
  type ServiceGroup,
  type YearAmount,
} from "../model/types.js";
import type { DeclaredFigures } from "../model/declared.js";
import { AREAS, FINANCING_KINDS, type Area, type FinancingKind } from "../model/statements.js";
import type { Message, Pos } from "../core/problem.js";
import { msg } from "../messages/index.js";
import { readAccount, readFrameCarryOver, readRule } from "./read-overviews.js";
import * as kinds from "../kinds/messages.js";
import { isCalendarDate, readDisplay } from "./read-reports.js";

export function readCommittee(r: FileReader): Committee {
  const root = r.map(r.source.doc.contents);
  r.readUnit(root);
  const sections = readSections(r, r.map(r.field(root, "sections")));
  const followUpSections = readSections(r, r.map(r.field(root, "follow_up_sections")));
  const frames = r.items(root, "frames").map((m) => readFrame(r, m));
  const financing = r.items(root, "financing").map((m) => readFinancing(r, m));
  const capital = r.items(root, "capital").map((m) => readProject(r, m));
  const carryOverRule = readRule(r, r.map(r.field(root, "carry_over")));
  checkUnique(r, frames.map((f) => ({ key: f.number, at: f.at })), (key, line) => msg("duplicate-frame-number", key, line));
  checkUnique(r, financing.map((f) => ({ key: f.number, at: f.at })), (key, line) => msg("duplicate-financing-number", key, line));
  checkUnique(r, capital.map((p) => ({ key: p.id, at: p.at })), (key, line) => msg("duplicate-capital-project-id", key, line));
  return {
    id: r.string(root, "id") ?? basename(r.file).replace(/\.ya?ml$/, ""),
    name: r.string(root, "committee") ?? r.file,
    order: r.number(root, "order") ?? 0,
    status: r.string(root, "status") === "approved" ? "approved" : "draft",
    unit: r.unit,
    sections,
    followUpSections,
    display: readDisplay(r, r.map(r.field(root, "display"))),
    frames,
    totals: declaredTotals(r, r.map(r.field(root, "totals")), BUDGET_TOTAL_COLUMNS),
    serviceTotals: readServiceTotals(r, r.map(r.field(root, "service_totals"))),
    financing,
    financingTotals: declaredTotals(r, r.map(r.field(root, "financing_totals")), BUDGET_TOTAL_COLUMNS),
    initiatives: r.items(root, "initiatives").map((m) => readInitiative(r, m)),
    capital,
    capitalTotals: declaredTotals(r, r.map(r.field(root, "capital_totals")), CAPITAL_TOTAL_COLUMNS),
    ...(unreadable(r, root, ["totals", "service_totals", "financing_totals", "capital_totals"]) && { unreliableTotals: true }),
    ...(carryOverRule && { carryOverRule }),
    file: r.file,
    at: r.pos(root),
  };
}

function readSections(r: FileReader, map: YAMLMap | undefined): Committee["sections"] {
  const sections: Committee["sections"] = {};
  for (const key of COMMITTEE_SECTIONS) {
    const text: MarkdownText | undefined = r.markdown(map, key);
    if (text) sections[key] = text;
  }
  return sections;
}

/** Whether a figure under one of these keys could not be read (read them first): what is summed upward is then unknown. */
function unreadable(r: FileReader, m: YAMLMap | undefined, keys: string[]): boolean {
  return keys.some((k) => r.hasError(r.field(m, k)));
}

/** Declared totals, each column under its YAML key (`prior_actual` for the prior year's actual). */
function declaredTotals<C extends string>(r: FileReader, map: YAMLMap | undefined, columns: readonly C[]): DeclaredFigures<C> {
  const out: DeclaredFigures<C> = {};
  for (const c of columns) {
    const d = r.declared(map, (COLUMN_KEY as Record<string, string | undefined>)[c] ?? c);
    if (d) out[c] = d;
  }
  return out;
}

function readServiceTotals(r: FileReader, map: YAMLMap | undefined): Frame["serviceTotals"] {
  const out: Frame["serviceTotals"] = {};
  for (const group of ["inside", "outside"] as const) {
    const m = r.map(r.field(map, group));
    if (m) out[group] = declaredTotals(r, m, BUDGET_TOTAL_COLUMNS);
  }
  return out;
}

/** (1)–(3) as written, and the figures only some reports print. */
function budgetFigures(r: FileReader, m: YAMLMap): BudgetFigures {
  return {
    adopted: r.amount(m, "adopted"),
    adjusted: r.amount(m, "adjusted"),
    actual: r.amount(m, "actual"),
    ...defined({ prior: r.amount(m, "prior_actual"), expected: r.amount(m, "expected"), spent: r.amount(m, "spent") }),
  };
}

/** The keys whose value is not undefined: an absent optional figure leaves no key behind. */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function readFrame(r: FileReader, m: YAMLMap): Frame {
  const number = r.string(m, "number") ?? "?";
  const defaultService = r.string(m, "service") as ServiceGroup | undefined;
  const area = areaOf(r, m);
  const carryOver = readFrameCarryOver(r, m);
  return {
    number,
    name: r.string(m, "name") ?? "",
    lines: r.items(m, "lines").map((l) => readLine(r, l, number, defaultService)),
    totals: declaredTotals(r, r.map(r.field(m, "totals")), BUDGET_TOTAL_COLUMNS),
    serviceTotals: readServiceTotals(r, r.map(r.field(m, "service_totals"))),
    ...(unreadable(r, m, ["totals", "service_totals"]) && { unreliableTotals: true }),
    ...(area && { area }),
    ...(carryOver && { carryOver }),
    at: r.pos(m),
  };
}

function readLine(r: FileReader, m: YAMLMap, frame: string, defaultService: ServiceGroup | undefined): Line {
  const name = r.string(m, "name") ?? "";
  let service = r.string(m, "service") as ServiceGroup | undefined;
  if (!r.field(m, "service") && !defaultService) {
    r.problems.error(r.pos(m), msg("service-missing", frame, name));
  }
  service ??= defaultService ?? "inside";
  const area = areaOf(r, m);
  const line: Line = {
    name,
    service,
    ...(area && { area }),
    ...budgetFigures(r, m),
    variance: r.declared(m, "variance"),
    at: r.pos(m),
  };
  return flagUnreliable(r, m, line);
}

function readFinancing(r: FileReader, m: YAMLMap): FinancingItem {
  const kind = r.string(m, "kind");
  return flagUnreliable<FinancingItem>(r, m, {
    number: r.string(m, "number") ?? "?",
    name: r.string(m, "name") ?? "",
    ...((FINANCING_KINDS as readonly string[]).includes(kind ?? "") && { kind: kind as FinancingKind }),
    ...budgetFigures(r, m),
    figuresAt: Object.fromEntries((["adopted", "adjusted", "actual"] as const).flatMap((c) => (r.field(m, c) ? [[c, r.valuePos(m, c)]] : []))),
    variance: r.declared(m, "variance"),
    at: r.pos(m),
  });
}

function readInitiative(r: FileReader, m: YAMLMap): Initiative {
  const status = r.string(m, "status");
  const type = r.string(m, "type");
  const theme = r.string(m, "theme");
  const deadline = readDeadline(r, m);
  const project = r.string(m, "project");
  return {
    nr: r.string(m, "nr") ?? "",
    topic: r.string(m, "topic") ?? "",
    description: r.string(m, "description") ?? "",
    status: (INITIATIVE_STATUSES as readonly string[]).includes(status ?? "") ? (status as InitiativeStatus) : "not-started",
    note: r.string(m, "note"),
    ...(theme && { theme }),
    ...((INITIATIVE_TYPES as readonly string[]).includes(type ?? "") && { type: type as InitiativeType }),
    ...(deadline && { deadline }),
    amounts: readAmounts(r, r.map(r.field(m, "amounts"))),
    ...(project && { project: { id: project.toUpperCase(), at: r.valuePos(m, "project") } }),
    at: r.pos(m),
  };
}

/** A year (2025) reads as "2025"; a text that looks like a date must be one. */
function readDeadline(r: FileReader, m: YAMLMap): string | undefined {
  const year = r.number(m, "deadline");
  const text = year === undefined ? r.string(m, "deadline") : String(year);
  if (text && /^\d{4}-\d{1,2}-\d{1,2}$/.test(text) && !isCalendarDate(text)) {
    r.problems.error(r.valuePos(m, "deadline"), kinds.deadlineNotDate(text));
    return undefined;
  }
  return text;
}

/** `amounts: { 2024: 7500, 2025: 15000 }` in the year's order. */
function readAmounts(r: FileReader, map: YAMLMap | undefined): YearAmount[] {
  const out: YearAmount[] = [];
  for (const pair of map?.items ?? []) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? "");
    if (!/^\d{4}$/.test(key)) continue; // the schema has said what is wrong
    const amount = r.amount(map, key);
    if (amount !== undefined) out.push({ year: Number(key), amount, at: r.valuePos(map, key) });
  }
  return out.sort((a, b) => a.year - b.year);
}

function readProject(r: FileReader, m: YAMLMap): CapitalProject {
  let id = r.string(m, "id") ?? "?";
  if (/^a\d{6}$/.test(id)) {
    r.problems.warning(r.valuePos(m, "id"), msg("id-lowercase", id, id.toUpperCase()));
    id = id.toUpperCase();
  }
  const closed = r.boolean(m, "closed") ?? false;
  const area = areaOf(r, m);
  const carriedIn = r.amount(m, "carried_in");
  const account = readAccount(r, m);
  const project: CapitalProject = {
    id,
    name: r.string(m, "name") ?? "",
    budget: r.amount(m, "budget"),
    adjusted: r.amount(m, "adjusted"),
    actual: r.amount(m, "actual"),
    transfer: r.amount(m, "transfer"),
    ...(r.field(m, "transfer") !== undefined && { transferAt: r.valuePos(m, "transfer") }),
    ...defined({ expected: r.amount(m, "expected"), spent: r.amount(m, "spent") }),
    closed,
    ...(area && { area }),
    ...(carriedIn && { carriedIn }),
    ...(account && { account }),
    at: r.pos(m),
  };
  if (closed && r.field(m, "transfer") !== undefined) {
    r.problems.error(r.keyPos(m, "transfer"), msg("closed-with-transfer", id));
  }
  return flagUnreliable(r, m, project);
}

/** `area:` of a frame, line or project; a value the schema refused reads as absent. */
function areaOf(r: FileReader, m: YAMLMap): Area | undefined {
  const area = r.string(m, "area");
  return (AREAS as readonly string[]).includes(area ?? "") ? (area as Area) : undefined;
}

/** A row whose data has an error gets no reconciliation: the error is the one thing to mend. */
function flagUnreliable<T extends { unreliable?: boolean }>(r: FileReader, m: YAMLMap, row: T): T {
  if (r.hasError(m)) row.unreliable = true;
  return row;
}

function checkUnique(r: FileReader, keyed: { key: string; at: Pos }[], duplicate: (key: string, firstLine: number) => Message): void {
  const first = new Map<string, number>();
  for (const { key, at } of keyed) {
    if (key === "?") continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, at.line);
    else r.problems.error(at, duplicate(key, seen));
  }
}
