// Page-break rules on a data set large enough to break many tables (the benchmark's M municipality):
// a bold frame row, an italic subtotal or Årets resultat never stands last on a page.
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { SIZES, generateMunicipality } from "../../src/bench/generate.js";
import { build } from "../../src/build/build.js";
import { loadPdf, pageCount, pdfText, taggedTables } from "../support/pdf.js";
import { scratchDir } from "../support/scratch.js";
import { accounts } from "../support/report.js";

let file: string;
let introducing: Set<string>;

beforeAll(async () => {
  const data = generateMunicipality(scratchDir("m"), SIZES.M);
  const out = scratchDir("m-out");
  const result = await build({ dataDir: data, outDir: out });
  file = join(out, "pdf", "aarsrapport-2024.pdf");
  introducing = new Set(
    accounts(result.report).committees.flatMap((c) => c.operations.table.rows.filter((r) => r.style !== "line").map((r) => r.label)),
  );
}, 240_000);

describe("page breaks in long tables", () => {
  it("never leave a frame row, a subtotal or a total as the last line of a page", () => {
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (let p = 1; p <= pages; p++) {
      const lines = pdfText(file, p).split("\n").map((l) => l.trim()).filter((l) => l !== "" && !/^Side \d+ af \d+$/.test(l));
      const last = lines.at(-1) ?? "";
      const label = last.replace(/\s+-?[\d.]+(\s+-?[\d.]+)*$/, "").trim();
      if (introducing.has(label)) offenders.push(`page ${p}: ${last}`);
    }
    expect(offenders).toEqual([]);
  });

  it("split rows over pages nowhere, and repeat the head row on every page", async () => {
    const tables = taggedTables(await loadPdf(file)).filter((t) => t.hasHead);
    const spanning = tables.filter((t) => new Set(t.rows.slice(1).flat()).size > 1);
    expect(spanning.length).toBeGreaterThan(10);
    for (const table of tables) {
      const [head, ...body] = table.rows;
      for (const row of body) expect(row).toHaveLength(1);
      expect(head).toEqual([...new Set(body.flat())]);
    }
  });
});
