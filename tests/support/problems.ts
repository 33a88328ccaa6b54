// Validating small data directories and finding problems in the result.
import { expect } from "vitest";
import type { Problem } from "../../src/core/problem.js";
import { validateDataDir } from "../../src/validate/index.js";
import { dataDir } from "./scratch.js";

/** Validates a data directory with one committee file holding `yaml` (and any other files). */
export function problemsOf(yaml: string | Uint8Array, extra: Record<string, string | Uint8Array> = {}): Problem[] {
  return validateDataDir(dataDir({ "committees/01-test.yaml": yaml, ...extra })).problems;
}

/** The single problem with this code; fails the test when there is not exactly one. */
export function only(problems: Problem[], code: string): Problem {
  const found = problems.filter((p) => p.code === code);
  expect(found, `expected one "${code}" among: ${JSON.stringify(problems, null, 1)}`).toHaveLength(1);
  return found[0]!;
}

export function at(p: Problem): [string, number, number, string] {
  return [p.file, p.line, p.column, p.severity];
}
