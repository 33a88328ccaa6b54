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
  it("never leave a frame row, a subtotal or a total as the last line of a page", async () => {
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(20);
    // The pages a table goes on from (two of its body rows on this page and the next, by the PDF's tags): only
    // there is a page's last line a row inside a table; a table's own last row may end a page (it introduces
    // nothing, and the table ends there).
    const continued = new Set<number>();
    for (const table of taggedTables(await loadPdf(file)).filter((t) => t.hasHead)) {
      const body = table.rows.slice(1);
      body.forEach((row, i) => {
        if (i + 1 < body.length && body[i + 1]![0]! > row.at(-1)!) continued.add(row.at(-1)!);
      });
    }
    expect(continued.size, "pages a table goes on from").toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const p of continued) {
      // The last table row of the page: a label and figures (the page number and the UDKAST mark are not).
      const rows = pdfText(file, p).split("\n").map((l) => l.trim()).filter((l) => /\S\s{2,}-?[\d.,]+$/.test(l) && !/^Side \d+ af \d+$/.test(l));
      const last = rows.at(-1) ?? "";
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
