// Once per test run: a directory for the run (scratch directories, the compiled CLI's stamp, the sample built
// once and shared), removed when the run ends. Nothing is compiled here: a run of unit tests needs no dist/;
// the helpers that run the CLI compile it on first use (tests/support/cli.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject): () => void {
  const runDir = mkdtempSync(join(tmpdir(), "aarsrapport-tests-"));
  project.provide("runDir", runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    runDir: string;
  }
}
