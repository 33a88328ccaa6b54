// Outputs kept by key (src/build/reuse.ts): a nightly build writes a report's workbook only when what it is
// written from changed, and then publishes exactly the bytes a forced build writes. The builds here run in this
// process (so that the writing can be counted) and without printing: a workbook does not depend on the PDFs, and
// tests/publish/build.test.ts covers the printed nightly build through the CLI.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/build/build.js";
import { Reuse } from "../../src/build/reuse.js";
import { Decimal } from "../../src/core/money.js";
import { setLanguage } from "../../src/messages/index.js";
import { SAMPLE } from "../support/fixtures.js";
import { copyOf, scratchDir } from "../support/scratch.js";

/** The titles of the workbooks written with ExcelJS, in order. */
const written = vi.hoisted(() => [] as string[]);
vi.mock("../../src/export/workbook.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/export/workbook.js")>();
  return {
    ...original,
    writeWorkbook: (source: Parameters<typeof original.writeWorkbook>[0]) => {
      written.push(source.title);
      return original.writeWorkbook(source);
    },
  };
});

const SOCIAL = "committees/03-social-sundhed.yaml";
const WORKBOOKS = ["xlsx/aarsrapport-2024.xlsx", "budgetopfoelgning/xlsx/budgetopfoelgning-2-2024.xlsx", "udmoentningsplan/xlsx/udmoentningsplan-2024.xlsx"];

describe("a report's workbook is written only when its tables changed", { timeout: 180_000 }, () => {
  let data: string;
  let out: string;
  const nightly = async () => {
    written.length = 0;
    const r = await build({ dataDir: data, outDir: out, pdf: false });
    expect(r.status).toBe("published");
    return r;
  };
  const bytes = (path: string): Buffer => readFileSync(join(out, path));
  /** The workbooks a forced build of the same data writes, as bytes (in a directory of its own). */
  const forced = async (): Promise<Buffer[]> => {
    const full = scratchDir("forced");
    await build({ dataDir: data, outDir: full, pdf: false, force: true });
    return WORKBOOKS.map((path) => readFileSync(join(full, path)));
  };
  const edit = (from: string, to: string): void => {
    const file = join(data, SOCIAL);
    const text = readFileSync(file, "utf8");
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, to));
  };

  beforeAll(async () => {
    data = copyOf(SAMPLE, "data");
    out = scratchDir("out");
    await build({ dataDir: data, outDir: out, pdf: false });
  }, 180_000);

  /** After `from` became `to`: the one workbook at `index` (titled `title`) is written anew, the same bytes as a forced build's. */
  const writesAlone = async (from: string, to: string, index: number, title: string) => {
    const before = WORKBOOKS.map(bytes);
    edit(from, to);
    const r = await nightly();
    expect(written).toEqual([title]);
    expect(r.rebuilt).toContain(WORKBOOKS[index]);
    expect(bytes(WORKBOOKS[index]!).equals(before[index]!)).toBe(false);
    const full = await forced();
    WORKBOOKS.forEach((path, i) => expect(bytes(path).equals(full[i]!), path).toBe(true));
    return r;
  };

  it("after one committee's actual figure changed, writes the annual report's workbook alone, and a forced build's bytes", async () => {
    // The follow-up (as of 30 June) and the plan do not show the year's actual figures: theirs are kept.
    const r = await writesAlone("actual: 282470", "actual: 282519", 0, "Årsrapport 2024");
    expect(r.kept).toEqual(expect.arrayContaining(WORKBOOKS.slice(1)));
  });

  it("after a figure only the follow-up shows changed, writes the follow-up's workbook alone", async () => {
    await writesAlone("spent: 135791", "spent: 135792", 1, "Budgetopfølgning 2 2024");
  });
});

describe("an output's key", () => {
  const reuse = (tool: string) => new Reuse(tool, { dir: undefined, manifest: undefined }, false);

  it("changes with the tool's code and with every source, amounts exact, Maps and blanks included", () => {
    const key = reuse("tool-a").key("xlsx", { cells: [new Decimal("1.5"), undefined] });
    expect(reuse("tool-b").key("xlsx", { cells: [new Decimal("1.5"), undefined] })).not.toBe(key);
    expect(reuse("tool-a").key("xlsx", { cells: [new Decimal("1.50000000000000000001"), undefined] })).not.toBe(key);
    expect(reuse("tool-a").key("xlsx", { cells: [new Decimal("1.5"), null] })).not.toBe(key);
    expect(reuse("tool-a").key("xlsx", { cells: [new Decimal("1.5"), undefined] })).toBe(key);
    expect(reuse("tool-a").key(new Map([["a", 1]]))).not.toBe(reuse("tool-a").key(new Map([["a", 2]])));
  });
});

describe("the language the tool speaks", { timeout: 180_000 }, () => {
  it("is an input: the audit trail is in it, so a build in another language is not 'unchanged'", async () => {
    const data = copyOf(SAMPLE, "data");
    const out = scratchDir("out");
    expect((await build({ dataDir: data, outDir: out, pdf: false })).status).toBe("published");
    const danish = readFileSync(join(out, "audit", "figures.csv"), "utf8");
    expect((await build({ dataDir: data, outDir: out, pdf: false })).status).toBe("unchanged");
    setLanguage("en");
    try {
      expect((await build({ dataDir: data, outDir: out, pdf: false })).status).toBe("published");
      expect(readFileSync(join(out, "audit", "figures.csv"), "utf8")).not.toBe(danish);
    } finally {
      setLanguage("da");
    }
  });
});
