// Excel cells as Excel keeps them: a merged cell's value in its first cell only (an amount merged over two
// rows counts once; a merged group label needs fill_down, and the message says so), shared formulas by
// their saved results, TRUE/FALSE as a flag the mapping can name, dates where amounts belong refused.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "yaml";
import { formatSourcePos } from "../../src/import/location.js";
import { importInto, read } from "./helpers.js";
import { scratchDir, writeFiles as writeInto } from "../support/scratch.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

const HEAD = ["Udvalg", "Ramme", "Rammenavn", "Indsatsområde", "Serviceramme", "Opr. budget", "Korr. budget", "Regnskab"];
const MAPPING = `source: { unit: kr. }
committees: [{ source: Testudvalget, id: test, order: 1 }]
operations:
  sheet: Drift
  columns: { committee: Udvalg, frame_number: Ramme, frame_name: Rammenavn, line: Indsatsområde, service: Serviceramme, adopted: Opr. budget, adjusted: Korr. budget, actual: Regnskab }
  service_values: { inside: [Ja, "TRUE"], outside: [Nej, "FALSE"] }
`;

async function importSheet(fill: (sheet: ExcelJS.Worksheet) => void, mapping = MAPPING) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Drift");
  sheet.addRow(HEAD);
  fill(sheet);
  const src = writeInto(scratchDir("import"), { "budget.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()), "mapping.yaml": mapping });
  const dir = join(scratchDir("import"), "data");
  const plan = await importInto(dir, [join(src, "budget.xlsx")], join(src, "mapping.yaml"));
  return { plan, dir, problems: plan.sourceProblems.map((p) => [p.code, formatSourcePos(p.at)]) };
}

const lines = (dir: string) => parse(read(dir, "committees/01-test.yaml")).frames[0].lines;

describe("merged cells", () => {
  const rows = (sheet: ExcelJS.Worksheet): void => {
    sheet.addRow(["Testudvalget", "10.01", "Ramme", "Linje A", "Ja", 100, 100, 90]);
    sheet.addRow([null, "10.01", "Ramme", "Linje B", "Ja", 50, 50, 40]);
    sheet.mergeCells("A2:A3"); // the committee, written once for its group
  };

  it("a merged group label reads as empty below its first row, and the message says to fill it down", async () => {
    const { plan, problems } = await importSheet(rows);
    expect(problems).toEqual([["value-missing", "budget.xlsx, Drift, række 3, kolonne A (Udvalg)"]]);
    expect(plan.sourceProblems[0]!.message).toContain('part of a merged cell, whose value Excel keeps in its first cell only, but every row needs a committee (udvalg): add "Udvalg" to fill_down:');
  });

  it("with fill_down the group label fills its rows", async () => {
    const { plan, dir } = await importSheet(rows, `${MAPPING}  fill_down: [Udvalg]\n`);
    expect(plan.ok).toBe(true);
    expect(lines(dir).map((l: { name: string }) => l.name)).toEqual(["Linje A", "Linje B"]);
  });

  it("an amount merged over two rows counts once, in its first row", async () => {
    const { plan, dir } = await importSheet((sheet) => {
      sheet.addRow(["Testudvalget", "10.01", "Ramme", "Linje A", "Ja", 100, 100, 500]);
      sheet.addRow(["Testudvalget", "10.01", "Ramme", "Linje B", "Ja", 50, 50, null]);
      sheet.mergeCells("H2:H3");
    });
    expect(plan.ok).toBe(true);
    expect(lines(dir).map((l: { actual?: number }) => l.actual)).toEqual([500, undefined]);
  });
});

describe("kinds of cell", () => {
  it("shared formulas and formulas give their saved results; TRUE and FALSE are flags the mapping can name", async () => {
    const { plan, dir } = await importSheet((sheet) => {
      sheet.addRow(["Testudvalget", "10.01", "Ramme", "Linje A", true, { formula: "100*1", result: 100, shareType: "shared", ref: "F2:F3" }, 7, 1]);
      sheet.addRow(["Testudvalget", "10.01", "Ramme", "Linje B", false, { sharedFormula: "F2", result: 200 }, 8, 2]);
    });
    expect([...plan.sourceProblems, ...plan.problems]).toEqual([]);
    expect(lines(dir)).toEqual([
      { name: "Linje A", service: "inside", adopted: 100, adjusted: 7, actual: 1 },
      { name: "Linje B", service: "outside", adopted: 200, adjusted: 8, actual: 2 },
    ]);
  });

  it("a date, a truth value, an error value and a formula without a result where an amount belongs: each at its cell", async () => {
    const { plan } = await importSheet((sheet) => {
      sheet.addRow(["Testudvalget", "10.01", "Ramme", "Linje A", "Ja", new Date(Date.UTC(2024, 0, 31)), true, 1]);
      sheet.addRow(["Testudvalget", "10.01", "Ramme", "Linje B", "Ja", { error: "#N/A" }, { formula: "F2+1" }, 1]);
    });
    expect(plan.sourceProblems.map((p) => [formatSourcePos(p.at), p.message])).toEqual([
      ["budget.xlsx, Drift, række 2, kolonne F (Opr. budget)", "the cell holds a date, not an amount"],
      ["budget.xlsx, Drift, række 2, kolonne G (Korr. budget)", expect.stringContaining('"TRUE" is not an amount in Danish format')],
      ["budget.xlsx, Drift, række 3, kolonne F (Opr. budget)", "the cell holds the error value #N/A, not an amount"],
      ["budget.xlsx, Drift, række 3, kolonne G (Korr. budget)", "the cell holds a formula without a saved result (open the file in Excel and save it), not an amount"],
    ]);
  });
});
