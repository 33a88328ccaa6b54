// The sample as a municipality without statements: its statements.yaml removed, and the 2024 surplus on running
// items, which the statements compute, stated in the strategy instead — for tests of other things whose changes
// the statements' identities would not let through (a project removed, a committee's figures imported anew).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE } from "./fixtures.js";
import { copyOf } from "./scratch.js";

export function sampleWithoutStatements(): string {
  const dir = copyOf(SAMPLE, "without-statements");
  rmSync(join(dir, "statements.yaml"));
  const file = join(dir, "municipality.yaml");
  const text = readFileSync(file, "utf8");
  const surplus = text.replace(/- \{ year: 2024 \}.*/, "- { year: 2024, surplus: 409451 }");
  if (surplus === text) throw new Error("the sample's strategy no longer leaves the 2024 surplus to the statements");
  writeFileSync(file, surplus);
  return dir;
}
