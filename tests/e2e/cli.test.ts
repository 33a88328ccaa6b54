// The CLI as a user runs it (the compiled dist/cli.js): output format, exit codes, that two builds of the same
// data give the same bytes, and that a build with errors writes nothing and leaves the last good output as it was.
// It speaks Danish, the default (tests/messages/ has both languages).
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "../../src/core/files.js";
import { runCli, runCliAsync } from "../support/cli.js";
import { REFERENCE, SAMPLE, VALID_BODY, committee } from "../support/fixtures.js";
import { sampleBuild } from "../support/sample-build.js";
import { copyOf, dataDir, scratchDir } from "../support/scratch.js";

const run = (...args: string[]) => runCli(args);

const BROKEN = committee(
  `${VALID_BODY}        variance: 99
capital:
  - { id: A000001, name: X, ajusted: 5 }
  - { id: A000002, name: Y, budget: 1.5 }
`,
);

describe("aarsrapport validate", () => {
  it("prints every problem as file:line:col  severity  message, sorted by line, and exits 1 on errors", () => {
    const r = run("validate", dataDir({ "committees/01-test.yaml": BROKEN }));
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines.slice(0, 3)).toEqual([
      expect.stringMatching(/^committees\/01-test\.yaml:17:19  fejl  bevillingsramme 10\.01, indsatsområde "Linje B", \(4\) afvigelse: angivet 99, men \(3\) − \(2\) giver -10/),
      expect.stringMatching(/^committees\/01-test\.yaml:19:29  fejl  anlægsprojekt A000001: ukendt nøgle "ajusted" — mente du "adjusted"\?/),
      expect.stringMatching(/^committees\/01-test\.yaml:20:37  fejl  budget: 1\.5 har decimaler/),
    ]);
    expect(lines.at(-1)).toMatch(/3 fejl, 0 advarsler\.$/);
  });

  it("prints JSON with --json: the same fields, codes and severities in either language, the message in the user's", () => {
    const dir = dataDir({ "committees/01-test.yaml": BROKEN });
    const json = (...lang: string[]) => {
      const r = run("validate", "--json", dir, ...lang);
      expect(r.code).toBe(1);
      return (JSON.parse(r.stdout) as { problems: Record<string, unknown>[] }).problems;
    };
    const [da, en] = [json(), json("--lang", "en")];
    expect(da).toHaveLength(3);
    const first = { file: "committees/01-test.yaml", line: 17, column: 19, severity: "error", code: "total-mismatch" };
    expect(da[0]).toEqual({ ...first, message: expect.stringContaining("angivet 99") });
    expect(en[0]).toEqual({ ...first, message: expect.stringContaining("declared 99") });
    const stable = (problems: Record<string, unknown>[]) => problems.map(({ message: _, ...rest }) => rest);
    expect(stable(en)).toEqual(stable(da));
  });

  it("exits 0 when there are only warnings", () => {
    const r = run("validate", REFERENCE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 fejl, 16 advarsler.");
  });

  it("exits 2 on usage errors, with the usage", () => {
    expect(run("validate", "/no/such/dir").code).toBe(2);
    expect(run("validate", "--frobnicate").code).toBe(2);
    expect(run("validate", "a", "b").code).toBe(2);
    expect(run("build", SAMPLE, "--concurrency", "0").code).toBe(2);
    const unknown = run("publish");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('ukendt kommando "publish"');
    expect(run().code).toBe(2);
  });

  it("has --help on every command", () => {
    for (const cmd of ["validate", "build"]) {
      const r = run(cmd, "--help");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`aarsrapport ${cmd}`);
      expect(r.stdout).toContain("Afslutningskode");
    }
    expect(run("--help").stdout).toContain("Kommandoer:");
  });
});

describe("aarsrapport build", () => {
  it("builds the website, the PDFs and the spreadsheets of the sample, byte for byte as another build of it", async () => {
    // This build against the run's shared build of the same data (made by another process, possibly at
    // the same time as this one): the same bytes in every output, PDFs and workbook included.
    const out = scratchDir("out");
    const [r, shared] = await Promise.all([runCliAsync(["build", SAMPLE, "--out", out]), sampleBuild()]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Udgivet i .*: \d+ filer lavet; 0 uændrede/);
    const files = readdirSync(join(out, "site")).sort();
    expect(files).toEqual(expect.arrayContaining(["index.html", "report.css", "fonts.css", "fonts", "klima-miljo.html", "okonomi.html"]));
    expect(readdirSync(join(out, "pdf"))).toContain("aarsrapport-2024.pdf");
    expect(readdirSync(join(out, "xlsx"))).toContain("aarsrapport-2024.xlsx");
    const outputs = (dir: string): string[] => ["site", "pdf", "xlsx", "csv", "audit"].flatMap((d) => filesUnder(join(dir, d)).map((f) => `${d}/${f}`));
    expect(outputs(out)).toEqual(outputs(shared));
    expect(outputs(out).filter((f) => f.startsWith("pdf/")).length).toBeGreaterThan(5);
    for (const file of outputs(out)) expect(readFileSync(join(out, file)).equals(readFileSync(join(shared, file))), `${file} byte for byte`).toBe(true);
  }, 600_000);

  it("exits 3 when printing fails, and leaves the last good output as it was", () => {
    const out = scratchDir("out");
    expect(run("build", REFERENCE, "--out", out).code).toBe(0);
    const pdf = join(out, "pdf", "aarsrapport-2024.pdf");
    const before = { bytes: readFileSync(pdf), mtime: statSync(pdf).mtimeMs, site: readFileSync(join(out, "site", "index.html")) };
    const r = run("build", REFERENCE, "--out", out, "--force", "--print-timeout", "0.001");
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/rapporten kunne ikke dannes: udskrivningen af .* mislykkedes to gange \(ingen PDF efter 0,001 s/);
    expect(r.stderr).toContain("det sidst udgivne er uændret");
    expect(readFileSync(pdf)).toEqual(before.bytes);
    expect(statSync(pdf).mtimeMs).toBe(before.mtime);
    expect(readFileSync(join(out, "site", "index.html"))).toEqual(before.site);
  }, 600_000);

  it("renders a data set with warnings, and says so", () => {
    const out = scratchDir("out");
    const r = run("build", REFERENCE, "--out", out, "--html-only");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("advarsel  afrundingsdifference");
    expect(readFileSync(join(out, "site", "klima-miljo.html"), "utf8")).toContain("104.092");
  });

  it("with errors writes nothing, exits 1 and leaves the last good output as it was", () => {
    const data = copyOf(REFERENCE, "data");
    const out = scratchDir("out");
    expect(run("build", data, "--out", out, "--html-only").code).toBe(0);
    const index = join(out, "site", "index.html");
    const before = { bytes: readFileSync(index), mtime: statSync(index).mtimeMs };

    const file = join(data, "committees", "01-klima-miljo.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("adopted: 5730", "adopted: 5.730"));
    const r = run("build", data, "--out", out, "--html-only");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("fejl  adopted: 5.730 har decimaler");
    expect(r.stderr).toContain("Intet er skrevet");
    expect(readFileSync(index)).toEqual(before.bytes);
    expect(statSync(index).mtimeMs).toBe(before.mtime);
  });
});
