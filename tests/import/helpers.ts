// Helpers for the import tests: the example exports, a quick plan-and-write, reading a written file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planImport, writeFiles, type ImportPlan } from "../../src/import/index.js";
import { EXAMPLES } from "../support/fixtures.js";

export const OPUS = { source: join(EXAMPLES, "opus-regnskab-2024.xlsx"), map: join(EXAMPLES, "opus-regnskab-2024.mapping.yaml") };
export const PRISME = { source: join(EXAMPLES, "prisme-drift-2024.csv"), map: join(EXAMPLES, "prisme-drift-2024.mapping.yaml") };

/** Plans an import and, when it is ok, writes it, as the CLI does. */
export async function importInto(dataDir: string, sources: string[], mappingPath: string): Promise<ImportPlan> {
  const plan = await planImport({ sources, mappingPath, dataDir });
  if (plan.ok) writeFiles(dataDir, plan.files);
  return plan;
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), "utf8");
}
