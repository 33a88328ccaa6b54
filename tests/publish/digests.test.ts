// The inputs' digests remembered by their stats: used only when nothing about the file moved, so that a build
// with nothing to do need not read every input, and never at the price of missing a change.
import { describe, expect, it } from "vitest";
import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../../src/core/hash.js";
import { FileDigests } from "../../src/publish/digests.js";
import { scratchDir, writeFiles } from "../support/scratch.js";

/** A clock a minute ahead: the files written by the test count as long settled when hashed. */
const later = (): number => Date.now() + 60_000;

function setUp() {
  const dir = writeFiles(scratchDir("digests"), { "a.yaml": "actual: 100\n" });
  return { file: join(dir, "a.yaml"), stamps: join(dir, ".cache", "inputs.json") };
}

describe("FileDigests", () => {
  it("hashes a file's bytes and keeps its stamp for the next build", () => {
    const { file, stamps } = setUp();
    const first = new FileDigests(stamps, later);
    expect(first.of(file)).toBe(sha256("actual: 100\n"));
    first.save();
    const kept = JSON.parse(readFileSync(stamps, "utf8")) as Record<string, { sha: string; size: number }>;
    expect(kept[file]).toMatchObject({ sha: sha256("actual: 100\n"), size: 12 });
  });

  it("takes the remembered digest, without reading the file, when its stamp is unchanged", () => {
    const { file, stamps } = setUp();
    const first = new FileDigests(stamps, later);
    first.of(file);
    first.save();
    // Only a digest taken from the stamp can be this one: the file's bytes hash to something else.
    const kept = JSON.parse(readFileSync(stamps, "utf8")) as Record<string, { sha: string }>;
    kept[file]!.sha = "remembered";
    writeFileSync(stamps, JSON.stringify(kept));
    expect(new FileDigests(stamps).of(file)).toBe("remembered");
  });

  it("reads a file again when it changed with its size and modification time kept (its status-change time moved)", async () => {
    const { file, stamps } = setUp();
    const mtime = 1_700_000_000; // whole seconds: set again exactly below
    utimesSync(file, mtime, mtime);
    const first = new FileDigests(stamps, later);
    first.of(file);
    first.save();
    const { ctimeMs } = statSync(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(file, "actual: 101\n"); // same size
    utimesSync(file, mtime, mtime); // as `cp -p` or `touch -d` would
    const kept = JSON.parse(readFileSync(stamps, "utf8")) as Record<string, { mtimeMs: number; size: number }>;
    expect([statSync(file).mtimeMs, statSync(file).size]).toEqual([kept[file]!.mtimeMs, kept[file]!.size]);
    expect(statSync(file).ctimeMs).not.toBe(ctimeMs);
    expect(new FileDigests(stamps).of(file)).toBe(sha256("actual: 101\n"));
  });

  it("reads a file again while it is too new to trust its times (written in the tick it was hashed in)", () => {
    const { file, stamps } = setUp();
    const first = new FileDigests(stamps); // the real clock: the file was written just now
    first.of(file);
    first.save();
    const kept = JSON.parse(readFileSync(stamps, "utf8")) as Record<string, { sha: string }>;
    kept[file]!.sha = "remembered";
    writeFileSync(stamps, JSON.stringify(kept));
    expect(new FileDigests(stamps).of(file)).toBe(sha256("actual: 100\n"));
  });

  it("hashes everything when the stamps are missing or unreadable", () => {
    const { file, stamps } = setUp();
    writeFiles(join(stamps, ".."), { "inputs.json": "{ not json" });
    expect(new FileDigests(stamps, later).of(file)).toBe(sha256("actual: 100\n"));
    expect(new FileDigests(join(stamps, "..", "none.json"), later).of(file)).toBe(sha256("actual: 100\n"));
  });
});
