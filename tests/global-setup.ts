// Once per test run: a directory for the run (scratch directories, the sample built once and shared), removed
// when the run ends, and the CLI compiled to dist/ for the tests that run it as a user does. It is compiled here,
// before any test starts, rather than by the first test that needs it: on a loaded machine compiling took longer
// than that test's whole time limit.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

const ROOT = new URL("../", import.meta.url).pathname;

export default function setup(project: TestProject): () => void {
  execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: ROOT, stdio: "inherit" });
  const runDir = mkdtempSync(join(tmpdir(), "aarsrapport-tests-"));
  project.provide("runDir", runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    runDir: string;
  }
}
