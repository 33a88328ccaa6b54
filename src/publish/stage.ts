// Publishing atomically. Every build is staged in out/builds/<id>/; publishing is one rename of the
// `out/current` symbolic link onto the new build, so a reader — or a build killed at any moment — sees either
// the whole old output or the whole new one. out/site, out/pdf, out/manifest.json and the rest are fixed
// links through `current`. Files unchanged since the published build are hard links to it: the same bytes,
// the same modification time.
import { existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { MadeOrKept } from "../core/output-file.js";

const CURRENT = "current";
const BUILDS = "builds";

/** The directory of the published build, or undefined before the first build. */
export function publishedDir(outDir: string): string | undefined {
  const link = join(outDir, CURRENT);
  return existsSync(link) ? join(outDir, BUILDS, readlinkSync(link).split("/").pop()!) : undefined;
}

/**
 * Writes a new build next to the published one and makes it the published one. A file without content (a path
 * inside the output, e.g. "pdf/okonomi.pdf") is kept: linked to the published file at that path.
 */
export function publish(outDir: string, files: MadeOrKept[]): string {
  const previous = publishedDir(outDir);
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const staging = join(outDir, BUILDS, `${id}.staging`);
  for (const file of files) {
    const target = join(staging, file.path);
    mkdirSync(dirname(target), { recursive: true });
    const published = join(previous ?? "", file.path);
    if (file.content === undefined || (previous !== undefined && sameBytes(published, file.content))) keep(published, target);
    else writeFileSync(target, file.content);
  }
  const build = join(outDir, BUILDS, id);
  renameSync(staging, build);
  swapCurrent(outDir, id);
  linkTopLevel(outDir, readdirSync(build));
  prune(outDir, [id, previous?.split("/").pop()]);
  return build;
}

/**
 * Whether a file made again has the bytes it was published with (the reports' index, a page whose inputs
 * changed but not its text): then it is kept too, so a mirror of out/ sees no change in it.
 */
function sameBytes(published: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  const size = statSync(published, { throwIfNoEntry: false })?.size;
  return size === bytes.byteLength && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(readFileSync(published));
}

function keep(published: string, target: string): void {
  try {
    linkSync(published, target);
  } catch {
    copyFileSync(published, target); // a file system without hard links
  }
}

function swapCurrent(outDir: string, id: string): void {
  const next = join(outDir, `.${CURRENT}.${process.pid}`);
  rmSync(next, { force: true });
  symlinkSync(join(BUILDS, id), next);
  renameSync(next, join(outDir, CURRENT));
}

/** out/site → current/site, and so on; an older layout's real directory is replaced by the link. */
function linkTopLevel(outDir: string, names: string[]): void {
  for (const name of names) {
    const link = join(outDir, name);
    const stat = lstatSync(link, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink()) continue;
    if (stat) rmSync(link, { recursive: true, force: true });
    symlinkSync(join(CURRENT, name), link);
  }
}

/** Keeps the published build and the one before it (for a quick look back); staging left by killed builds goes. */
function prune(outDir: string, keepIds: (string | undefined)[]): void {
  for (const name of readdirSync(join(outDir, BUILDS))) {
    if (!keepIds.includes(name)) rmSync(join(outDir, BUILDS, name), { recursive: true, force: true });
  }
}
