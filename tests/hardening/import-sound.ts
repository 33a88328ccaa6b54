// What "ends well" means for an import of any export, however hostile: planImport returns (never throws) in
// bounded time; it either succeeds — and what it wrote validates, with the people's sections and initiatives
// intact — or it reports at least one error and the data directory is byte for byte as it was. Every problem
// in a source names the file, and a cell problem its row and column (and, in a workbook, its sheet), with a
// one-line message that shows nothing of the program's insides.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { parse } from "yaml";
import { planImport, writeFiles, type ImportPlan } from "../../src/import/index.js";
import type { SourceProblem } from "../../src/import/location.js";
import type { Problem } from "../../src/core/problem.js";
import { validateDataDir } from "../../src/validate/index.js";

/** Signs of an internal failure leaking into a message (outside the quoted data it echoes). */
const LEAKS = [/\n\s+at /, /\bat \S+:\d+:\d+/, /\[object \w+\]/, /(?<![.\w])undefined\b/, /(?<![.\w])NaN\b/, /(Type|Range|Reference|Syntax)Error/, /call stack/i];

/** Problems about one cell: they must name its row and column. */
const CELL_CODES = new Set([
  "amount-format", "amount-precision", "amount-range", "value-missing", "frame-number", "service-value", "status-value", "committee-unknown",
  "frame-committee", "frame-name", "duplicate-row", "project-name", "project-id", "closed-with-transfer", "account-number", "account-unmapped",
  "account-ambiguous", "csv-columns",
]);
/** Problems about a row (or the header row): they must name it. */
const ROW_CODES = new Set(["csv-syntax", "header-missing", "column-missing", "column-ambiguous", "total-row-twice", "total-row-orphan"]);
/** Problems about the file as a whole. */
const FILE_CODES = new Set(["source-unreadable", "source-too-large", "sheet-missing", "encoding", "encoding-bom", "source-missing", "source-format"]);

/**
 * A hang guard, not a speed measure (speed is `npm run bench`'s): a case that has not ended in a minute is stuck.
 * The ten-thousand-row workbook takes about 2 s alone and over 12 s on a 2-core machine under heavy load.
 */
export const MAX_CASE_MS = 60_000;

const MUNICIPALITY = "name: Testkommune\nyear: 2024\nunit: t.kr.\n";
/** The committee file the imports merge into: what people wrote in it must survive every successful import. */
const COMMITTEE = `# Skrevet af økonomiafdelingen
id: test
committee: Testudvalget
order: 1
status: draft
unit: kr.
sections:
  intro: Udvalget har **to** rammer.
frames:
  - number: "10.01"
    name: Ramme
    service: inside
    lines:
      - { name: Linje A, adopted: 100, adjusted: 120, actual: 130 } # kommentar
initiatives:
  - { nr: "1.", topic: Emne, description: Beskrivelse, status: delayed, note: Note }
capital:
  - { id: A000001, name: Projekt, budget: 10, adjusted: 20, actual: 5, transfer: 15 }
`;
const PEOPLES = ["sections", "initiatives", "status"];

/** A source and a data directory reused for many cases, reset before each. */
export class ImportScratch {
  readonly root = mkdtempSync(join(tmpdir(), "aarsrapport-import-fuzz-"));
  readonly src = join(this.root, "src");
  readonly data = join(this.root, "data");
  cases = 0;
  succeeded = 0;

  constructor() {
    afterAll(() => rmSync(this.root, { recursive: true, force: true }));
  }

  private reset(): Map<string, string> {
    rmSync(this.root, { recursive: true, force: true });
    mkdirSync(join(this.data, "committees"), { recursive: true });
    mkdirSync(this.src, { recursive: true });
    writeFileSync(join(this.data, "municipality.yaml"), MUNICIPALITY);
    writeFileSync(join(this.data, "committees/01-test.yaml"), COMMITTEE);
    return snapshot(this.data);
  }

  /** Imports `bytes` as the file `name` with this mapping, and throws with a description of the case if it ends badly. */
  async soundly(name: string, bytes: Uint8Array, mapping: string): Promise<ImportPlan> {
    this.cases++;
    const before = this.reset();
    writeFileSync(join(this.src, name), bytes);
    writeFileSync(join(this.src, "mapping.yaml"), mapping);
    const start = performance.now();
    let plan: ImportPlan;
    try {
      plan = await planImport({ sources: [join(this.src, name)], mappingPath: join(this.src, "mapping.yaml"), dataDir: this.data });
      if (plan.ok) writeFiles(this.data, plan.files);
    } catch (err) {
      throw new Error(`the import threw: ${(err as Error).stack}\n${describeCase(name, bytes, mapping)}`);
    }
    const took = performance.now() - start;
    const fault = planFault(plan, name, before, this.data) ?? (took > MAX_CASE_MS ? `took ${Math.round(took)} ms` : undefined);
    if (fault) throw new Error(`${fault}\n${describeCase(name, bytes, mapping)}`);
    if (plan.ok) this.succeeded++;
    return plan;
  }
}

function planFault(plan: ImportPlan, name: string, before: Map<string, string>, dataDir: string): string | undefined {
  const errors = [...plan.sourceProblems, ...plan.problems].filter((p) => p.severity === "error").length;
  if (plan.ok && errors > 0) return `ok despite ${errors} errors`;
  if (!plan.ok && errors === 0) return "not ok, but no error says why";
  for (const p of plan.sourceProblems) {
    const fault = sourceProblemFault(p, name);
    if (fault) return `${p.code}: ${fault}: ${JSON.stringify(p)}`;
  }
  for (const p of plan.problems) {
    const fault = problemFault(p);
    if (fault) return `${p.code}: ${fault}: ${JSON.stringify(p)}`;
  }
  if (!plan.ok) {
    const after = snapshot(dataDir);
    if (!sameSnapshot(before, after)) return "a failed import changed the data directory";
    return undefined;
  }
  const result = validateDataDir(dataDir);
  const invalid = result.problems.filter((p) => p.severity === "error");
  if (invalid.length > 0) return `what the import wrote does not validate: ${JSON.stringify(invalid.slice(0, 3))}`;
  const was = parse(COMMITTEE) as Record<string, unknown>;
  const now = parse(readFileSync(join(dataDir, "committees/01-test.yaml"), "utf8")) as Record<string, unknown>;
  for (const key of PEOPLES) if (JSON.stringify(now[key]) !== JSON.stringify(was[key])) return `the import changed ${key}`;
  if (!readFileSync(join(dataDir, "committees/01-test.yaml"), "utf8").startsWith("# Skrevet af økonomiafdelingen\n")) return "the import lost the file's comment";
  return undefined;
}

function sourceProblemFault(p: SourceProblem, name: string): string | undefined {
  const fault = messageFault(p.code, p.message);
  if (fault) return fault;
  const { at } = p;
  const xlsx = name.endsWith(".xlsx");
  if (at.source !== name && !(p.code === "mapping-file" || p.code === "source-unused")) return `names ${at.source}, not the file ${name}`;
  if (CELL_CODES.has(p.code) && (at.row === undefined || at.column === undefined)) return "a cell problem without its row and column";
  if (ROW_CODES.has(p.code) && at.row === undefined) return "a row problem without its row";
  if (!CELL_CODES.has(p.code) && !ROW_CODES.has(p.code) && !FILE_CODES.has(p.code)) return "a code the hostile tests do not know: add it to a list";
  if (xlsx && at.row !== undefined && at.sheet === undefined) return "a workbook problem at a row without its sheet";
  if (!xlsx && at.sheet !== undefined) return "a CSV problem with a sheet";
  for (const n of [at.row, at.column]) if (n !== undefined && !(Number.isInteger(n) && n >= 1)) return `position ${n}`;
  return undefined;
}

function problemFault(p: Problem): string | undefined {
  if (p.file.startsWith("/") || p.file.includes("..")) return `file "${p.file}"`;
  if (!(Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column >= 1)) return `position ${p.line}:${p.column}`;
  return messageFault(p.code, p.message);
}

function messageFault(code: string, message: string): string | undefined {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code)) return `code "${code}" is not kebab-case`;
  if (!message.trim()) return "empty message";
  if (message.includes("\n")) return "a message of several lines";
  if (message.length > 1500) return `a message of ${message.length} characters`;
  const own = message.replace(/"[^"]*"/g, '""');
  const leak = LEAKS.find((re) => re.test(own));
  return leak ? `message shows internals (${leak})` : undefined;
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p, readFileSync(p, "latin1"));
    }
  };
  walk(dir);
  return out;
}

function sameSnapshot(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

function describeCase(name: string, bytes: Uint8Array, mapping: string): string {
  const shown = Buffer.from(bytes.subarray(0, 3000)).toString("latin1");
  return `--- ${name} (${bytes.length} bytes) ---\n${shown}${bytes.length > 3000 ? "\n…" : ""}\n--- mapping ---\n${mapping}`;
}
