// Printed parts kept between builds, keyed by a hash of exactly what was printed (the part's HTML and the
// stylesheets and fonts it loads). A nightly build after a change to one committee prints that committee and
// the covers, and takes every other part from here.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export class PartCache {
  private readonly used = new Set<string>();

  /** `read: false` (a forced build) prints everything again, and still stores the results. */
  constructor(
    private readonly dir: string,
    private readonly read = true,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  has(key: string): boolean {
    return this.read && existsSync(join(this.dir, `${key}.pdf`));
  }

  get(key: string): Uint8Array | undefined {
    const file = join(this.dir, `${key}.pdf`);
    if (!this.has(key)) return undefined;
    this.used.add(key);
    return readFileSync(file);
  }

  put(key: string, bytes: Uint8Array): void {
    // Written under a temporary name and renamed, so that a killed build never leaves half a PDF here.
    const tmp = join(this.dir, `.${key}.${process.pid}.tmp`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, join(this.dir, `${key}.pdf`));
    this.used.add(key);
  }

  /** Drops every part this build did not use: the cache holds one build's parts, not history. */
  prune(): void {
    for (const name of readdirSync(this.dir)) {
      if (!this.used.has(name.replace(/\.pdf$/, ""))) rmSync(join(this.dir, name), { force: true });
    }
  }
}
