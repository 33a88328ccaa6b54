// The build manifest (out/manifest.json): the hash of every input, and for every output the inputs it
// depends on and its sha256. The next build compares with it to decide what is new.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Inputs } from "./inputs.js";

export interface OutputEntry {
  sha256: string;
  /** The input keys (see inputs.ts) this output is made from. */
  inputs: string[];
  /** For a PDF: a digest of exactly what it is assembled from; the same key means the same PDF. */
  key?: string;
}

export interface Manifest {
  format: 1;
  /** Digest of all inputs and build options: equal means nothing to do. */
  digest: string;
  options: { pdf: boolean };
  inputs: Inputs;
  outputs: Record<string, OutputEntry>;
}

export const MANIFEST = "manifest.json";

export function readManifest(dir: string): Manifest | undefined {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    return manifest.format === 1 ? manifest : undefined;
  } catch {
    return undefined; // unreadable: build everything again
  }
}

export function manifestJson(manifest: Manifest): string {
  const sorted = Object.fromEntries(Object.entries(manifest.outputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ ...manifest, outputs: sorted }, null, 2)}\n`;
}

/**
 * What an output is made from, as the manifest states it: a committee's section PDF and tables depend on its
 * file (and the Markdown it names), on the municipality file and on everything shared (templates, fonts, the
 * tool); every other output — its web page too, whose navigation names every committee — on all inputs.
 */
export function dependencies(output: string, inputs: Inputs, committees: { id: string; files: string[] }[]): string[] {
  const shared = Object.keys(inputs).filter((k) => !k.startsWith("data/"));
  const owner = committees.find((c) => new RegExp(`^(pdf|csv)/${c.id}(\\.|-)`).test(output));
  if (!owner) return Object.keys(inputs).sort();
  return [...owner.files.map((f) => `data/${f}`), "data/municipality.yaml", ...shared].filter((k) => k in inputs).sort();
}
