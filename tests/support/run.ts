// What the test files of one run share: the run's directory (made and removed by tests/global-setup.ts), and
// work done once per run however many test files — in however many worker processes — ask for it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";

export function runDir(): string {
  return inject("runDir");
}

const WAIT_MS = 10 * 60_000;

/**
 * Runs `make` once per test run: the first caller makes it, every other caller (in any worker) waits until it
 * is made, and sees the same failure if it failed. `make` must leave its result on disk.
 */
export async function oncePerRun(name: string, make: () => Promise<void>): Promise<void> {
  const { done, failed, lock } = markers(name);
  if (existsSync(done)) return;
  if (!claim(lock)) return waitFor(name, () => new Promise((resolve) => setTimeout(resolve, 100)));
  try {
    await make();
    writeFileSync(done, "");
  } catch (err) {
    writeFileSync(failed, err instanceof Error ? (err.stack ?? err.message) : String(err));
    throw err;
  }
}

function markers(name: string) {
  const dir = runDir();
  return { done: join(dir, `${name}.done`), failed: join(dir, `${name}.failed`), lock: join(dir, `${name}.lock`) };
}

/** Whether this caller is the one to make it (mkdir is atomic: exactly one caller succeeds). */
function claim(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(name: string, pause: () => Promise<void>): Promise<void> {
  const start = Date.now();
  while (!settled(name)) {
    if (Date.now() - start > WAIT_MS) throw new Error(`waited ${WAIT_MS / 1000} s for "${name}", made by another test file`);
    await pause();
  }
}

function settled(name: string): boolean {
  const { done, failed } = markers(name);
  if (existsSync(failed)) throw new Error(`"${name}" failed in another test file:\n${readFileSync(failed, "utf8")}`);
  return existsSync(done);
}
