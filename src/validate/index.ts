// The validate stage for a whole data directory: every file parsed, checked against its schema and read into
// typed data; the build's figures computed once; then every check of the list (checks/index.ts) run on them.
// Returns the data and its figures only when there is no error.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { FileReader } from "../load/reader.js";
import { dataFile } from "../load/data-file.js";
import { readYamlFile } from "../load/yaml.js";
import { Problems, hasErrors, sortProblems, type Pos, type Problem } from "../core/problem.js";
import { msg, t } from "../messages/index.js";
import { computeFigures, type Figures } from "../compute/figures.js";
import type { Committee, DataSet, ReportData, Snapshot } from "../model/types.js";
import * as kinds from "../kinds/messages.js";
import { runChecks } from "./checks/index.js";
import { readCommittee } from "./read-committee.js";
import { readMunicipality } from "./read-municipality.js";
import { readStatements } from "./read-statements.js";
import { checkSchema, type SchemaName } from "./schema.js";

export const MUNICIPALITY_FILE = "municipality.yaml";
export const COMMITTEE_DIR = "committees";
/** Optional: without it the report has no statements and builds as it always did. */
const STATEMENTS_FILE = "statements.yaml";
/** Where `aarsrapport freeze NAME` keeps a snapshot: snapshots/NAME/snapshot.yaml and snapshots/NAME/committees/. */
export const SNAPSHOT_DIR = "snapshots";
export const SNAPSHOT_FILE = "snapshot.yaml";

export interface ValidationResult {
  /** Present only when there are no errors (warnings never block). */
  data?: ReportData;
  /** The build's figures, computed once here for the checks; present with `data`, for the report model. */
  figures?: Figures;
  problems: Problem[];
  /**
   * Whatever could be read, errors or not, with its figures (absent only when the municipality file could not
   * be read): what the preview shows, with its problems marked, while the data has errors. Never published.
   */
  readable?: { data: ReportData; figures: Figures };
}

/** Reads every file of the data directory, computes the figures once, and runs every check on them. */
export function validateDataDir(dataDir: string): ValidationResult {
  const read = readDataDir(dataDir);
  const figures = computeFigures(read.data);
  const problems = sortProblems([...read.problems, ...runChecks(read.data, figures)]);
  const { municipality, committees, statements, snapshots } = read.data;
  if (!municipality) return { problems };
  const readable = { data: { municipality, committees: inReportOrder(committees), ...(statements && { statements }), snapshots }, figures };
  if (hasErrors(problems)) return { problems, readable };
  return { ...readable, problems, readable };
}

/**
 * Each file parsed, checked against its schema and read into typed data, with what reading each file finds.
 * The data holds whatever could be read, errors or not: what the checks run on.
 */
export function readDataDir(dataDir: string): { data: DataSet; problems: Problem[] } {
  const problems = new Problems();
  const municipality = readFile(dataDir, MUNICIPALITY_FILE, "municipality", problems, readMunicipality);
  const committees = readCommittees(dataDir, COMMITTEE_DIR, problems);
  const snapshots = (municipality?.reports ?? []).flatMap((report) => {
    const snapshot = report.compareWith && readSnapshot(dataDir, report.compareWith, problems);
    return snapshot ? [snapshot] : [];
  });
  const statements = existsSync(join(dataDir, STATEMENTS_FILE)) ? readFile(dataDir, STATEMENTS_FILE, "statements", problems, readStatements) : undefined;
  return { data: { ...(municipality && { municipality }), committees, ...(statements && { statements }), snapshots }, problems: problems.list };
}

function readCommittees(dataDir: string, dir: string, problems: Problems): Committee[] {
  return committeeFiles(dataDir, dir, problems)
    .map((rel) => readFile(dataDir, rel, "committee", problems, readCommittee))
    .filter((c): c is Committee => c !== undefined);
}

/** A snapshot a follow-up compares with: its description and its committee files, read like the data's own. */
function readSnapshot(dataDir: string, { name, at }: { name: string; at: Pos }, problems: Problems): Snapshot | undefined {
  const dir = `${SNAPSHOT_DIR}/${name}`;
  const file = `${dir}/${SNAPSHOT_FILE}`;
  if (!existsSync(join(dataDir, file))) {
    problems.error(at, kinds.snapshotMissing(name));
    return undefined;
  }
  const meta = readFile(dataDir, file, "snapshot", problems, (r) => {
    const root = r.map(r.source.doc.contents);
    const own = r.string(root, "name");
    if (own !== undefined && own !== name) {
      problems.error(r.valuePos(root, "name"), kinds.snapshotNameDiffers(own, name));
    }
    const asOf = r.string(root, "as_of");
    return { label: r.string(root, "label") ?? name, ...(asOf && { asOf }) };
  });
  if (!meta) return undefined;
  return { name, ...meta, committees: readCommittees(dataDir, `${dir}/${COMMITTEE_DIR}`, problems), file };
}

function readFile<T>(dataDir: string, rel: string, schema: SchemaName, problems: Problems, read: (r: FileReader) => T): T | undefined {
  const abs = join(dataDir, rel);
  if (!existsSync(abs)) {
    problems.error({ file: rel, line: 1, column: 1 }, msg("file-missing", rel, schema));
    return undefined;
  }
  // Like a referenced file, a data file may not be a link out of the data directory.
  if (!dataFile(rel, { file: rel, line: 1, column: 1 }, dataDir, problems, { kind: t().load.fileKind.data, example: rel })) return undefined;
  const source = readYamlFile(abs, rel, problems);
  if (!source || !checkSchema(source, schema, problems)) return undefined;
  return read(new FileReader(source, dataDir, problems));
}

function committeeFiles(dataDir: string, rel: string, problems: Problems): string[] {
  const dir = join(dataDir, rel);
  const files = existsSync(dir) && statSync(dir).isDirectory()
    ? readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => `${rel}/${f}`)
    : [];
  if (files.length === 0) {
    problems.error({ file: `${rel}/`, line: 1, column: 1 }, msg("no-committees", rel));
  }
  return files;
}

function inReportOrder(committees: Committee[]): Committee[] {
  return [...committees].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

