// Shared test helpers: throwaway data directories and problem look-ups.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, expect } from "vitest";
import { validateDataDir } from "../src/validate/index.js";
import type { Problem } from "../src/validate/problem.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export const MUNICIPALITY = `name: Testkommune
year: 2024
unit: t.kr.
`;

/** A small valid committee; `body` replaces everything after the header lines. */
export function committee(body: string, header = "id: test\ncommittee: Testudvalget\norder: 1\n"): string {
  return header + body;
}

export const VALID_BODY = `frames:
  - number: "10.01"
    name: Ramme
    service: inside
    lines:
      - name: Linje A
        adopted: 100
        adjusted: 120
        actual: 130
      - name: Linje B
        adopted: 50
        adjusted: 50
        actual: 40
`;

/** Writes files (path → content; Buffers for raw bytes) into a fresh directory and returns its path. */
export function dataDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "aarsrapport-test-"));
  made.push(dir);
  const all = { "municipality.yaml": MUNICIPALITY, ...files };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Validates a data directory with one committee file holding `yaml`. */
export function problemsOf(yaml: string | Buffer, extra: Record<string, string | Buffer> = {}): Problem[] {
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
