// Merges what an import brings for one committee into its YAML file. The import owns the figures, the frames,
// lines, financing items and projects it covers; everything else in the file is the people's: sections,
// initiatives, comments, key order, status. Declared totals and variances of what the import rewrites are
// dropped: the imported figures are exact, so the tables compute those totals from them.
import { Document, Scalar, YAMLMap, isMap, parseDocument } from "yaml";
import type { Decimal } from "../core/money.js";
import { type ServiceGroup, CAPITAL_COLUMNS } from "../model/types.js";
import { LINE_COLUMNS, type ImportedCommittee, type ImportedLine, type ImportedProject } from "./model.js";
import { deleteKey, getText, mergeList, noChanges, seqAt, setAmount, setKey, setText, text, type Changes } from "./yaml-edit.js";
import { type Unit, UNITS } from "../core/units.js";

const COMMITTEE_ORDER = ["id", "committee", "order", "status", "unit", "sections", "frames", "totals", "service_totals", "financing", "financing_totals", "initiatives", "capital", "capital_totals"];
const FRAME_ORDER = ["number", "name", "service", "lines", "totals", "service_totals"];
const LINE_ORDER = ["name", "service", "adopted", "adjusted", "actual", "variance"];
const FINANCING_ORDER = ["number", "name", "adopted", "adjusted", "actual", "variance"];
const PROJECT_ORDER = ["id", "name", "budget", "adjusted", "actual", "transfer", "closed"];

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
  const dropDeclared = (map: YAMLMap, ...keys: string[]): void => {
    for (const k of keys) if (deleteKey(map, k)) changes.declared++;
  };
  if (imported.frames) {
    dropDeclared(root, "totals", "service_totals");
    const seq = seqAt(root, "frames", COMMITTEE_ORDER);
    mergeList(seq, imported.frames, byKey("number"), (node, frame, isNew) => {
      setText(node, "number", frame.number, FRAME_ORDER, changes);
      setText(node, "name", frame.name, FRAME_ORDER, changes);
      dropDeclared(node, "totals", "service_totals");
      if (isNew) setCommonService(node, frame.lines);
      const frameService = getText(node, "service");
      mergeList(seqAt(node, "lines", FRAME_ORDER), frame.lines, byKey("name"), (line, item) => updateLine(line, item, frameService, unit, changes, dropDeclared), changes);
    }, changes);
  }
  if (imported.financing) {
    dropDeclared(root, "financing_totals");
    mergeList(seqAt(root, "financing", COMMITTEE_ORDER), imported.financing, byKey("number"), (node, item) => {
      setText(node, "number", item.number, FINANCING_ORDER, changes);
      setText(node, "name", item.name, FINANCING_ORDER, changes);
      setFigures(node, item.figures, LINE_COLUMNS, unit, FINANCING_ORDER, changes);
      dropDeclared(node, "variance");
    }, changes);
  }
  if (imported.capital) {
    dropDeclared(root, "capital_totals");
    const identity = { ofItem: (p: ImportedProject) => p.id, ofNode: (n: YAMLMap) => getText(n, "id")?.toUpperCase() };
    mergeList(seqAt(root, "capital", COMMITTEE_ORDER), imported.capital, identity, (node, project) => updateProject(node, project, unit, changes), changes);
  }
  return changes;
}

function byKey<T extends { number: string } | { name: string }>(key: "number" | "name"): { ofItem: (item: T) => string; ofNode: (node: YAMLMap) => string | undefined } {
  return { ofItem: (item) => (item as Record<string, string>)[key]!, ofNode: (node) => getText(node, key) };
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

function updateLine(node: YAMLMap, line: ImportedLine, frameService: string | undefined, unit: Unit, changes: Changes, dropDeclared: (map: YAMLMap, ...keys: string[]) => void): void {
  setText(node, "name", line.name, LINE_ORDER, changes);
  const explicit = getText(node, "service");
  if ((explicit ?? frameService) !== line.service) setText(node, "service", line.service satisfies ServiceGroup, LINE_ORDER, changes);
  setFigures(node, line.figures, LINE_COLUMNS, unit, LINE_ORDER, changes);
  dropDeclared(node, "variance");
}

function updateProject(node: YAMLMap, project: ImportedProject, unit: Unit, changes: Changes): void {
  setText(node, "id", project.id, PROJECT_ORDER, changes);
  setText(node, "name", project.name, PROJECT_ORDER, changes);
  setFigures(node, project.figures, CAPITAL_COLUMNS, unit, PROJECT_ORDER, changes);
  if (project.closed === true && getText(node, "closed") !== "true") {
    setKey(node, "closed", new Scalar(true), PROJECT_ORDER);
    changes.figures++;
  }
  if (project.closed === false && getText(node, "closed") === "true" && deleteKey(node, "closed")) changes.figures++;
}

function setFigures<C extends string>(node: YAMLMap, figures: Partial<Record<C, Decimal | null>>, columns: readonly C[], unit: Unit, order: readonly string[], changes: Changes): void {
  for (const c of columns) {
    const value = figures[c];
    if (value !== undefined) setAmount(node, c, value, unit, order, changes);
  }
}
