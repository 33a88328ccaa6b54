// Turns one structurally checked committee file into a typed Committee, checking what the schema cannot:
// amounts, service groups, duplicates within the file, closed projects with transfers.
import type { YAMLMap } from "yaml";
import { basename } from "node:path";
import type { FileReader } from "../load/reader.js";
import { BUDGET_COLUMNS, CAPITAL_COLUMNS, COMMITTEE_SECTIONS, INITIATIVE_STATUSES, type CapitalProject, type Committee, type FinancingItem, type Frame, type Initiative, type InitiativeStatus, type Line, type MarkdownText, type ServiceGroup } from "../model/types.js";
import { AREAS, FINANCING_KINDS, type Area, type FinancingKind } from "../model/statements.js";
import type { Message, Pos } from "../core/problem.js";
import { msg } from "../messages/index.js";

export function readCommittee(r: FileReader): Committee {
  const root = r.map(r.source.doc.contents);
  r.readUnit(root);
  const sections: Committee["sections"] = {};
  const sectionMap = r.map(r.field(root, "sections"));
  for (const key of COMMITTEE_SECTIONS) {
    const text: MarkdownText | undefined = r.markdown(sectionMap, key);
    if (text) sections[key] = text;
  }
  const frames = r.items(root, "frames").map((m) => readFrame(r, m));
  const financing = r.items(root, "financing").map((m) => readFinancing(r, m));
  const capital = r.items(root, "capital").map((m) => readProject(r, m));
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
    frames,
    totals: r.declaredAll(r.map(r.field(root, "totals")), BUDGET_COLUMNS),
    serviceTotals: readServiceTotals(r, r.map(r.field(root, "service_totals"))),
    financing,
    financingTotals: r.declaredAll(r.map(r.field(root, "financing_totals")), BUDGET_COLUMNS),
    initiatives: r.items(root, "initiatives").map((m) => readInitiative(r, m)),
    capital,
    capitalTotals: r.declaredAll(r.map(r.field(root, "capital_totals")), CAPITAL_COLUMNS),
    file: r.file,
    at: r.pos(root),
  };
}

function readServiceTotals(r: FileReader, map: YAMLMap | undefined): Frame["serviceTotals"] {
  const out: Frame["serviceTotals"] = {};
  for (const group of ["inside", "outside"] as const) {
    const m = r.map(r.field(map, group));
    if (m) out[group] = r.declaredAll(m, BUDGET_COLUMNS);
  }
  return out;
}

function readFrame(r: FileReader, m: YAMLMap): Frame {
  const number = r.string(m, "number") ?? "?";
  const defaultService = r.string(m, "service") as ServiceGroup | undefined;
  const area = areaOf(r, m);
  return {
    number,
    name: r.string(m, "name") ?? "",
    lines: r.items(m, "lines").map((l) => readLine(r, l, number, defaultService)),
    totals: r.declaredAll(r.map(r.field(m, "totals")), BUDGET_COLUMNS),
    serviceTotals: readServiceTotals(r, r.map(r.field(m, "service_totals"))),
    ...(area && { area }),
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
    adopted: r.amount(m, "adopted"),
    adjusted: r.amount(m, "adjusted"),
    actual: r.amount(m, "actual"),
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
    adopted: r.amount(m, "adopted"),
    adjusted: r.amount(m, "adjusted"),
    actual: r.amount(m, "actual"),
    figuresAt: Object.fromEntries((["adopted", "adjusted", "actual"] as const).flatMap((c) => (r.field(m, c) ? [[c, r.valuePos(m, c)]] : []))),
    variance: r.declared(m, "variance"),
    at: r.pos(m),
  });
}

function readInitiative(r: FileReader, m: YAMLMap): Initiative {
  const status = r.string(m, "status");
  return {
    nr: r.string(m, "nr") ?? "",
    topic: r.string(m, "topic") ?? "",
    description: r.string(m, "description") ?? "",
    status: (INITIATIVE_STATUSES as readonly string[]).includes(status ?? "") ? (status as InitiativeStatus) : "not-started",
    note: r.string(m, "note"),
    at: r.pos(m),
  };
}

function readProject(r: FileReader, m: YAMLMap): CapitalProject {
  let id = r.string(m, "id") ?? "?";
  if (/^a\d{6}$/.test(id)) {
    r.problems.warning(r.valuePos(m, "id"), msg("id-lowercase", id, id.toUpperCase()));
    id = id.toUpperCase();
  }
  const closed = r.boolean(m, "closed") ?? false;
  const area = areaOf(r, m);
  const project: CapitalProject = {
    id,
    name: r.string(m, "name") ?? "",
    budget: r.amount(m, "budget"),
    adjusted: r.amount(m, "adjusted"),
    actual: r.amount(m, "actual"),
    transfer: r.amount(m, "transfer"),
    closed,
    ...(area && { area }),
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
