// The command line as a user runs it: the compiled dist/cli.js in a process of its own. It is compiled once per
// test run, on first use, so that a run of unit tests compiles nothing.
import { execFileSync, spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import { oncePerRunSync } from "./run.js";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const ROOT = new URL("../../", import.meta.url).pathname;

/**
 * The environment a command runs in: the test process's, without its locale, so that every run speaks the tool's
 * default, Danish, wherever the tests run (a CI machine may have LANG=en_US.UTF-8). A test that wants English
 * says --lang en, or gives LANG.
 */
function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { LANG: _lang, LC_ALL: _all, LC_MESSAGES: _messages, ...rest } = process.env;
  return { ...rest, ...env };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Compiles src/ to dist/ (once per run, whichever test file asks first). */
function compiled(): string {
  oncePerRunSync("compile", () => {
    execFileSync(process.execPath, [tscBin(), "-p", "tsconfig.json"], { cwd: ROOT, stdio: "inherit" });
  });
  return CLI;
}

function tscBin(): string {
  return new URL("../../node_modules/typescript/bin/tsc", import.meta.url).pathname;
}

/**
 * Runs `aarsrapport ARGS…` and waits for it; `heapMb` bounds the process's heap as a small machine would; `env`
 * adds to the environment (cliEnv: no locale, so Danish unless it gives one); `cwd` is where it runs.
 */
export function runCli(
  args: string[],
  { heapMb, timeout, env, cwd }: { heapMb?: number; timeout?: number; env?: Record<string, string>; cwd?: string } = {},
): CliResult {
  const node = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const r = spawnSync(process.execPath, [...node, compiled(), ...args], { encoding: "utf8", timeout, cwd, maxBuffer: 64 * 1024 * 1024, env: cliEnv(env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `aarsrapport ARGS…` and returns at once: for a build to kill, or to hold a lock while another runs. */
export function startCli(args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, [compiled(), ...args], { stdio: "ignore", ...options, env: { ...cliEnv(), ...options.env } });
}

/** Runs `aarsrapport ARGS…` without blocking the test's process (others may run beside it). */
export function runCliAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiled(), ...args], { stdio: ["ignore", "pipe", "pipe"], env: cliEnv() });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
