// The sample municipality built once per test run by the compiled CLI, with every output (website, PDFs,
// spreadsheets, change report): shared by every test that only reads a build's outputs. Copy it to change it.
import { join } from "node:path";
import { runCliAsync } from "./cli.js";
import { SAMPLE } from "./fixtures.js";
import { oncePerRun, runDir } from "./run.js";
import { copyOf } from "./scratch.js";

/** The output directory of the shared build of data/ (read only). */
export async function sampleBuild(): Promise<string> {
  const out = join(runDir(), "sample-build");
  await oncePerRun("sample-build", async () => {
    const r = await runCliAsync(["build", SAMPLE, "--out", out, "--quiet"]);
    if (r.code !== 0) throw new Error(`building the sample failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  });
  return out;
}

/**
 * A copy of the sample data and of its shared build (print cache included): a later build of the copy is the
 * next nightly build, with nothing changed until the test changes something.
 */
export async function sampleBuildCopy(): Promise<{ data: string; out: string }> {
  return { data: copyOf(SAMPLE, "data"), out: copyOf(await sampleBuild(), "out") };
}
