// The build manifest (out/manifest.json): the hash of every input and of every output. The next build compares
// with it to decide whether there is anything to do and which outputs are new.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../core/hash.js";
import type { MadeOrKept } from "../core/output-file.js";
import type { Inputs } from "./inputs.js";

interface OutputEntry {
  sha256: string;
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

const MANIFEST = "manifest.json";

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

/** An output as the manifest records it: made anew (content) or kept (no content), with a PDF's key. */
type Recorded = MadeOrKept & { key?: string };

/** The manifest of a build: its digest and options, every input's hash, every output's hash (and a PDF's key). */
export function manifestOf(digest: string, pdf: boolean, inputs: Inputs, outputs: Recorded[], previous: Manifest | undefined): Manifest {
  const entries = outputs.map((o) => {
    // A kept PDF was not read: its hash is the published one.
    const sha = o.content === undefined ? previous?.outputs[o.path]?.sha256 : sha256(o.content);
    return [o.path, { sha256: sha ?? "", ...(o.key && { key: o.key }) }] as const;
  });
  return { format: 1, digest, options: { pdf }, inputs, outputs: Object.fromEntries(entries) };
}

/** Which outputs are new or different, which are the same as published (or kept), which are no longer made. */
export function compareOutputs(outputs: Recorded[], manifest: Manifest, previous: Manifest | undefined, force: boolean) {
  const same = (o: Recorded): boolean =>
    !force && previous?.outputs[o.path] !== undefined && (o.content === undefined || previous.outputs[o.path]!.sha256 === manifest.outputs[o.path]!.sha256);
  const paths = new Set(outputs.map((o) => o.path));
  return {
    kept: outputs.filter(same).map((o) => o.path).sort(),
    rebuilt: outputs.filter((o) => !same(o)).map((o) => o.path).sort(),
    removed: Object.keys(previous?.outputs ?? {}).filter((p) => !paths.has(p)).sort(),
  };
}
