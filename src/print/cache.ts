// Printed documents kept between builds, by key — a hash of exactly what was printed (printer.ts). Every part
// is printed as a document of its own, so its bytes depend on nothing but its own HTML: a nightly build after
// a change to one committee prints that committee's part and takes every other part from here, and makes the
// same bytes as a full build. A part is kept with where its headings landed; the covers' document without.
// Each document names the report it was printed for, so that a build that prints only some reports keeps
// the others' documents for the next build that needs them.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Printed } from "./types.js";

export interface CachedDocument {
  bytes: Uint8Array;
  /** A part's headings and captions, with the page (0-based) each landed on. */
  headings?: Printed["headings"];
}

/** Per printed document: the report it was printed for (its output directory), its headings (a part's; not the covers'). */
type Index = Record<string, { report: string; headings?: Printed["headings"] }>;

const INDEX = "documents.json";

export class PartCache {
  private readonly index: Index;
  private readonly used = new Set<string>();

  /** `read: false` (a forced build) prints everything again, and still stores the results. */
  constructor(
    private readonly dir: string,
    read = true,
  ) {
    mkdirSync(dir, { recursive: true });
    this.index = read ? loadIndex(dir) : {};
  }

  /** A document printed before with exactly this key. */
  get(key: string): CachedDocument | undefined {
    const entry = this.index[key];
    if (!entry || !existsSync(this.file(key))) return undefined;
    this.used.add(key);
    return { bytes: readFileSync(this.file(key)), ...(entry.headings && { headings: entry.headings }) };
  }

  /** Whether a document is here, without reading it. */
  has(key: string): boolean {
    return this.index[key] !== undefined && existsSync(this.file(key));
  }

  put(key: string, report: string, bytes: Uint8Array, headings?: Printed["headings"]): void {
    // Written under a temporary name and renamed, so that a killed build never leaves half a PDF here.
    const tmp = join(this.dir, `.${key}.${process.pid}.tmp`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, this.file(key));
    this.index[key] = headings ? { report, headings } : { report };
    this.used.add(key);
    // The index is written once, by prune() at the build's end: a build killed before it leaves documents the
    // index does not name, which the next build prints again and prunes.
  }

  /** Keeps a report's documents although this build did not use them (it did not print that report). */
  keep(report: string): void {
    for (const [key, entry] of Object.entries(this.index)) if (entry.report === report) this.used.add(key);
  }

  /** Keeps only the documents this build used or kept: one build's, not history. */
  prune(): void {
    for (const key of Object.keys(this.index)) if (!this.used.has(key)) delete this.index[key];
    this.save();
    for (const name of readdirSync(this.dir)) {
      if (name !== INDEX && !this.used.has(name.replace(/\.pdf$/, ""))) rmSync(join(this.dir, name), { force: true });
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
    const index = JSON.parse(readFileSync(join(dir, INDEX), "utf8")) as unknown;
    return index && typeof index === "object" && !Array.isArray(index) ? (index as Index) : {};
  } catch {
    return {};
  }
}
