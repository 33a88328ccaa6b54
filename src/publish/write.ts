// Writes a set of output files into a directory so that readers never see a half-written result: the files
// go to a fresh staging directory beside the target, which then replaces the target in one rename.
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, basename } from "node:path";

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

export function replaceDirectory(target: string, files: OutputFile[]): void {
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(target)}.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  for (const file of files) {
    const path = join(staging, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  const old = join(parent, `.${basename(target)}.old-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}
