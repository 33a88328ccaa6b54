// The nightly build as the person who runs it sees it: nothing changed → nothing touched; one figure changed →
// exactly its outputs made again and the change report naming that figure; a build killed while printing →
// the published output as it was; two builds at once → the second refused (or waiting).
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, readlinkSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, runCliAsync, startCli } from "../support/cli.js";
import { sampleBuildCopy } from "../support/sample-build.js";
import { scratchDir } from "../support/scratch.js";

const SOCIAL = "committees/03-social-sundhed.yaml";
const run = (...args: string[]) => runCli(args);

/** Every published file with its inode, modification time and hash, read through out/site, out/pdf, … */
function published(out: string): Map<string, { ino: number; mtime: number; sha: string }> {
  const files = new Map<string, { ino: number; mtime: number; sha: string }>();
  const walk = (rel: string): void => {
    const path = join(out, rel);
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(rel, name));
    else {
      const stat = statSync(path);
      files.set(rel, { ino: stat.ino, mtime: stat.mtimeMs, sha: createHash("sha256").update(readFileSync(path)).digest("hex") });
    }
  };
  // The sample's follow-up and plan publish under their own directories, with the reports' index beside them.
  const reports = ["budgetopfoelgning", "udmoentningsplan", "index.html"].filter((name) => existsSync(join(out, name)));
  for (const name of ["site", "pdf", "xlsx", "csv", "audit", ...reports, "manifest.json", "changes.json", "changes.html"]) walk(name);
  return files;
}

/** The print cache's documents (out/.cache/print): each part's key with its first heading; a cover's with "". */
function printedDocuments(out: string): Map<string, string> {
  const index = JSON.parse(readFileSync(join(out, ".cache", "print", "documents.json"), "utf8")) as Record<string, { headings?: { text: string }[] }>;
  return new Map(Object.entries(index).map(([key, entry]) => [key, entry.headings?.[0]?.text ?? ""]));
}

describe("incremental builds", { timeout: 180_000 }, () => {
  // The run's shared first build of the sample, copied with a copy of its data: the nightly job's next build.
  let data: string;
  let out: string;
  beforeAll(async () => {
    ({ data, out } = await sampleBuildCopy());
  }, 600_000);

  it("publishes everything on the first build, with a manifest of every input and output and a change report that has nothing to compare", () => {
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.inputs["data/committees/03-social-sundhed.yaml"]).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.inputs["templates/report.hbs"]).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.inputs.tool).toMatch(/^[0-9a-f]{64}$/);
    // Every published output is listed with the hash of its bytes, and nothing else is listed: the annual
    // report's at the top, the sample's follow-up and plan in their own directories.
    const files = published(out);
    const outputs = [...files.keys()].filter((p) => /^((budgetopfoelgning|udmoentningsplan)\/)?(site|pdf|xlsx|csv|audit)\//.test(p)).sort();
    expect(Object.keys(manifest.outputs)).toEqual(outputs);
    for (const path of outputs) expect(manifest.outputs[path].sha256, path).toBe(files.get(path)!.sha);
    expect(manifest.outputs["pdf/social-sundhed.pdf"].key).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(out, "changes.html"), "utf8")).toContain("intet at sammenligne med");
    expect(JSON.parse(readFileSync(join(out, "changes.json"), "utf8"))).toMatchObject({ compared: false });
  });

  it("touches nothing when nothing changed, and says so", () => {
    const before = published(out);
    const current = readlinkSync(join(out, "current"));
    const r = run("build", data, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Intet er ændret siden det, der er udgivet i");
    expect(readlinkSync(join(out, "current"))).toBe(current);
    expect(published(out)).toEqual(before);
  });

  it("after a one-line change makes exactly that committee's outputs and the full report, and reports that figure", () => {
    const before = published(out);
    const cachedBefore = printedDocuments(out);
    const file = join(data, SOCIAL);
    writeFileSync(file, readFileSync(file, "utf8").replace("actual: 282470", "actual: 282519"));
    const r = run("build", data, "--out", out, "--json");
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    // The statements a committee's operations feed change with them (the balance does not): their CSV files and pages;
    // so does the overview of carry-overs (the frame's unspent money).
    const statements = ["noegletal", "regnskabsopgorelse", "finansieringsoversigt", "overfoersler"];
    const expected = [
      "audit/figures.csv", // every figure of the report, with its source
      "csv/datapackage.json",
      "csv/social-sundhed-tabel-1.csv",
      ...statements.map((s) => `csv/${s}.csv`),
      "pdf/aarsrapport-2024.pdf",
      "pdf/social-sundhed.pdf",
      "site/index.html",
      // The data page gives each CSV file's size: the strategy box's (in bytes, under 1 kB) changes with the figure.
      "site/data-til-genbrug.html",
      ...statements.map((s) => `site/${s}.html`),
      "site/social-sundhed.html",
      "xlsx/aarsrapport-2024.xlsx",
    ];
    // The summaries of the main results add the committees up: they change too (the overviews, the strategy's box and
    // the charts' tables).
    const summaries = summary.rebuilt.filter((p: string) => p.startsWith("csv/") && !expected.includes(p));
    expect(summary.rebuilt).toEqual([...expected, ...summaries].sort());
    // Every part is printed as a document of its own: printed again are exactly the parts whose HTML changed —
    // the committee's, and the front matter's overview and the statements, which add its figures up. No other
    // committee's part is printed, and the covers are not (no page number moved); the --force test below
    // checks that this makes the bytes a full build makes.
    const cachedAfter = printedDocuments(out);
    const printed = [...cachedAfter.keys()].filter((key) => !cachedBefore.has(key)).map((key) => cachedAfter.get(key));
    expect(printed.sort()).toEqual(["Indledning", "Social- og Sundhedsudvalget", "Årsregnskab 2024"]);
    expect([...cachedBefore.keys()].filter((key) => !cachedAfter.has(key))).toHaveLength(3); // the three they replace
    expect(summaries.every((p: string) => /^csv\/(hovedresultater|oversigt|strategi|tabel-graf)/.test(p))).toBe(true);
    const after = published(out);
    for (const [path, file] of after) {
      const same = before.get(path)!;
      if (summary.rebuilt.includes(path)) expect(file.sha, path).not.toBe(same.sha);
      // The build's own records are written every build: the manifest and the change report.
      else if (!path.startsWith("changes") && path !== "manifest.json") expect(file, path).toEqual(same);
    }
    const changes = JSON.parse(readFileSync(join(out, "changes.json"), "utf8"));
    expect(changes.committees).toEqual([
      expect.objectContaining({
        id: "social-sundhed",
        figures: [{ row: "30.50 Ældre og pleje: Plejecentre", column: "Regnskab (3)", old: "282470000", new: "282519000", difference: "49000" }],
        added: [],
        removed: [],
      }),
    ]);
    expect(readFileSync(join(out, "changes.html"), "utf8")).toMatch(/Plejecentre[\s\S]*282\.470[\s\S]*282\.519[\s\S]*49/);
  });

  it("with --force makes everything again, every part printed anew, and the same bytes as the nightly build that reprinted only what changed", () => {
    const cache = join(out, ".cache", "print");
    const documents = (): Map<string, number> =>
      new Map(readdirSync(cache).filter((f) => f.endsWith(".pdf")).map((f) => [f, statSync(join(cache, f)).ino]));
    const before = documents();
    expect(before.size).toBeGreaterThan(0);
    const nightly = published(out);
    const r = run("build", data, "--out", out, "--json", "--force");
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.kept).toBe(0);
    expect(summary.rebuilt).toEqual(expect.arrayContaining(["pdf/aarsrapport-2024.pdf", "pdf/social-sundhed.pdf", "site/index.html"]));
    // The print cache was not read: every part and cover was printed again and written anew (a new file).
    const after = documents();
    expect(after.size).toBeGreaterThan(0);
    for (const [file, ino] of after) expect(before.get(file), `${file} printed again`).not.toBe(ino);
    // A full build of the same data makes exactly the bytes the previous test's nightly build published, with
    // parts, covers and PDFs taken from the cache and the published build: every PDF, page and spreadsheet.
    const full = published(out);
    const outputs = [...full.keys()].filter((p) => /^((budgetopfoelgning|udmoentningsplan)\/)?(site|pdf|xlsx|csv|audit)\//.test(p)).sort();
    expect(outputs).toEqual([...nightly.keys()].filter((p) => /^((budgetopfoelgning|udmoentningsplan)\/)?(site|pdf|xlsx|csv|audit)\//.test(p)).sort());
    expect(outputs).toContain("pdf/aarsrapport-2024.pdf");
    expect(outputs).toContain("budgetopfoelgning/xlsx/budgetopfoelgning-2-2024.xlsx");
    for (const path of outputs) expect(full.get(path)!.sha, path).toBe(nightly.get(path)!.sha);
  });
});

describe("a build that dies or meets another", { timeout: 600_000 }, () => {
  it("killed with kill -9 while printing leaves the published output byte for byte as it was", async () => {
    const { data, out } = await sampleBuildCopy();
    const before = published(out);
    const cache = join(out, ".cache", "print");
    const cached = readdirSync(cache).length;
    writeFileSync(join(data, SOCIAL), readFileSync(join(data, SOCIAL), "utf8").replace("actual: 282470", "actual: 282471"));
    // The build's temporary files (its browser profile, its print working directory) go to a directory of its
    // own: what a killed process cannot remove is removed with it, and no other build's files are mistaken for its.
    const tmp = scratchDir("tmp");
    const child = startCli(["build", data, "--out", out, "--force"], { detached: true, env: { ...process.env, TMPDIR: tmp } });
    // Wait until the browser has printed a part: the build is in the middle of printing.
    const started = Date.now();
    while (readdirSync(cache).length <= cached && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
    process.kill(-child.pid!, "SIGKILL");
    await new Promise((r) => setTimeout(r, 1000));
    expect(published(out)).toEqual(before);
    // Its browser went with it: no Chromium runs with the killed build's profile.
    const killed = readdirSync(tmp).filter((n) => n.startsWith("aarsrapport-chromium-"));
    expect(killed.length).toBeGreaterThan(0);
    // Chromium's helper processes die when they see their parent gone, which on a busy machine can take more than
    // the second waited above: wait up to ten seconds for the last of them, then none may be left.
    const survivors = (): string[] => {
      const running = spawnSync("ps", ["-eo", "args"], { encoding: "utf8" }).stdout;
      return killed.filter((profile) => running.includes(profile));
    };
    for (const until = Date.now() + 10_000; survivors().length > 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 200));
    expect(survivors()).toEqual([]);
    // The next build takes over the dead build's lock and publishes.
    const next = run("build", data, "--out", out, "--html-only");
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain("Udgivet i");
  });

  it("refuses a second build on the same output while one runs, or waits for it with --wait", async () => {
    const { data, out } = await sampleBuildCopy();
    // A first build with the whole report to print again: it holds the lock for seconds.
    const first = startCli(["build", data, "--out", out, "--force"]);
    const firstExited = new Promise((resolve) => first.on("exit", resolve));
    const lock = join(out, ".lock");
    while (!existsSync(lock)) await new Promise((r) => setTimeout(r, 20));
    const second = await runCliAsync(["build", data, "--out", out]);
    expect(second.code).toBe(4);
    expect(second.stderr).toMatch(/en anden kørsel af build er i gang på .* \(proces \d+, startet/);
    const waiting = await runCliAsync(["build", data, "--out", out, "--wait", "120"]);
    expect(waiting.code).toBe(0);
    expect(waiting.stdout).toContain("Intet er ændret siden det, der er udgivet i");
    expect(await firstExited).toBe(0);
  });
});
