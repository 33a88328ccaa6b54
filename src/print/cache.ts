// Printed parts kept between builds. Parts are printed in batches (one document holding several parts); the
// cache keeps each printed batch and an index from every part's key — a hash of exactly what was printed —
// to its batch and block, with the part's page count and where its headings landed. A nightly build after a
// change to one committee prints that committee and takes every other part from here.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Heading } from "./types.js";

export interface CachedPart {
  /** The batch file's key. */
  file: string;
  block: number;
  pages: number;
  headings: (Heading & { page: number })[];
}

interface Index {
  /** Per batch file: the page each of its blocks starts on. */
  files: Record<string, number[]>;
  parts: Record<string, CachedPart>;
}

const INDEX = "index.json";

export class PartCache {
  private readonly index: Index;
  private readonly used = new Set<string>();
  /** Whole printed documents (the covers) this build used. */
  private readonly usedDocuments = new Set<string>();

  /** `read: false` (a forced build) prints everything again, and still stores the results. */
  constructor(
    private readonly dir: string,
    read = true,
  ) {
    mkdirSync(dir, { recursive: true });
    this.index = read ? loadIndex(dir) : { files: {}, parts: {} };
  }

  part(key: string): CachedPart | undefined {
    const part = this.index.parts[key];
    if (!part || !existsSync(this.file(part.file))) return undefined;
    this.used.add(key);
    return part;
  }

  /** A whole printed document (the covers) by its key, when it was printed before. */
  document(key: string): Uint8Array | undefined {
    if (!this.index.files[key] || !existsSync(this.file(key))) return undefined;
    this.usedDocuments.add(key);
    return readFileSync(this.file(key));
  }

  putDocument(key: string, bytes: Uint8Array): void {
    this.put(key, bytes, [], {});
    this.usedDocuments.add(key);
  }

  /** The bytes of a batch and where its blocks start. */
  batch(file: string): { bytes: Uint8Array; starts: number[] } {
    return { bytes: readFileSync(this.file(file)), starts: this.index.files[file]! };
  }

  put(file: string, bytes: Uint8Array, starts: number[], parts: Record<string, Omit<CachedPart, "file">>): void {
    // Written under a temporary name and renamed, so that a killed build never leaves half a PDF here.
    const tmp = join(this.dir, `.${file}.${process.pid}.tmp`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, this.file(file));
    this.index.files[file] = starts;
    for (const [key, part] of Object.entries(parts)) {
      this.index.parts[key] = { ...part, file };
      this.used.add(key);
    }
    this.save();
  }

  /** Keeps only the parts and documents this build used and the batches they are in: one build's, not history. */
  prune(): void {
    const parts = Object.fromEntries(Object.entries(this.index.parts).filter(([key]) => this.used.has(key)));
    const files = new Set([...Object.values(parts).map((p) => p.file), ...this.usedDocuments]);
    this.index.parts = parts;
    this.index.files = Object.fromEntries(Object.entries(this.index.files).filter(([file]) => files.has(file)));
    this.save();
    for (const name of readdirSync(this.dir)) {
      if (name !== INDEX && !files.has(name.replace(/\.pdf$/, ""))) rmSync(join(this.dir, name), { force: true });
    }
  }

  private file(key: string): string {
    return join(this.dir, `${key}.pdf`);
  }

  private save(): void {
    const tmp = join(this.dir, `.${INDEX}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(this.index));
    renameSync(tmp, join(this.dir, INDEX));
  }
}

function loadIndex(dir: string): Index {
  try {
    const index = JSON.parse(readFileSync(join(dir, INDEX), "utf8")) as Index;
    return index.files && index.parts ? index : { files: {}, parts: {} };
  } catch {
    return { files: {}, parts: {} };
  }
}
