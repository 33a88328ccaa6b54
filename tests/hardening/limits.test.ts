// Inputs too big, too deep or too tangled to commit as files, and tricks of the file system: each ends soundly,
// in bounded time, with the problem at the place that causes it; what is within bounds still builds.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { build } from "../../src/build/build.js";
import { validateDataDir, type ValidationResult } from "../../src/validate/index.js";
import { expectSound } from "./sound.js";
import { COMMITTEE, MUNICIPALITY } from "../support/fixtures.js";
import { Scratch, scratchDir } from "../support/scratch.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

const scratch = new Scratch();
const HEAD = "id: test\ncommittee: Testudvalget\norder: 1\n";
const FRAME = 'frames:\n  - number: "10.01"\n    name: Ramme\n    service: inside\n    lines:\n';

/** Validates, checks soundness and the time taken, and returns "code@line" of every problem. */
function timed(files: Record<string, string | Uint8Array>, maxMs: number): { result: ValidationResult; found: string[] } {
  const start = performance.now();
  const result = scratch.validate({ "municipality.yaml": MUNICIPALITY, ...files });
  expect(performance.now() - start, "validation time (ms)").toBeLessThan(maxMs);
  expectSound(result, scratch.dir);
  return { result, found: result.problems.map((p) => `${p.file}@${p.line}:${p.code}`) };
}

function lines(n: number): string {
  return Array.from({ length: n }, (_, i) => `      - { name: Indsatsområde ${i}, adopted: ${i}, adjusted: ${i + 1}, actual: ${i + 2} }\n`).join("");
}

describe("size", () => {
  it("refuses a 10 MB committee file at once, saying how large it is", () => {
    const { found, result } = timed({ "committees/01-big.yaml": HEAD + FRAME + lines(120_000) }, 2000);
    expect(found).toEqual(["committees/01-big.yaml@1:file-too-large"]);
    expect(result.problems[0]!.message).toMatch(/is 1\d,\d MB, more than the 5,0 MB/);
  });

  it("refuses a 10 MB Markdown file at its reference", () => {
    const big = "Tekst. ".repeat(1_500_000);
    const { found } = timed({ "committees/01-test.yaml": `${COMMITTEE}sections:\n  report: { file: text/stor.md }\n`, "text/stor.md": big }, 2000);
    expect(found).toEqual(["committees/01-test.yaml@16:file-too-large"]);
  });

  it("refuses a text longer than 20.000 characters, at the text", () => {
    const { found } = timed({ "committees/01-test.yaml": `${COMMITTEE}sections:\n  report: |\n${"    Lang tekst.\n".repeat(2000)}` }, 3000);
    expect(found).toEqual(["committees/01-test.yaml@17:text-too-long"]);
  });

  it("reads 10.000 lines in one frame, and builds the website from them", async () => {
    const committee = HEAD + FRAME + lines(10_000);
    const { result } = timed({ "committees/01-big.yaml": committee }, 20_000);
    expect(result.problems).toEqual([]);
    const out = scratchDir("hardening-out");
    const built = await build({ dataDir: scratch.dir, outDir: out, pdf: false });
    expect(built.status).toBe("published");
    const page = readFileSync(join(out, "site", "test.html"), "utf8");
    expect(page.match(/<tr/g)!.length).toBeGreaterThan(10_000);
    expect(page).toContain("Indsatsområde 9999");
  }, 120_000);
});

describe("nesting and aliases", () => {
  it("refuses 50.000 nested brackets in bounded time, once, at the place", () => {
    const { found } = timed({ "committees/01-deep.yaml": `${HEAD}frames: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n` }, 5000);
    expect(found).toEqual(["committees/01-deep.yaml@4:yaml-too-deep"]);
  });

  it("refuses 1.000 nested mappings in bounded time", () => {
    const deep = Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}a:\n`).join("");
    const { found } = timed({ "committees/01-deep.yaml": HEAD + deep }, 10_000);
    expect(found).toEqual(["committees/01-deep.yaml@37:yaml-too-deep"]); // line 4 is level 1, its value level 2
  });

  it("bounds an alias bomb (a billion strings from 10 lines) in time and memory", () => {
    let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n';
    for (const [name, prev] of ["ba", "cb", "dc", "ed", "fe", "gf", "hg", "ih", "ji"]) bomb += `${name}: &${name} [${`*${prev},`.repeat(9)}*${prev}]\n`;
    const before = process.memoryUsage().heapUsed;
    const { found } = timed({ "committees/01-bomb.yaml": HEAD + bomb }, 2000);
    expect(process.memoryUsage().heapUsed - before, "heap growth (bytes)").toBeLessThan(100_000_000);
    expect(found).toEqual(["committees/01-bomb.yaml@5:yaml-aliases"]);
  });

  it("refuses more than 1.000 aliases, whose resolving would take time that grows with their square", () => {
    const many = HEAD + FRAME + `      - &l { name: Linje, adopted: 1 }\n${"      - *l\n".repeat(5000)}`;
    const { found } = timed({ "committees/01-aliases.yaml": many }, 5000);
    expect(found).toEqual([expect.stringMatching(/^committees\/01-aliases\.yaml@\d+:yaml-aliases$/)]);
  });

  it("refuses Markdown nested thousands of levels deep, which would overflow the renderer's stack", () => {
    for (const text of [`${">".repeat(5000)} dybt`, "> - ".repeat(3000), `${"*_".repeat(3000)}a${"_*".repeat(3000)}`]) {
      const { found, result } = timed({ "committees/01-test.yaml": `${COMMITTEE}sections:\n  intro: ${JSON.stringify(text)}\n` }, 10_000);
      expect(result.data, text.slice(0, 20)).toBeUndefined();
      expect(found.every((f) => /:text-too-(deep|many-marks)$/.test(f)), found.join()).toBe(true);
    }
  });
});

describe("the file system", () => {
  const outside = scratchDir("outside");
  writeFileSync(join(outside, "hemmelig.md"), "Hemmelig tekst.\n");
  writeFileSync(join(outside, "udvalg.yaml"), COMMITTEE);
  const reference = (path: string): string => `${COMMITTEE}sections:\n  report: { file: ${JSON.stringify(path)} }\n`;

  /** A data directory with links made in it by `arrange` after the files are written. */
  function withLinks(files: Record<string, string>, arrange: (dir: string) => void): ValidationResult {
    const dir = scratch.write({ "municipality.yaml": MUNICIPALITY, ...files });
    arrange(dir);
    const result = validateDataDir(dir);
    expectSound(result, dir);
    return result;
  }
  const codes = (r: ValidationResult): string[] => r.problems.map((p) => `${p.file}@${p.line}:${p.code}`);

  it("refuses a Markdown reference through a link that leads outside the data directory", () => {
    const r = withLinks({ "committees/01-test.yaml": reference("text/link.md") }, (dir) => {
      mkdirSync(join(dir, "text"));
      symlinkSync(join(outside, "hemmelig.md"), join(dir, "text", "link.md"));
    });
    expect(codes(r)).toEqual(["committees/01-test.yaml@16:file-outside"]);
  });

  it("refuses a reference through a linked directory that leads outside", () => {
    const r = withLinks({ "committees/01-test.yaml": reference("ude/hemmelig.md") }, (dir) => symlinkSync(outside, join(dir, "ude")));
    expect(codes(r)).toEqual(["committees/01-test.yaml@16:file-outside"]);
  });

  it("refuses links to devices and a FIFO, which would never end reading", () => {
    for (const target of ["/dev/zero", "/dev/stdin"]) {
      const r = withLinks({ "committees/01-test.yaml": reference("text/enhed.md") }, (dir) => {
        mkdirSync(join(dir, "text"));
        symlinkSync(target, join(dir, "text", "enhed.md"));
      });
      expect(codes(r), target).toEqual(["committees/01-test.yaml@16:file-outside"]);
    }
    const fifo = withLinks({ "committees/01-test.yaml": reference("text/fifo.md") }, (dir) => {
      mkdirSync(join(dir, "text"));
      execFileSync("mkfifo", [join(dir, "text", "fifo.md")]);
    });
    expect(codes(fifo)).toEqual(["committees/01-test.yaml@16:file-missing"]);
    const committeeFifo = withLinks({}, (dir) => {
      mkdirSync(join(dir, "committees"));
      execFileSync("mkfifo", [join(dir, "committees", "01-fifo.yaml")]);
    });
    expect(codes(committeeFifo)).toEqual(expect.arrayContaining(["committees/01-fifo.yaml@1:file-missing"]));
  });

  it("refuses a committee file that is a link to a file outside", () => {
    const r = withLinks({}, (dir) => {
      mkdirSync(join(dir, "committees"));
      symlinkSync(join(outside, "udvalg.yaml"), join(dir, "committees", "01-link.yaml"));
    });
    expect(codes(r)).toEqual(["committees/01-link.yaml@1:file-outside"]);
  });

  it("accepts links that stay inside the data directory", () => {
    const r = withLinks({ "committees/01-test.yaml": reference("text/link.md"), "text/rigtig.md": "Tekst.\n" }, (dir) =>
      symlinkSync("rigtig.md", join(dir, "text", "link.md")),
    );
    expect(r.data?.committees[0]!.sections.report?.markdown).toBe("Tekst.\n");
  });

  it("reports a dangling link and a link loop as missing files", () => {
    for (const arrange of [(dir: string) => symlinkSync("findes-ikke.md", join(dir, "text", "x.md")), (dir: string) => symlinkSync("x.md", join(dir, "text", "x.md"))]) {
      const r = withLinks({ "committees/01-test.yaml": reference("text/x.md") }, (dir) => {
        mkdirSync(join(dir, "text"));
        arrange(dir);
      });
      expect(codes(r)).toEqual(["committees/01-test.yaml@16:file-missing"]);
    }
  });

  it("says so when committees/ is a file, or a committee file is a directory", () => {
    expect(codes(withLinks({ committees: "ikke en mappe" }, () => undefined))).toEqual(["committees/@1:no-committees"]);
    const dir = withLinks({ "committees/01-test.yaml": COMMITTEE }, (d) => mkdirSync(join(d, "committees", "02-mappe.yaml")));
    expect(codes(dir)).toEqual(["committees/02-mappe.yaml@1:file-missing"]);
  });

  it("builds in bounded time beside a link loop and a link to the root directory, and writes nothing when invalid", async () => {
    const dir = scratch.write({ "municipality.yaml": MUNICIPALITY, "committees/01-test.yaml": COMMITTEE });
    symlinkSync(".", join(dir, "loop"));
    symlinkSync("/", join(dir, "rod"));
    symlinkSync("selv", join(dir, "selv"));
    const out = scratchDir("hardening-out");
    const built = await build({ dataDir: dir, outDir: out, pdf: false });
    expect(built.status).toBe("published");
    writeFileSync(join(dir, "committees", "01-test.yaml"), `${COMMITTEE}order: 2\n`);
    const again = await build({ dataDir: dir, outDir: out, pdf: false });
    expect(again.status).toBe("invalid");
    expect(again.problems.map((p) => p.code)).toEqual(["duplicate-key"]);
  }, 60_000);
});
