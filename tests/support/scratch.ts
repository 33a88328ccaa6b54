// Scratch directories: made inside the run's directory, removed when the test file ends (and with the run's
// directory at the end of the run, whatever happened).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { validateDataDir, type ValidationResult } from "../../src/validate/index.js";
import { MUNICIPALITY } from "./fixtures.js";
import { runDir } from "./run.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty directory; `label` names it, for a reader of a failure. */
export function scratchDir(label = "scratch"): string {
  const dir = mkdtempSync(join(runDir(), `${label}-`));
  made.push(dir);
  return dir;
}

/** Writes files (path → text or bytes) into a directory, making the folders they need; answers the directory. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A fresh data directory with these files, and the test municipality file unless one is given. */
export function dataDir(files: Record<string, string | Uint8Array>): string {
  return writeFiles(scratchDir("data"), { "municipality.yaml": MUNICIPALITY, ...files });
}

/** A copy of a directory (symbolic links copied as links), to change without touching the original. */
export function copyOf(dir: string, label = "copy"): string {
  const copy = scratchDir(label);
  cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
  return copy;
}

/** A copy of a directory with text replaced in some of its files (each replacement must find its text). */
export function editedCopy(dir: string, edits: [file: string, from: string, to: string][], label = "edited"): string {
  const copy = copyOf(dir, label);
  for (const [file, from, to] of edits) {
    const text = readFileSync(join(copy, file), "utf8");
    if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
    writeFileSync(join(copy, file), text.replace(from, to));
  }
  return copy;
}

/** One directory reused for many cases (thousands of generated ones): cleared and written anew each time. */
export class Scratch {
  readonly dir = scratchDir("cases");

  /** Replaces the directory's contents with these files. */
  write(files: Record<string, string | Uint8Array>): string {
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
    return writeFiles(this.dir, files);
  }

  /** Writes these files and validates them as a data directory. */
  validate(files: Record<string, string | Uint8Array>): ValidationResult {
    return validateDataDir(this.write(files));
  }
}
