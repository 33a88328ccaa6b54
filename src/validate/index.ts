// The validate stage for a whole data directory: every file parsed, checked against its schema, read into
// typed data, reconciled; then the checks across files. Returns the data only when there is no error.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { FileReader } from "../load/reader.js";
import { dataFile } from "../load/text.js";
import { readYamlFile } from "../load/yaml.js";
import type { Committee, Pos, ReportData } from "../model/types.js";
import { readCommittee } from "./committee.js";
import { readMunicipality } from "./municipality.js";
import { Problems, hasErrors, sortProblems, type Problem } from "./problem.js";
import { reconcile } from "./reconcile.js";
import { checkSchema, type SchemaName } from "./schema.js";
import { checkStrategy } from "./strategy-check.js";
import { checkTextFigures } from "./text-figures.js";

export const MUNICIPALITY_FILE = "municipality.yaml";
export const COMMITTEE_DIR = "committees";

export interface ValidationResult {
  /** Present only when there are no errors (warnings never block). */
  data?: ReportData;
  problems: Problem[];
}

export function validateDataDir(dataDir: string): ValidationResult {
  const problems = new Problems();
  const municipality = readFile(dataDir, MUNICIPALITY_FILE, "municipality", problems, readMunicipality);
  const committees = committeeFiles(dataDir, problems)
    .map((rel) => readFile(dataDir, rel, "committee", problems, readCommittee))
    .filter((c): c is Committee => c !== undefined);
  checkAcrossFiles(committees, problems);
  for (const c of committees) {
    reconcile(c, problems);
    checkTextFigures(c, problems);
  }
  if (municipality) checkStrategy(municipality, committees, problems);
  const list = sortProblems(problems.list);
  if (hasErrors(list) || !municipality) return { problems: list };
  return { data: { municipality, committees: inReportOrder(committees) }, problems: list };
}

function readFile<T>(dataDir: string, rel: string, schema: SchemaName, problems: Problems, read: (r: FileReader) => T): T | undefined {
  const abs = join(dataDir, rel);
  if (!existsSync(abs)) {
    problems.error(
      { file: rel, line: 1, column: 1 },
      "file-missing",
      `${rel} is missing: every data directory needs it (see schema/${schema}.schema.json)`,
    );
    return undefined;
  }
  // Like a referenced file, a data file may not be a link out of the data directory.
  if (!dataFile(rel, { file: rel, line: 1, column: 1 }, dataDir, problems, { kind: "data file", example: rel })) return undefined;
  const source = readYamlFile(abs, rel, problems);
  if (!source || !checkSchema(source, schema, problems)) return undefined;
  return read(new FileReader(source, dataDir, problems));
}

function committeeFiles(dataDir: string, problems: Problems): string[] {
  const dir = join(dataDir, COMMITTEE_DIR);
  const files = existsSync(dir) && statSync(dir).isDirectory()
    ? readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => `${COMMITTEE_DIR}/${f}`)
    : [];
  if (files.length === 0) {
    problems.error(
      { file: `${COMMITTEE_DIR}/`, line: 1, column: 1 },
      "no-committees",
      `no committee files found: put one YAML file per committee in ${COMMITTEE_DIR}/ (see schema/committee.schema.json)`,
    );
  }
  return files;
}

/** Committee ids and frame numbers identify things across the whole report; `order` should be unambiguous. */
function checkAcrossFiles(committees: Committee[], problems: Problems): void {
  const ids = new Map<string, Committee>();
  const frames = new Map<string, { committee: Committee; at: Pos }>();
  const orders = new Map<number, Committee>();
  for (const c of committees) {
    const other = ids.get(c.id);
    if (other) problems.error(c.at, "duplicate-committee-id", `duplicate committee id "${c.id}" (also in ${other.file}): give each committee its own id`);
    else ids.set(c.id, c);
    const sameOrder = orders.get(c.order);
    if (sameOrder) problems.warning(c.at, "duplicate-order", `order ${c.order} is also used by ${sameOrder.file}: give each committee its own order so that the report's sequence is clear`);
    else orders.set(c.order, c);
    for (const item of [...c.frames, ...c.financing]) {
      const first = frames.get(item.number);
      if (first && first.committee !== c) {
        problems.error(item.at, "duplicate-frame-number", `frame ${item.number} also belongs to ${first.committee.name} (${first.committee.file}): a frame belongs to one committee`);
      } else if (!first) frames.set(item.number, { committee: c, at: item.at });
    }
  }
}

function inReportOrder(committees: Committee[]): Committee[] {
  return [...committees].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

