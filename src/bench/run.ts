// npm run bench [-- SIZES] [--runs N] [--json FILE]: builds the synthetic M and L municipalities (SIZES, e.g.
// "M" or "M,L"), each build a fresh process, and measures bare Chromium printing the same full-report HTML in
// the same run. This machine's speed varies (and other work shares it): every target is a ratio to that bare
// print taken within one run, or an absolute figure small enough to be start-up and reading alone; with
// --runs N each figure is the median of N runs, ratios the median of each run's own ratio. The table says ok
// or OVER for every target; --json writes every run's figures, the medians and the verdicts to FILE.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { CHROMIUM_ARGS, findBrowser } from "../print/browser.js";
import { cpuNow } from "./cpu.js";
import { SIZES, generateMunicipality } from "./generate.js";
import type { Measurement } from "./measure.js";

type Size = "M" | "L";

/** The targets of issue 16: a figure of a run, the limit it must stay at or under, for which sizes. */
interface Target {
  name: string;
  limit: number;
  unit: "×" | "ms" | "MB";
  sizes: Size[];
  value: (r: Run) => number;
}

const MEASURE = fileURLToPath(new URL("./measure.js", import.meta.url));
const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));

/** One size measured once: the full build, bare Chromium, and the nightly cases, each a fresh process. */
interface Run {
  size: Size;
  m: Measurement;
  bareMs: number;
  barePages: number;
  bareBytes: number;
  /** `aarsrapport build` with nothing changed since the full build (the median of three). */
  noopMs: number;
  /** A bare `node -e 0` (the median of five): the part of a no-op rebuild that is Node's own start. */
  nodeStartMs: number;
  /** `aarsrapport build` after one stated figure of one committee changed, and the outputs it made anew. */
  oneCommitteeMs: number;
  oneCommitteeMade: number;
  /** CPU milliseconds of each case, its browser's processes included (Linux only): steadier than the clock. */
  cpu?: { build: number; bare: number; noop: number; oneCommittee: number };
}

const loadToHtml = (r: Run): number => ["validate", "compute", "charts", "html"].reduce((n, k) => n + (r.m.timings[k] ?? 0), 0);

const TARGETS: Target[] = [
  { name: "whole build ÷ bare print", limit: 1.5, unit: "×", sizes: ["M"], value: (r) => r.m.coldMs / r.bareMs },
  { name: "whole build ÷ bare print", limit: 1.2, unit: "×", sizes: ["L"], value: (r) => r.m.coldMs / r.bareMs },
  { name: "one committee changed ÷ whole build", limit: 0.4, unit: "×", sizes: ["M", "L"], value: (r) => r.oneCommitteeMs / r.m.coldMs },
  { name: "load … HTML", limit: 250, unit: "ms", sizes: ["M"], value: loadToHtml },
  { name: "no-op rebuild", limit: 100, unit: "ms", sizes: ["M", "L"], value: (r) => r.noopMs },
  { name: "peak memory (node)", limit: 576, unit: "MB", sizes: ["L"], value: (r) => r.m.peakRssMb },
];

function timedBuild(data: string, out: string): { ms: number; made: number; cpu: number | undefined } {
  const start = performance.now();
  const cpu = childrenCpu();
  const result = spawnSync(process.execPath, [CLI, "build", data, "--out", out, "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Math.round(performance.now() - start);
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  return { ms, made: (JSON.parse(result.stdout) as { rebuilt: string[] }).rebuilt.length, cpu: cpu() };
}

/** Milliseconds of a Node process that does nothing: what no build can take less than on this machine. */
function nodeStart(): number {
  const start = performance.now();
  spawnSync(process.execPath, ["-e", "0"]);
  return Math.round(performance.now() - start);
}

/** A stopwatch of CPU time spent by the child processes that finish before it is read (with their children). */
function childrenCpu(): () => number | undefined {
  const start = cpuNow();
  return () => {
    const end = cpuNow();
    return start && end ? end.childrenMs - start.childrenMs : undefined;
  };
}

/** Changes one stated figure of the second committee, as a day's correction would. */
function changeOneFigure(data: string): void {
  const file = join(data, "committees", readdirSync(join(data, "committees")).sort()[1]!);
  writeFileSync(file, readFileSync(file, "utf8").replace(/actual: (\d+)/, (_, n: string) => `actual: ${Number(n) + 1}`));
}

function bench(size: Size, work: string): Run {
  const dir = mkdtempSync(join(work, `${size}-`));
  // Generated once per size (settling its statements validates it: half a minute for L), copied for each run.
  const generated = join(work, `data-${size}`);
  if (!existsSync(generated)) generateMunicipality(generated, SIZES[size]);
  const data = join(dir, "data");
  cpSync(generated, data, { recursive: true });
  const out = join(dir, "out");
  const child = spawnSync(process.execPath, [MEASURE, data, out], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`measuring ${size} failed: ${child.stderr}`);
  const m = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Measurement;
  const build = m.cpuWithBrowserMs;
  // Bare Chromium prints each report the build makes, one after the other, each as one document.
  const pdfs = m.bareHtml.map((_, i) => join(out, "bare", `report-${i + 1}.pdf`));
  const bareCpu = childrenCpu();
  const start = performance.now();
  m.bareHtml.forEach((html, i) =>
    execFileSync(
      findBrowser(),
      [
        "--headless",
        ...CHROMIUM_ARGS,
        `--user-data-dir=${mkdtempSync(join(dir, "chromium-"))}`,
        "--no-pdf-header-footer",
        `--print-to-pdf=${pdfs[i]}`,
        pathToFileURL(html).href,
      ],
      { stdio: "ignore" },
    ),
  );
  const bareMs = Math.round(performance.now() - start);
  const bare = bareCpu();
  const pagesOf = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
  const barePages = pdfs.reduce((n, pdf) => n + pagesOf(pdf), 0);
  const bareBytes = pdfs.reduce((n, pdf) => n + statSync(pdf).size, 0);
  const noops = [timedBuild(data, out), timedBuild(data, out), timedBuild(data, out)].sort((a, b) => a.ms - b.ms);
  const noop = noops[1]!;
  const nodeStartMs = median(Array.from({ length: 5 }, () => nodeStart()));
  changeOneFigure(data);
  const one = timedBuild(data, out);
  const cpu = build !== undefined && bare !== undefined && noop.cpu !== undefined && one.cpu !== undefined ? { build, bare, noop: noop.cpu, oneCommittee: one.cpu } : undefined;
  const run: Run = { size, m, bareMs, barePages, bareBytes, noopMs: noop.ms, nodeStartMs, oneCommitteeMs: one.ms, oneCommitteeMade: one.made, cpu };
  rmSync(dir, { recursive: true, force: true });
  return run;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

/** The figures of the table, each a function of one run: shown as the median over the runs. */
const ROWS: [string, (r: Run) => number, (v: number) => string][] = [
  ["load + validate", (r) => r.m.timings.validate ?? 0, s],
  ["compute (+ charts)", (r) => (r.m.timings.compute ?? 0) + (r.m.timings.charts ?? 0), s],
  ["HTML", (r) => r.m.timings.html ?? 0, s],
  ["  load … HTML together", loadToHtml, (v) => `${Math.round(v)} ms`],
  ["print all parts and covers", (r) => r.m.printTimings["print parts"] ?? 0, s],
  ["assemble full report", (r) => r.m.printTimings[`assemble ${r.m.pdfs[0]!.path}`] ?? 0, s],
  ["assemble section PDFs (together)", (r) => assembly(r).filter(([k]) => k !== `assemble ${r.m.pdfs[0]!.path}`).reduce((n, [, v]) => n + v, 0), s],
  ["spreadsheets (while printing)", (r) => (r.m.timings.xlsx ?? 0) + (r.m.timings.csv ?? 0), s],
  ["PDF stage", (r) => r.m.timings.pdf ?? 0, s],
  ["whole build (in process)", (r) => r.m.totalMs, s],
  ["whole build (cold process)", (r) => r.m.coldMs, s],
  ["  CPU of the build's process", (r) => r.m.cpuMs, s],
  ["bare Chromium print", (r) => r.bareMs, s],
  ["nightly: nothing changed", (r) => r.noopMs, (v) => `${Math.round(v)} ms`],
  ["  of it Node's own start (node -e 0)", (r) => r.nodeStartMs, (v) => `${Math.round(v)} ms`],
  ["  of it the tool's own work", (r) => r.noopMs - r.nodeStartMs, (v) => `${Math.round(v)} ms`],
  ["nightly: one figure changed", (r) => r.oneCommitteeMs, s],
  ["  outputs made anew", (r) => r.oneCommitteeMade, (v) => String(v)],
  ["peak memory (node)", (r) => r.m.peakRssMb, (v) => `${Math.round(v)} MB`],
  // CPU time, the browser's included, moves far less than the clock on a shared machine: the same ratios in it.
  ["CPU: whole build, browser included", (r) => r.cpu?.build ?? NaN, s],
  ["CPU: bare Chromium print", (r) => r.cpu?.bare ?? NaN, s],
  ["CPU: build ÷ bare print", (r) => (r.cpu ? r.cpu.build / r.cpu.bare : NaN), (v) => `${v.toFixed(2)}×`],
  ["CPU: one figure changed ÷ build", (r) => (r.cpu ? r.cpu.oneCommittee / r.cpu.build : NaN), (v) => `${v.toFixed(2)}×`],
  ["CPU: nothing changed", (r) => r.cpu?.noop ?? NaN, (v) => `${Math.round(v)} ms`],
];

const assembly = (r: Run): [string, number][] => Object.entries(r.m.printTimings).filter(([k]) => k.startsWith("assemble "));

function verdicts(runs: Run[]) {
  return TARGETS.flatMap((t) =>
    t.sizes.flatMap((size) => {
      const of = runs.filter((r) => r.size === size);
      if (of.length === 0) return [];
      const value = median(of.map(t.value));
      return [{ target: t.name, size, value: Number(value.toFixed(t.unit === "×" ? 2 : 0)), limit: t.limit, unit: t.unit, ok: value <= t.limit }];
    }),
  );
}

function table(runs: Run[], sizes: Size[]): string {
  const of = (size: Size): Run[] => runs.filter((r) => r.size === size);
  const rows: string[][] = [["", ...sizes]];
  for (const [label, value, show] of ROWS) rows.push([label, ...sizes.map((size) => show(median(of(size).map(value))))]);
  const sample = (size: Size): Run => of(size)[0]!;
  rows.push(["full report", ...sizes.map((z) => `${sample(z).m.pdfs[0]!.pages} p, ${mb(sample(z).m.pdfs[0]!.bytes)}`)]);
  rows.push(["section PDFs", ...sizes.map((z) => { const p = sample(z).m.pdfs.slice(1); return `${p.reduce((n, f) => n + f.pages, 0)} p, ${mb(p.reduce((n, f) => n + f.bytes, 0))}`; })]);
  rows.push(["bare print's PDF", ...sizes.map((z) => `${sample(z).barePages} p, ${mb(sample(z).bareBytes)}`)]);
  const checks = verdicts(runs);
  rows.push(["targets", ...sizes.map(() => "")]);
  for (const name of [...new Set(TARGETS.map((t) => t.name))]) {
    const cells = sizes.map((size) => {
      const v = checks.find((c) => c.target === name && c.size === size);
      return v ? `${v.value}${v.unit === "×" ? "×" : ` ${v.unit}`} (≤ ${v.limit}${v.unit === "×" ? "×" : ` ${v.unit}`}) ${v.ok ? "ok" : "OVER"}` : "";
    });
    rows.push([`  ${name}`, ...cells]);
  }
  const width = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(width[i]!) : cell.padStart(width[i]!))).join("   "));
  return [`${runs.length / sizes.length} run(s); medians`, ...lines].join("\n");
}

function commit(): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

const { values, positionals } = parseArgs({ options: { runs: { type: "string" }, json: { type: "string" } }, allowPositionals: true });
const sizes = (positionals[0] ? positionals[0].split(",") : ["M", "L"]) as Size[];
const unknown = sizes.filter((size) => !(size in SIZES));
const runCount = Number(values.runs ?? 1);
if (unknown.length > 0 || !Number.isInteger(runCount) || runCount < 1) {
  console.error("usage: node dist/bench/run.js [M|L|M,L] [--runs N] [--json FILE]");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "aarsrapport-bench-"));
try {
  const runs: Run[] = [];
  // Sizes alternate within each round, so that a noisy minute spoils one figure of each rather than all of one.
  for (let i = 0; i < runCount; i++) for (const size of sizes) runs.push(bench(size, work));
  console.log(table(runs, sizes));
  if (values.json) {
    const figures = { date: new Date().toISOString(), commit: commit(), runs: runCount, targets: verdicts(runs), measurements: runs };
    writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
