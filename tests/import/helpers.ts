// Helpers for the import tests: scratch directories, the examples, a quick plan-and-write.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { planImport, writeFiles, type ImportPlan } from "../../src/import/index.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export const EXAMPLES = new URL("../../examples/imports/", import.meta.url).pathname;
export const SAMPLE = new URL("../../data/", import.meta.url).pathname;
export const OPUS = { source: join(EXAMPLES, "opus-regnskab-2024.xlsx"), map: join(EXAMPLES, "opus-regnskab-2024.mapping.yaml") };
export const PRISME = { source: join(EXAMPLES, "prisme-drift-2024.csv"), map: join(EXAMPLES, "prisme-drift-2024.mapping.yaml") };

export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "aarsrapport-import-test-"));
  made.push(dir);
  return dir;
}

/** A copy of the sample data directory, to import into without touching data/. */
export function sampleCopy(): string {
  const dir = scratch();
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

/** Writes files (name → content) into a scratch directory; answers the directory. */
export function files(contents: Record<string, string | Uint8Array>): string {
  const dir = scratch();
  for (const [name, content] of Object.entries(contents)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Plans an import and, when it is ok, writes it, as the CLI does. */
export async function importInto(dataDir: string, sources: string[], mappingPath: string): Promise<ImportPlan> {
  const plan = await planImport({ sources, mappingPath, dataDir });
  if (plan.ok) writeFiles(dataDir, plan.files);
  return plan;
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), "utf8");
}

export const MUNICIPALITY = "name: Testkommune\nyear: 2024\nunit: t.kr.\n";
