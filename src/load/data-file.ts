// A file the data directory holds or references: resolved inside DATA_DIR (never outside, not even through a
// symbolic link), a regular file, and within the size any data file may have.
import { existsSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Pos, Problems } from "../core/problem.js";
import { msg } from "../messages/index.js";

/** Far beyond any data file (a committee's is some ten kilobytes); a larger file is the wrong file. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(".", ",");
}

/**
 * A file the data references, resolved inside DATA_DIR (never outside, not even through a symlink); problems
 * are reported at the reference. `rel` is the path relative to DATA_DIR, with forward slashes.
 */
export function dataFile(
  path: string,
  at: Pos,
  dataDir: string,
  problems: Problems,
  /** `kind`: a file kind of the catalogue (t().load.fileKind). */
  what: { kind: string; example: string },
): { abs: string; rel: string } | undefined {
  const root = realpathSync(dataDir);
  const target = resolve(root, path);
  const inside = (p: string): boolean => p === root || p.startsWith(root + sep);
  if (isAbsolute(path) || !inside(target)) {
    problems.error(at, msg("file-outside", path, what.example));
    return undefined;
  }
  if (!existsSync(target)) {
    problems.error(at, msg("file-missing/reference", what.kind, path));
    return undefined;
  }
  if (!inside(realpathSync(target))) {
    problems.error(at, msg("file-outside/link", path));
    return undefined;
  }
  const stat = statSync(target);
  if (!stat.isFile()) {
    problems.error(at, msg("file-missing/not-a-file", path));
    return undefined;
  }
  if (stat.size > MAX_FILE_BYTES) {
    problems.error(at, msg("file-too-large", what.kind, path, megabytes(stat.size), megabytes(MAX_FILE_BYTES)));
    return undefined;
  }
  return { abs: target, rel: relative(root, target).split(sep).join("/") };
}
