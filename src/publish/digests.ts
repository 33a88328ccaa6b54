// The sha256 of files, remembered between builds by each file's stat (size, times, inode), as git's index does:
// a build with nothing to do reads a few hundred stats instead of every input's bytes (the tool's own compiled
// files, the fonts, the data), which was most of a no-op rebuild's own work.
//
// A remembered digest is trusted only when the file's size, modification and status-change times and inode
// are all as recorded. The status-change time cannot be set by a program (a copy that keeps the modification
// time, `touch -d`, still moves it). And a file written within RACY_MS of being hashed is hashed again at every
// build until it is older: a write in the same clock tick as the hashing would leave every time unchanged.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { sha256 } from "../core/hash.js";

interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** When the file was hashed (ms since the epoch). */
  hashedAt: number;
  sha: string;
}

/** Coarse file systems (FAT, some network mounts) record times to two seconds. */
const RACY_MS = 2000;

export class FileDigests {
  private readonly before: Record<string, Stamp>;
  private readonly now: Record<string, Stamp> = {};
  private changed = false;

  /** `file`: where the stamps are kept between builds; none, every file is hashed. `clock`: for tests. */
  constructor(
    private readonly file: string | undefined,
    private readonly clock: () => number = Date.now,
  ) {
    this.before = file ? readStamps(file) : {};
  }

  /** The sha256 of a file's bytes, by its stamp when it is unchanged. */
  of(path: string): string {
    const stat = statSync(path);
    const known = this.before[path];
    const same =
      known !== undefined &&
      known.size === stat.size &&
      known.mtimeMs === stat.mtimeMs &&
      known.ctimeMs === stat.ctimeMs &&
      known.ino === stat.ino &&
      Math.max(stat.mtimeMs, stat.ctimeMs) < known.hashedAt - RACY_MS;
    if (same) {
      this.now[path] = known;
      return known.sha;
    }
    const hashedAt = this.clock();
    const sha = sha256(readFileSync(path));
    this.now[path] = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, hashedAt, sha };
    this.changed = true;
    return sha;
  }

  /** Keeps the stamps of the files asked for in this build (no others), when any is new. */
  save(): void {
    const dropped = Object.keys(this.before).some((path) => !(path in this.now));
    if (!this.file || !(this.changed || dropped)) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.now));
    renameSync(temp, this.file);
  }
}

/** The recorded stamps; none when the file is missing or unreadable (everything is then hashed). */
function readStamps(file: string): Record<string, Stamp> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, Stamp>) : {};
  } catch {
    return {};
  }
}
