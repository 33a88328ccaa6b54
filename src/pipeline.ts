// The pipeline as functions the CLI, the tests and the preview server share:
// load → validate → compute → render → print → publish.
//
// A build holds a lock on its output directory, hashes every input and stops at once when nothing changed
// since the published build. Otherwise it makes every output in memory — taking printed parts from the
// cache and keeping PDFs whose key is unchanged — and publishes them all at once (publish/stage.ts): a build
// that fails or is killed leaves the published output as it was.
import type { ReportModel } from "./compute/report.js";
import type { PdfFile } from "./print/index.js";
import type { Changes } from "./publish/changes.js";
import { digest, hashInputs } from "./publish/inputs.js";
import { acquireLock } from "./publish/lock.js";
import { readManifest } from "./publish/manifest.js";
import { publishedDir } from "./publish/stage.js";
import type { Problem } from "./validate/problem.js";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  /** Print the PDFs too (default); false builds the website and spreadsheets only. */
  pdf?: boolean;
  /** Rebuild everything, even what has not changed. */
  force?: boolean;
  /** How long to wait for another build on the same output directory (default: refuse at once). */
  waitMs?: number;
  /** PDF pages printing at once; default: the number of CPUs. */
  concurrency?: number;
  /** Longest one PDF document may take to print (then it is retried once). */
  printTimeoutMs?: number;
  /** Receives the print stage's steps in milliseconds (the benchmark's detail). */
  printTimings?: Record<string, number>;
  /** Progress of printing (documents printed, of how many): for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  /** published: a new build is out; unchanged: nothing to do; invalid: the data has errors, nothing written. */
  status: "published" | "unchanged" | "invalid";
  ok: boolean;
  problems: Problem[];
  report?: ReportModel;
  /** Outputs made anew (new or different content), kept (unchanged), removed (no longer made). */
  rebuilt: string[];
  kept: string[];
  removed: string[];
  pdfs: PdfFile[];
  changes?: Changes;
  timings: Record<string, number>;
}

export type Timer = <T>(stage: string, run: () => T | Promise<T>) => Promise<T>;

export async function build(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const timed = timer(timings);
  const lock = await acquireLock(options.outDir, options.waitMs ?? 0);
  try {
    const inputs = await timed("inputs", () => hashInputs(options.dataDir));
    const dir = publishedDir(options.outDir);
    const manifest = dir ? readManifest(dir) : undefined;
    const pdf = options.pdf !== false;
    const buildDigest = digest({ ...inputs, "option:pdf": String(pdf) });
    if (!options.force && manifest?.digest === buildDigest) {
      return { status: "unchanged", ok: true, problems: [], rebuilt: [], kept: Object.keys(manifest.outputs).sort(), removed: [], pdfs: [], timings };
    }
    // The stages are loaded only now that there is work: a build with nothing to do stays quick. Something
    // changed, so something is almost surely printed: the browser is launched first, and starts while the
    // other stages load and the data is validated (launching takes most of a second). Unused, it is closed.
    const browser = pdf ? (await import("./print/browser.js")).launchBrowser() : undefined;
    browser?.catch(() => undefined); // a launch failure is reported where the browser is used
    const { makeAndPublish } = await import("./outputs.js");
    try {
      return { ...(await makeAndPublish(options, inputs, buildDigest, { dir, manifest }, browser, timed)), timings };
    } finally {
      await browser?.then((b) => b.close(), () => undefined);
    }
  } finally {
    lock.release();
  }
}

function timer(timings: Record<string, number>): Timer {
  return async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      timings[stage] = Math.round(performance.now() - start);
    }
  };
}

