// npm run bench: builds the synthetic M and L municipalities, each in a fresh process, and measures bare
// Chromium printing the same full-report HTML in the same run. Targets are ratios to that bare print, since
// this machine's speed varies: the whole build (HTML, full PDF, every section PDF) ≤ 1.7×; for M, load +
// validate + compute + HTML under 0.5 s.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CHROMIUM_ARGS, findBrowser } from "../print/browser.js";
import { SIZES, generateMunicipality } from "./generate.js";
import type { Measurement } from "./measure.js";

const MEASURE = fileURLToPath(new URL("./measure.js", import.meta.url));
const BUILD_TARGET = 1.7;
const HTML_TARGET_MS = 500;

interface Run {
  size: string;
  m: Measurement;
  bareMs: number;
  barePages: number;
  bareBytes: number;
  /** The nightly cases, each a fresh `aarsrapport build` process: nothing changed; one figure changed. */
  noopMs: number;
  oneCommitteeMs: number;
  oneCommitteeMade: number;
}

const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));

function timedBuild(data: string, out: string): { ms: number; made: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [CLI, "build", data, "--out", out, "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Math.round(performance.now() - start);
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  return { ms, made: (JSON.parse(result.stdout) as { rebuilt: string[] }).rebuilt.length };
}

/** Changes one stated figure of the second committee, as a day's correction would. */
function changeOneFigure(data: string): void {
  const file = join(data, "committees", readdirSync(join(data, "committees")).sort()[1]!);
  writeFileSync(file, readFileSync(file, "utf8").replace(/actual: (\d+)/, (_, n: string) => `actual: ${Number(n) + 1}`));
}

function bench(size: "M" | "L", work: string): Run {
  const data = generateMunicipality(join(work, `data-${size}`), SIZES[size]);
  const out = join(work, `out-${size}`);
  const child = spawnSync(process.execPath, [MEASURE, data, out], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`measuring ${size} failed: ${child.stderr}`);
  const m = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Measurement;
  const pdf = join(out, "bare", "report.pdf");
  const start = performance.now();
  execFileSync(
    findBrowser(),
    [
      "--headless",
      ...CHROMIUM_ARGS,
      `--user-data-dir=${mkdtempSync(join(work, "chromium-"))}`,
      "--no-pdf-header-footer",
      `--print-to-pdf=${pdf}`,
      pathToFileURL(m.bareHtml).href,
    ],
    { stdio: "ignore" },
  );
  const bareMs = Math.round(performance.now() - start);
  const barePages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
  const noop = timedBuild(data, out);
  changeOneFigure(data);
  const one = timedBuild(data, out);
  return { size, m, bareMs, barePages, bareBytes: statSync(pdf).size, noopMs: noop.ms, oneCommitteeMs: one.ms, oneCommitteeMade: one.made };
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

function report(runs: Run[]): string {
  const rows: [string, ...string[]][] = [["", ...runs.map((r) => r.size)]];
  const add = (label: string, value: (r: Run) => string): void => void rows.push([label, ...runs.map(value)]);
  const html = (r: Run): number => (r.m.timings.validate ?? 0) + (r.m.timings.compute ?? 0) + (r.m.timings.charts ?? 0) + (r.m.timings.html ?? 0);
  add("load + validate", (r) => s(r.m.timings.validate ?? 0));
  add("compute (+ charts)", (r) => s((r.m.timings.compute ?? 0) + (r.m.timings.charts ?? 0)));
  add("HTML", (r) => s(r.m.timings.html ?? 0));
  add("  load … HTML together", (r) => s(html(r)));
  const assembly = (r: Run): [string, number][] => Object.entries(r.m.printTimings).filter(([k]) => k.startsWith("assemble "));
  add("print all parts and covers", (r) => s(r.m.printTimings["print parts"] ?? 0));
  add("assemble full report", (r) => s(assembly(r)[0]?.[1] ?? 0));
  add("assemble section PDFs (together)", (r) => s(assembly(r).slice(1).reduce((n, [, v]) => n + v, 0)));
  add("spreadsheets (while printing)", (r) => s((r.m.timings.xlsx ?? 0) + (r.m.timings.csv ?? 0)));
  add("PDF stage", (r) => s(r.m.timings.pdf ?? 0));
  add("whole build", (r) => s(r.m.totalMs));
  add("peak memory (node)", (r) => `${r.m.peakRssMb} MB`);
  add("full report", (r) => { const f = r.m.pdfs[0]!; return `${f.pages} p, ${mb(f.bytes)}`; });
  add("section PDFs", (r) => `${r.m.pdfs.slice(1).reduce((n, f) => n + f.pages, 0)} p, ${mb(r.m.pdfs.slice(1).reduce((n, f) => n + f.bytes, 0))}`);
  add("bare Chromium print", (r) => `${s(r.bareMs)}, ${r.barePages} p, ${mb(r.bareBytes)}`);
  add(`build ÷ bare (target ≤ ${BUILD_TARGET})`, (r) => `${(r.m.totalMs / r.bareMs).toFixed(2)}× ${r.m.totalMs / r.bareMs <= BUILD_TARGET ? "ok" : "OVER"}`);
  add("nightly: nothing changed", (r) => s(r.noopMs));
  add("nightly: one figure changed", (r) => `${s(r.oneCommitteeMs)} (${r.oneCommitteeMade} outputs)`);
  add(`load … HTML (M target < ${HTML_TARGET_MS} ms)`, (r) => `${html(r)} ms ${r.size !== "M" ? "" : html(r) < HTML_TARGET_MS ? "ok" : "OVER"}`);
  const width = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(width[i]!) : cell.padStart(width[i]!))).join("   ")).join("\n");
}

const sizes = (process.argv[2] ? process.argv[2].split(",") : ["M", "L"]) as ("M" | "L")[];
const work = mkdtempSync(join(tmpdir(), "aarsrapport-bench-"));
try {
  console.log(report(sizes.map((size) => bench(size, work))));
} finally {
  rmSync(work, { recursive: true, force: true });
}
