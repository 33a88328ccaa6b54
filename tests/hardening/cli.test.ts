// A sample of the corpus and of the generated worst cases through the compiled command line, as a user runs
// it: exit 0 or 1, problems as "file:line:col  severity  message", no stack trace, nothing published when the
// data has errors — and the worst cases within a small heap (the process is started with 256 MB at most).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../support/cli.js";
import { COMMITTEE, MUNICIPALITY } from "../support/fixtures.js";
import { Scratch, scratchDir } from "../support/scratch.js";

const CORPUS = new URL("./corpus/committee/", import.meta.url).pathname;
const SAMPLE = [
  "empty.yaml", "bom-crlf.yaml", "latin1.yaml", "utf16le.yaml", "tab-indent.yaml", "unclosed-double-quote.yaml", "duplicate-key.yaml",
  "alias-bomb.yaml", "alias-self.yaml", "yaml-1.1-merge.yaml", "tag-binary.yaml", "amounts.yaml", "deep-flow.yaml",
  "markdown-parent-path.yaml", "markdown-nested-quotes.yaml", "markdown-raw-html.yaml", "regression-alias-self-under-empty-key.yaml",
];
const PROBLEM_LINE = /^[\w./-]+:\d+:\d+ {2}(fejl|advarsel) {2}\S/;
const scratch = new Scratch();

function run(args: string[], timeout = 60_000): CliResult {
  return runCli(args, { heapMb: 256, timeout });
}

function expectClean(r: CliResult, label: string): void {
  expect([0, 1], `${label}: exit ${r.code}\n${r.stderr}`).toContain(r.code);
  expect(r.stderr, label).not.toMatch(/\n\s+at |intern fejl|kunne ikke dannes/);
  const lines = r.stdout.split("\n").filter((l) => /:\d+:\d+ {2}/.test(l));
  for (const line of lines) expect(line, label).toMatch(PROBLEM_LINE);
  if (r.code === 1) expect(lines.length, label).toBeGreaterThan(0);
}

describe("the command line on hostile input", () => {
  it.each(SAMPLE)("validate and build end cleanly on %s", (name) => {
    const dir = scratch.write({ "municipality.yaml": MUNICIPALITY, "committees/01-case.yaml": readFileSync(CORPUS + name), "text/x.md": "Tekst.\n" });
    const validated = run(["validate", dir]);
    expectClean(validated, `validate ${name}`);
    const out = scratchDir("out");
    const built = run(["build", dir, "--out", out, "--html-only"]);
    expectClean(built, `build ${name}`);
    expect(built.code, name).toBe(validated.code);
    expect(existsSync(join(out, "current")), `${name}: published`).toBe(built.code === 0);
  });

  it("ends quickly, in a 256 MB heap, on a 10 MB file, 50.000 nested brackets and 5.000 aliases", () => {
    const cases = {
      big: `${COMMITTEE}${"# fyld\n".repeat(1_500_000)}`,
      deep: `id: test\ncommittee: T\norder: 1\nframes: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`,
      aliases: `id: test\ncommittee: T\norder: 1\nx: &x [1]\ny: [${"*x, ".repeat(5000)}*x]\n`,
    };
    for (const [label, committee] of Object.entries(cases)) {
      const dir = scratch.write({ "municipality.yaml": MUNICIPALITY, "committees/01-case.yaml": committee });
      const start = performance.now();
      const r = run(["validate", "--json", dir], 30_000);
      expect(performance.now() - start, label).toBeLessThan(20_000);
      expect(r.stderr, label).toBe("");
      expect(r.code, label).toBe(1);
      const { problems } = JSON.parse(r.stdout) as { problems: { code: string }[] };
      expect(problems.map((p) => p.code), label).toEqual([{ big: "file-too-large", deep: "yaml-too-deep", aliases: "yaml-aliases" }[label]]);
    }
  });
});
