// The nightly build as the person who runs it sees it: nothing changed → nothing touched; one figure changed →
// exactly its outputs made again and the change report naming that figure; a build killed while printing →
// the published output as it was; two builds at once → the second refused (or waiting).
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const SAMPLE = new URL("../../data", import.meta.url).pathname;
const SOCIAL = "committees/03-social-sundhed.yaml";

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function copyOfSample(): string {
  const dir = mkdtempSync(join(tmpdir(), "aarsrapport-nightly-"));
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

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
  for (const name of ["site", "pdf", "xlsx", "csv", "manifest.json", "changes.json", "changes.html"]) walk(name);
  return files;
}

describe("incremental builds", () => {
  const data = copyOfSample();
  const out = mkdtempSync(join(tmpdir(), "aarsrapport-nightly-out-"));

  it("publishes everything on the first build, with a manifest and a change report that has nothing to compare", () => {
    const r = run("build", data, "--out", out, "--json");
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: "published", changes: { compared: false } });
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.inputs["data/committees/03-social-sundhed.yaml"]).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.inputs["templates/report.hbs"]).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.inputs.tool).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.outputs["pdf/social-sundhed.pdf"].inputs).toContain("data/committees/03-social-sundhed.yaml");
    expect(manifest.outputs["pdf/social-sundhed.pdf"].inputs).not.toContain("data/committees/01-klima-miljo.yaml");
    expect(manifest.outputs["site/index.html"].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(out, "changes.html"), "utf8")).toContain("intet at sammenligne med");
  });

  it("touches nothing when nothing changed, and says so", () => {
    const before = published(out);
    const current = readlinkSync(join(out, "current"));
    const r = run("build", data, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Nothing changed since the published build");
    expect(readlinkSync(join(out, "current"))).toBe(current);
    expect(published(out)).toEqual(before);
  });

  it("after a one-line change makes exactly that committee's outputs and the full report, and reports that figure", () => {
    const before = published(out);
    const file = join(data, SOCIAL);
    writeFileSync(file, readFileSync(file, "utf8").replace("actual: 282470", "actual: 282519"));
    const r = run("build", data, "--out", out, "--json");
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    const expected = [
      "csv/datapackage.json",
      "csv/social-sundhed-tabel-1.csv",
      "pdf/aarsrapport-2024.pdf",
      "pdf/social-sundhed.pdf",
      "site/index.html",
      "site/social-sundhed.html",
      "xlsx/aarsrapport-2024.xlsx",
    ];
    // The summaries of the main results add the committees up: they change too.
    const summaries = summary.rebuilt.filter((p: string) => p.startsWith("csv/") && !p.startsWith("csv/social-sundhed") && p !== "csv/datapackage.json");
    expect(summary.rebuilt).toEqual([...expected, ...summaries].sort());
    expect(summaries.every((p: string) => /^csv\/(hovedresultater|oversigt)/.test(p))).toBe(true);
    const after = published(out);
    for (const [path, file] of after) {
      const same = before.get(path)!;
      if (summary.rebuilt.includes(path)) expect(file.sha, path).not.toBe(same.sha);
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

  it("with --force makes everything again", () => {
    const r = run("build", data, "--out", out, "--json", "--force", "--html-only");
    expect(JSON.parse(r.stdout).kept).toBe(0);
  });
});

describe("a build that dies or meets another", () => {
  it("killed with kill -9 while printing leaves the published output byte for byte as it was", async () => {
    const data = copyOfSample();
    const out = mkdtempSync(join(tmpdir(), "aarsrapport-killed-"));
    expect(run("build", data, "--out", out).code).toBe(0);
    const before = published(out);
    const cache = join(out, ".cache", "print");
    const cached = readdirSync(cache).length;
    writeFileSync(join(data, SOCIAL), readFileSync(join(data, SOCIAL), "utf8").replace("actual: 282470", "actual: 1"));
    const profiles = new Set(readdirSync(tmpdir()).filter((n) => n.startsWith("aarsrapport-chromium-")));
    const child = spawn(process.execPath, [CLI, "build", data, "--out", out, "--force"], { detached: true, stdio: "ignore" });
    // Wait until the browser has printed a part: the build is in the middle of printing.
    const started = Date.now();
    while (readdirSync(cache).length <= cached && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
    process.kill(-child.pid!, "SIGKILL");
    await new Promise((r) => setTimeout(r, 1000));
    expect(published(out)).toEqual(before);
    // Its browser went with it: no Chromium runs with the killed build's profile.
    const killed = readdirSync(tmpdir()).filter((n) => n.startsWith("aarsrapport-chromium-") && !profiles.has(n));
    expect(killed.length).toBeGreaterThan(0);
    const running = spawnSync("ps", ["-eo", "args"], { encoding: "utf8" }).stdout;
    for (const profile of killed) expect(running).not.toContain(profile);
    // The next build takes over the dead build's lock and publishes.
    const next = run("build", data, "--out", out, "--html-only");
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain("Published");
  });

  it("refuses a second build on the same output while one runs, or waits for it with --wait", async () => {
    const data = copyOfSample();
    const out = mkdtempSync(join(tmpdir(), "aarsrapport-locked-"));
    const first = spawn(process.execPath, [CLI, "build", data, "--out", out], { stdio: "ignore" });
    const lock = join(out, ".lock");
    while (!existsSync(lock)) await new Promise((r) => setTimeout(r, 20));
    const second = run("build", data, "--out", out);
    expect(second.code).toBe(4);
    expect(second.stderr).toMatch(/another build is running on .* \(process \d+, started/);
    const waiting = run("build", data, "--out", out, "--wait", "120");
    expect(waiting.code).toBe(0);
    expect(waiting.stdout).toContain("Nothing changed since the published build");
    await new Promise((r) => first.on("exit", r));
  });
});
