// The import as the CLI and tests use it: plan (read the sources, merge into the committee files in memory,
// validate the result in a scratch copy of the data directory), then write — only when nothing is wrong.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { MUNICIPALITY_FILE, validateDataDir } from "../validate/index.js";
import { hasErrors, type Problem } from "../core/problem.js";
import { checkAccountCommittees, readAccounts } from "./accounts.js";
import { readCapital } from "./capital.js";
import { CommitteeResolver } from "./committees.js";
import { SourceProblems, type SourceProblem } from "./location.js";
import { readMapping, type CapitalMapping, type Mapping, type OperationsMapping } from "./mapping.js";
import { mergeCommittee, newCommitteeDocument, parseCommitteeFile } from "./merge.js";
import * as say from "./messages.js";
import type { ImportedCommittee } from "./model.js";
import { readOperations } from "./operations.js";
import { dataRows } from "./rows.js";
import { SourceReader, assignSources } from "./sources.js";
import type { Changes } from "./yaml-edit.js";
import type { Unit } from "../core/units.js";

export interface ImportOptions {
  sources: string[];
  mappingPath: string;
  dataDir: string;
}

export interface PlannedFile {
  /** Relative to the data directory. */
  path: string;
  content: string;
  created: boolean;
  changed: boolean;
  changes: Changes;
}

export interface ImportPlan {
  ok: boolean;
  /** Problems in the mapping file, and in the data as it would be after the import. */
  problems: Problem[];
  sourceProblems: SourceProblem[];
  /** Every committee file the import touches, changed or not, in path order. */
  files: PlannedFile[];
  notes: string[];
}

export async function planImport({ sources, mappingPath, dataDir }: ImportOptions): Promise<ImportPlan> {
  const { mapping, problems } = readMapping(mappingPath);
  const plan: ImportPlan = { ok: false, problems, sourceProblems: [], files: [], notes: [] };
  if (!mapping) return plan;
  const resolver = new CommitteeResolver(dataDir, mapping.committees);
  if (mapping.operations?.accounts) plan.problems.push(...checkAccountCommittees(mapping.operations.accounts, resolver));
  if (hasErrors(plan.problems)) return plan;
  const sourceProblems = new SourceProblems();
  const committees = await readSources(mapping, sources, mappingPath, resolver, sourceProblems, plan.notes);
  plan.sourceProblems = sourceProblems.list;
  if (sourceProblems.hasErrors) return plan;
  plan.files = mergeAll(committees, dataDir, mapping.unit, plan.problems);
  if (hasErrors(plan.problems)) return plan;
  plan.problems.push(...validateResult(dataDir, plan.files, plan.notes));
  plan.ok = !hasErrors(plan.problems);
  return plan;
}

async function readSources(mapping: Mapping, sources: string[], mappingPath: string, resolver: CommitteeResolver, problems: SourceProblems, notes: string[]): Promise<ImportedCommittee[]> {
  const reader = new SourceReader(mapping, problems);
  const byId = new Map<string, ImportedCommittee>();
  const entry = (target: ImportedCommittee["target"]): ImportedCommittee => {
    const found = byId.get(target.id) ?? { target };
    byId.set(target.id, found);
    return found;
  };
  for (const ts of assignSources(mapping, sources, mappingPath, problems, notes)) {
    const sheet = await reader.read(ts);
    if (!sheet) continue;
    if (ts.table.kind === "operations") {
      const table = ts.table as OperationsMapping;
      const rows = dataRows(sheet, table, problems);
      if (!rows) continue;
      const parts = table.accounts ? readAccounts(rows, table.accounts, mapping.unit, resolver) : readOperations(rows, table, mapping.unit, resolver, notes);
      for (const part of parts.values()) {
        const c = entry(part.target);
        if (part.frames.length > 0) {
          c.frames = part.frames;
          c.declared = part.declared;
        }
        if (part.financing.length > 0) {
          c.financing = part.financing;
          c.financingTotals = part.financingTotals;
        }
      }
    } else {
      const rows = dataRows(sheet, ts.table as CapitalMapping, problems);
      if (!rows) continue;
      for (const part of readCapital(rows, ts.table as CapitalMapping, mapping.unit, resolver).values()) {
        const c = entry(part.target);
        c.capital = part.projects;
        c.capitalTotals = part.totals;
      }
    }
  }
  return [...byId.values()];
}

function mergeAll(committees: ImportedCommittee[], dataDir: string, sourceUnit: Unit, problems: Problem[]): PlannedFile[] {
  const files: PlannedFile[] = [];
  for (const imported of committees) {
    const path = imported.target.file;
    const abs = join(dataDir, path);
    const existing = existsSync(abs) ? readFileSync(abs, "utf8").replace(/^\uFEFF/, "") : undefined;
    const doc = existing === undefined ? newCommitteeDocument(imported, sourceUnit) : parseCommitteeFile(existing);
    if (!doc) {
      problems.push({ file: path, line: 1, column: 1, severity: "error", ...say.mergeUnparsable() });
      continue;
    }
    const changes = mergeCommittee(doc, imported);
    const content = doc.toString({ lineWidth: 0 });
    files.push({ path, content, created: existing === undefined, changed: content !== existing, changes });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Validates the data directory as it would be after the import, in a scratch copy. A data directory without
 * municipality.yaml (a fresh one) is fine for an import: only building needs that file.
 */
function validateResult(dataDir: string, files: PlannedFile[], notes: string[]): Problem[] {
  const scratch = mkdtempSync(join(tmpdir(), "aarsrapport-import-"));
  try {
    if (existsSync(dataDir)) cpSync(dataDir, scratch, { recursive: true, verbatimSymlinks: true });
    writeFiles(scratch, files);
    const fresh = !existsSync(join(dataDir, MUNICIPALITY_FILE));
    if (fresh) notes.push(say.noteNoMunicipality(dataDir, MUNICIPALITY_FILE));
    return validateDataDir(scratch).problems.filter((p) => !(fresh && p.file === MUNICIPALITY_FILE && p.code === "file-missing"));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes the changed files, each through a temporary file renamed into place. */
export function writeFiles(dataDir: string, files: PlannedFile[]): void {
  for (const file of files.filter((f) => f.changed)) {
    const target = join(dataDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.import-${process.pid}`;
    writeFileSync(temp, file.content);
    renameSync(temp, target);
  }
}
