// Merges what an import brings for one committee into its YAML file. The import owns the figures, the frames,
// lines, financing items and projects it covers (and removes those the export no longer has, saying which);
// everything else in the file is the people's: sections, initiatives, comments, key order, status. Declared
// totals and variances of what the import rewrites come from the export's total rows and variance column
// where the mapping names them, and are dropped otherwise: the tables compute them from the exact figures.
import { Document, Scalar, YAMLMap, isMap, parseDocument } from "yaml";
import type { Decimal } from "../core/money.js";
import type { Area } from "../model/statements.js";
import { CAPITAL_COLUMNS, SERVICE_GROUPS, type ServiceGroup } from "../model/types.js";
import { type Unit, UNITS } from "../core/units.js";
import * as say from "./messages.js";
import { LINE_COLUMNS, lineKey, type Figures, type ImportedCommittee, type ImportedFinancing, type ImportedFrame, type ImportedLine, type ImportedProject } from "./model.js";
import { deleteKey, getNode, getText, mergeList, noChanges, seqAt, setAmount, setKey, setText, text, type Changes, type Identity } from "./yaml-edit.js";

const COMMITTEE_ORDER = ["id", "committee", "order", "status", "unit", "sections", "frames", "totals", "service_totals", "financing", "financing_totals", "initiatives", "capital", "capital_totals"];
const FRAME_ORDER = ["number", "name", "service", "area", "lines", "totals", "service_totals"];
const LINE_ORDER = ["name", "service", "area", "adopted", "adjusted", "actual", "variance"];
const FINANCING_ORDER = ["number", "name", "kind", "adopted", "adjusted", "actual", "variance"];
const PROJECT_ORDER = ["id", "name", "area", "budget", "adjusted", "actual", "transfer", "closed"];

const SCHEMA_COMMENT = " yaml-language-server: $schema=../../schema/committee.schema.json";

/** Parses a committee file for merging, with the loader's options; undefined when it is no YAML mapping. */
export function parseCommitteeFile(text: string): Document.Parsed | undefined {
  const doc = parseDocument(text, { version: "1.2", uniqueKeys: true });
  return doc.errors.length === 0 && isMap(doc.contents) ? doc : undefined;
}

/** A new committee file, in the source's unit so that kroner from a kr. export stay whole numbers. */
export function newCommitteeDocument(imported: ImportedCommittee, sourceUnit: Unit): Document {
  const { id, name, order } = imported.target;
  const doc = new Document({ id, committee: name, order, status: "draft", unit: sourceUnit });
  (doc.contents as YAMLMap).commentBefore = SCHEMA_COMMENT;
  return doc;
}

/** Merges the import into the document; answers what changed. */
export function mergeCommittee(doc: Document, imported: ImportedCommittee): Changes {
  const root = doc.contents as YAMLMap;
  const unit = unitOf(root);
  const changes = noChanges();
  const declared = new DeclaredWriter(unit, changes);
  if (imported.frames) {
    declared.set(root, imported.declared?.totals, "totals", COMMITTEE_ORDER);
    declared.setService(root, imported.declared?.serviceTotals, COMMITTEE_ORDER);
    mergeList(seqAt(root, "frames", COMMITTEE_ORDER), imported.frames, frameIdentity, (node, frame, isNew) => {
      setText(node, "number", frame.number, FRAME_ORDER, changes);
      setText(node, "name", frame.name, FRAME_ORDER, changes);
      declared.set(node, frame.totals, "totals", FRAME_ORDER);
      declared.setService(node, frame.serviceTotals, FRAME_ORDER);
      if (isNew) setCommonService(node, frame.lines);
      setArea(node, frame.area, "tax", FRAME_ORDER, changes);
      const frameService = getText(node, "service");
      const frameArea = getText(node, "area") ?? "tax";
      const lines = seqAt(node, "lines", FRAME_ORDER);
      mergeList(lines, frame.lines, lineIdentity(frame.number, frameService), (line, item) => {
        updateLine(line, item, frameService, unit, changes, declared);
        setArea(line, item.area, frameArea, LINE_ORDER, changes);
      }, changes);
    }, changes);
  }
  if (imported.financing) {
    declared.set(root, imported.financingTotals, "financing_totals", COMMITTEE_ORDER);
    mergeList(seqAt(root, "financing", COMMITTEE_ORDER), imported.financing, financingIdentity, (node, item) => {
      setText(node, "number", item.number, FINANCING_ORDER, changes);
      setText(node, "name", item.name, FINANCING_ORDER, changes);
      if (item.kind) setText(node, "kind", item.kind, FINANCING_ORDER, changes);
      setFigures(node, item.figures, LINE_COLUMNS, unit, FINANCING_ORDER, changes);
      if (item.figures.variance === undefined) declared.drop(node, "variance");
    }, changes);
  }
  if (imported.capital) {
    declared.set(root, imported.capitalTotals, "capital_totals", COMMITTEE_ORDER, CAPITAL_COLUMNS);
    mergeList(seqAt(root, "capital", COMMITTEE_ORDER), imported.capital, projectIdentity, (node, project) => updateProject(node, project, unit, changes), changes);
  }
  return changes;
}

const frameIdentity: Identity<ImportedFrame> = {
  ofItem: (f) => f.number,
  ofNode: (n) => getText(n, "number"),
  describe: (n) => say.removedFrame(getText(n, "number") ?? "?", getText(n, "name")),
};

const financingIdentity: Identity<ImportedFinancing> = {
  ofItem: (f) => f.number,
  ofNode: (n) => getText(n, "number"),
  describe: (n) => say.removedFinancing(getText(n, "number") ?? "?", getText(n, "name")),
};

const projectIdentity: Identity<ImportedProject> = {
  ofItem: (p) => p.id,
  ofNode: (n) => getText(n, "id")?.toUpperCase(),
  describe: (n) => say.removedProject(getText(n, "id") ?? "?", getText(n, "name")),
};

/**
 * A line is its name and service group (the frame's, unless the line says its own). A line whose group
 * changed in the export is still the same line, matched by name alone when nothing else has that name.
 */
function lineIdentity(frame: string, frameService: string | undefined): Identity<ImportedLine> {
  const service = (n: YAMLMap): string | undefined => getText(n, "service") ?? frameService;
  return {
    ofItem: (l) => lineKey(l.name, l.service),
    ofNode: (n) => {
      const [name, group] = [getText(n, "name"), service(n)];
      return name === undefined || (group !== "inside" && group !== "outside") ? undefined : lineKey(name, group);
    },
    loose: { ofItem: (l) => l.name, ofNode: (n) => getText(n, "name") },
    describe: (n) => say.removedLine(getText(n, "name") ?? "?", service(n), frame),
  };
}

/** Declared totals: written from the export's total rows where it has them, else dropped (computed from the imported figures). */
class DeclaredWriter {
  constructor(
    private readonly unit: Unit,
    private readonly changes: Changes,
  ) {}

  drop(map: YAMLMap, ...keys: string[]): void {
    for (const k of keys) if (deleteKey(map, k)) this.changes.declared++;
  }

  /** The totals under `key`: exactly the imported figures (a figure the export lacks is not kept), or none. */
  set(map: YAMLMap, figures: Figures<string> | undefined, key: string, order: readonly string[], columns: readonly string[] = LINE_COLUMNS): void {
    if (!figures || columns.every((c) => !figures[c])) return this.drop(map, key);
    const node = getNode(map, key);
    const totals = isMap(node) ? node : new YAMLMap();
    if (!isMap(node)) {
      totals.flow = true;
      setKey(map, key, totals, order);
    }
    for (const c of columns) {
      const value = figures[c];
      if (value === undefined) this.drop(totals, c);
      else setAmount(totals, c, value, this.unit, columns, this.changes);
    }
  }

  setService(map: YAMLMap, groups: Partial<Record<ServiceGroup, Figures<string>>> | undefined, order: readonly string[]): void {
    if (!groups) return this.drop(map, "service_totals");
    const node = getNode(map, "service_totals");
    const byGroup = isMap(node) ? node : new YAMLMap();
    if (!isMap(node)) setKey(map, "service_totals", byGroup, order);
    for (const g of SERVICE_GROUPS) this.set(byGroup, groups[g], g, SERVICE_GROUPS);
    if (byGroup.items.length === 0) deleteKey(map, "service_totals");
  }
}

function unitOf(root: YAMLMap): Unit {
  const unit = getText(root, "unit");
  return UNITS.includes(unit as Unit) ? (unit as Unit) : "t.kr.";
}

/** A new frame whose lines all share a service group says so once, as the sample files do. */
function setCommonService(frame: YAMLMap, lines: ImportedLine[]): void {
  const groups = new Set(lines.map((l) => l.service));
  if (groups.size === 1) setKey(frame, "service", text([...groups][0]!), FRAME_ORDER);
}

function updateLine(node: YAMLMap, line: ImportedLine, frameService: string | undefined, unit: Unit, changes: Changes, declared: DeclaredWriter): void {
  setText(node, "name", line.name, LINE_ORDER, changes);
  const explicit = getText(node, "service");
  if ((explicit ?? frameService) !== line.service) setText(node, "service", line.service satisfies ServiceGroup, LINE_ORDER, changes);
  setFigures(node, line.figures, LINE_COLUMNS, unit, LINE_ORDER, changes);
  if (line.figures.variance === undefined) declared.drop(node, "variance");
}

function updateProject(node: YAMLMap, project: ImportedProject, unit: Unit, changes: Changes): void {
  setText(node, "id", project.id, PROJECT_ORDER, changes);
  setText(node, "name", project.name, PROJECT_ORDER, changes);
  setArea(node, project.area, "tax", PROJECT_ORDER, changes);
  setFigures(node, project.figures, CAPITAL_COLUMNS, unit, PROJECT_ORDER, changes);
  if (project.closed === true && getText(node, "closed") !== "true") {
    setKey(node, "closed", new Scalar(true), PROJECT_ORDER);
    changes.figures++;
  }
  if (project.closed === false && getText(node, "closed") === "true" && deleteKey(node, "closed")) changes.figures++;
}

/**
 * The area the mapping states (none: the file's is kept). Written only where it differs from what the entry
 * would have without it — tax-financed for a frame or project, the frame's area for a line — and removed where
 * it would say the default.
 */
function setArea(node: YAMLMap, area: Area | undefined, fallback: string, order: readonly string[], changes: Changes): void {
  if (!area) return;
  if (area !== fallback) setText(node, "area", area, order, changes);
  else if (deleteKey(node, "area")) changes.figures++;
}

function setFigures<C extends string>(node: YAMLMap, figures: Partial<Record<C, Decimal | null>>, columns: readonly C[], unit: Unit, order: readonly string[], changes: Changes): void {
  for (const c of columns) {
    const value = figures[c];
    if (value !== undefined) setAmount(node, c, value, unit, order, changes);
  }
}
