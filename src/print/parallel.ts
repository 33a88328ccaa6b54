// The section PDFs are assembled in a worker thread while the main thread assembles the full report: once the
// browser has printed, the machine's other core would otherwise wait. The worker is started while the browser
// still prints, so that its PDF library has loaded by the time it is needed. Running from TypeScript sources
// (the tests in-process), where there is no compiled worker to start, everything is assembled on the main thread.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AssemblyCommittee, AssemblyReport } from "./assemble.js";
import type { Meta, PartSource, Printed } from "./types.js";

/** Printed parts as the worker receives them: the bytes they were read from, their pages and headings. */
interface PrintedSources {
  sources: PartSource[];
  printed: Omit<Printed, "part">[];
}

export interface SectionJob {
  report: AssemblyReport;
  meta: Meta;
  parts: PrintedSources;
  covers: PrintedSources;
  /** The committees whose section PDFs to make, with their index among the committees. */
  sections: { committee: AssemblyCommittee; index: number }[];
}

export interface SectionResult {
  path: string;
  content: Uint8Array;
  pages: number;
}

const WORKER = fileURLToPath(new URL("./assemble-worker.js", import.meta.url));

export class AssemblyWorker {
  private constructor(private readonly worker: Worker) {}

  /** A started worker, or undefined where there is no compiled worker (running from sources). */
  static start(): AssemblyWorker | undefined {
    if (!WORKER.endsWith(".js") || !existsSync(WORKER)) return undefined;
    const worker = new Worker(WORKER);
    worker.unref();
    return new AssemblyWorker(worker);
  }

  assemble(job: SectionJob): Promise<SectionResult[]> {
    return new Promise((resolve, reject) => {
      this.worker.once("error", reject);
      this.worker.once("exit", (code) => reject(new Error(`the assembly worker stopped (exit ${code})`)));
      this.worker.once("message", (reply: { results?: SectionResult[]; error?: string }) => {
        if (reply.results) resolve(reply.results);
        else reject(new Error(reply.error));
      });
      this.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** What the worker needs of printed parts: everything but the parsed document, which it reads again. */
export function sourcesOf(sources: PartSource[], printed: Printed[]): PrintedSources {
  return { sources, printed: printed.map(({ pages, headings }) => ({ pages, headings })) };
}
