// One build at a time per output directory. The lock file names the process that holds it; a lock whose
// process is gone (a build killed with kill -9) is stale and taken over.
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";
import { t } from "../messages/index.js";

export class BuildLocked extends Error {}

const LOCK = ".lock";

export interface Lock {
  release(): void;
}

/** Takes the lock, waiting up to `waitMs` for a running build to finish (0: refuse at once). */
export async function acquireLock(outDir: string, waitMs = 0): Promise<Lock> {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, LOCK);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const holder = tryLock(file);
    if (holder === undefined) return { release: () => rmSync(file, { force: true }) };
    if (Date.now() >= deadline) {
      throw new BuildLocked(t().build.locked(outDir, holder.pid, holder.started, file));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface Holder {
  pid: number;
  started: string;
}

/** Creates the lock file; returns the holder when another live process has it. */
function tryLock(file: string): Holder | undefined {
  try {
    const fd = openSync(file, "wx");
    writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
    closeSync(fd);
    return undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const holder = readHolder(file);
  if (holder && alive(holder.pid)) return holder;
  rmSync(file, { force: true }); // stale: its build died without releasing it
  return tryLock(file);
}

function readHolder(file: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Holder;
  } catch {
    return undefined; // written half by a process killed in the act: stale
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
