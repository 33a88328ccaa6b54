// Outputs kept by key, so that a nightly build costs what changed. An output's key is a digest of exactly what
// it is made from: the tool's own code and the output's sources (a workbook's grids, a PDF's printed documents).
// When the published build recorded the same key for the same path and its file is there, the output is kept —
// linked from the published build, not made again. A forced build makes everything.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../core/hash.js";
import type { Manifest } from "../publish/manifest.js";

export class Reuse {
  constructor(
    /** The digest of the tool's code (its inputs' "tool"): a changed tool changes every key. */
    private readonly tool: string,
    private readonly previous: { dir: string | undefined; manifest: Manifest | undefined },
    private readonly force: boolean,
  ) {}

  /** A digest of the tool and the sources, which hold amounts (Decimal), Maps, undefined: each distinct in the key. */
  key(...sources: unknown[]): string {
    return sha256(JSON.stringify([this.tool, ...sources], distinct));
  }

  /** Whether the published file at this path was made from exactly this key: then it is kept, not made again. */
  published(path: string, key: string): boolean {
    const { dir, manifest } = this.previous;
    return !this.force && dir !== undefined && manifest?.outputs[path]?.key === key && existsSync(join(dir, path));
  }

  /** A kept output's size in bytes (the website states the sizes of its downloads). */
  size(path: string): number {
    return statSync(join(this.previous.dir ?? "", path)).size;
  }
}

// JSON drops undefined and writes a Map as {}: either would let different sources share a key. (A Decimal is
// written exactly, by its own toJSON.) The markers start with a character no data holds.
function distinct(_: string, value: unknown): unknown {
  if (value === undefined) return "\u0000undefined";
  if (value instanceof Map) return ["\u0000map", ...value];
  return value;
}
