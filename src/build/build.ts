// `build`: the whole pipeline on a data directory, as the CLI, the tests and the benchmark run it.
//
// A build holds a lock on its output directory, hashes every input and stops at once when nothing changed
// since the published build. Otherwise it runs the stages (stages.ts): it makes every output in memory —
// taking printed parts from the cache and keeping PDFs whose key is unchanged — and publishes them all at once
// (publish/stage.ts): a build that fails or is killed leaves the published output as it was.
import { join } from "node:path";
import { timer } from "../core/timer.js";
import { language } from "../messages/index.js";
import { digest, hashInputs } from "../publish/inputs.js";
import { acquireLock } from "../publish/lock.js";
import { readManifest } from "../publish/manifest.js";
import { publishedDir } from "../publish/stage.js";
import type { BuildOptions, BuildResult } from "./stages.js";

export async function build(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const timed = timer(timings);
  const lock = await acquireLock(options.outDir, options.waitMs ?? 0);
  try {
    const inputs = await timed("inputs", () => hashInputs(options.dataDir, join(options.outDir, ".cache", "inputs.json")));
    const dir = publishedDir(options.outDir);
    const manifest = dir ? readManifest(dir) : undefined;
    const pdf = options.pdf !== false;
    // The audit trail's sources and column heads are in the language the tool speaks (--lang, the locale).
    const buildDigest = digest({ ...inputs, "option:pdf": String(pdf), "option:lang": language() });
    if (!options.force && manifest?.digest === buildDigest) {
      return { status: "unchanged", problems: [], rebuilt: [], kept: Object.keys(manifest.outputs).sort(), removed: [], pdfs: [], timings };
    }
    // The stages are loaded only now that there is work: a build with nothing to do stays quick. Something
    // changed, so something is almost surely printed: the browser is launched first, and starts while the
    // other stages load and the data is validated (launching takes most of a second). Unused, it is closed.
    const browser = pdf ? (await import("../print/browser.js")).launchBrowser() : undefined;
    browser?.catch(() => undefined); // a launch failure is reported where the browser is used
    const { makeAndPublish } = await import("./stages.js");
    try {
      const context = { inputs, digest: buildDigest, previous: { dir, manifest }, browser };
      return { ...(await makeAndPublish(options, context, timed)), timings };
    } finally {
      await browser?.then((b) => b.close(), () => undefined);
    }
  } finally {
    lock.release();
  }
}
