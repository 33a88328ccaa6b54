// The worker thread that assembles section PDFs while the main thread assembles the full report
// (parallel.ts). It reads the printed bytes into parts exactly as the main thread did — same bytes, same
// prefixes, same starts give the same parts — and assembles each section as the main thread would: the bytes
// are the same whichever thread made them.
import { parentPort } from "node:worker_threads";
import { assembleSection } from "./assemble.js";
import type { SectionJob, SectionResult } from "./parallel.js";
import { load, splitParts } from "./read.js";
import type { Part, PartSource, Printed } from "./types.js";

async function partsOf(sources: PartSource[], count: number): Promise<Part[]> {
  const parts = new Array<Part>(count);
  for (const source of sources) {
    const split = splitParts(await load(source.bytes), source.prefixes, source.starts);
    source.group.forEach((index, j) => (parts[index] = split[j]!));
  }
  return parts;
}

async function run(job: SectionJob): Promise<SectionResult[]> {
  const parts = await partsOf(job.parts.sources, job.parts.printed.length);
  const covers = await partsOf(job.covers.sources, job.covers.printed.length);
  const printed = (part: Part, p: Omit<Printed, "part">): Printed => ({ ...p, part });
  const results: SectionResult[] = [];
  for (const { committee, index } of job.sections) {
    const cover = printed(covers[index + 1]!, job.covers.printed[index + 1]!);
    const body = printed(parts[index + 1]!, job.parts.printed[index + 1]!);
    results.push(await assembleSection(job.report, committee, cover, body, job.meta));
  }
  return results;
}

parentPort!.once("message", (job: SectionJob) => {
  run(job).then(
    (results) => parentPort!.postMessage({ results }, results.map((r) => r.content.buffer as ArrayBuffer)),
    (err: unknown) => parentPort!.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
