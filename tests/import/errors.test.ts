// Every kind of problem in a source, each pointing at file, sheet, row and column as Excel shows them; and the
// mapping's own problems, pointing at the mapping's line. With any of them, nothing is written.
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { planImport } from "../../src/import/index.js";
import { formatSourcePos } from "../../src/import/location.js";
import { runCli } from "../support/cli.js";
import { scratchDir, writeFiles } from "../support/scratch.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording in-process (what --lang en prints); tests/messages/ has every message in both
// languages. A command run here speaks the default, Danish.
setLanguage("en");

const HEAD = "Udvalg;Ramme;Rammenavn;Indsatsområde;Serviceramme;Opr. budget;Korr. budget;Regnskab";
const GOOD = "Testudvalget;10.01;Ramme;Linje A;Ja;100,00;120,00;130,00";
const OPERATIONS = `source: { unit: kr. }
committees:
  - { source: Testudvalget, id: test, order: 1 }
  - { source: Andet udvalg, id: andet, order: 2 }
operations:
  columns: { committee: Udvalg, frame_number: Ramme, frame_name: Rammenavn, line: Indsatsområde, service: Serviceramme, adopted: Opr. budget, adjusted: Korr. budget, actual: Regnskab }
  service_values: { inside: [Ja], outside: [Nej] }
`;
const CAPITAL = `source: { unit: kr. }
committees: [{ source: Testudvalget, id: test, order: 1 }]
capital:
  columns: { committee: Udvalg, id: Projektnr., name: Projektnavn, actual: Regnskab, transfer: Forv. overførsel, closed: Status }
  closed_values: [Afsluttet]
  open_values: [I gang]
`;
const CAPITAL_HEAD = "Udvalg;Projektnr.;Projektnavn;Regnskab;Forv. overførsel;Status";

interface Found {
  code: string;
  at: string;
}

async function problems(sources: Record<string, string | Uint8Array>, mapping: string): Promise<Found[]> {
  const dir = writeFiles(scratchDir(), { ...sources, "mapping.yaml": mapping });
  const dataDir = join(scratchDir(), "data");
  const plan = await planImport({ sources: Object.keys(sources).map((s) => join(dir, s)), mappingPath: join(dir, "mapping.yaml"), dataDir });
  expect(plan.ok).toBe(false);
  expect(existsSync(dataDir)).toBe(false);
  return [
    ...plan.sourceProblems.map((p) => ({ code: p.code, at: formatSourcePos(p.at) })),
    ...plan.problems.map((p) => ({ code: p.code, at: `${p.line}:${p.column}` })),
  ];
}

const csv = (...rows: string[]): string => [HEAD, ...rows].join("\r\n");

describe("problems in a CSV export", () => {
  const cases: [string, string[], string, string][] = [
    // [what, CSV rows after the head, code, location]
    ["a text that is no amount", [GOOD, "Testudvalget;10.01;Ramme;Linje B;Ja;1;12,34,5;1"], "amount-format", "data.csv, række 3, kolonne G (Korr. budget)"],
    ["a fraction of an øre", ["Testudvalget;10.01;Ramme;Linje A;Ja;100,005;1;1"], "amount-precision", "data.csv, række 2, kolonne F (Opr. budget)"],
    ["an empty line name", ["Testudvalget;10.01;Ramme;;Ja;1;1;1"], "value-missing", "data.csv, række 2, kolonne D (Indsatsområde)"],
    ["a frame number with a comma", ["Testudvalget;10,01;Ramme;Linje A;Ja;1;1;1"], "frame-number", "data.csv, række 2, kolonne B (Ramme)"],
    ["an unknown service flag", ["Testudvalget;10.01;Ramme;Linje A;Måske;1;1;1"], "service-value", "data.csv, række 2, kolonne E (Serviceramme)"],
    ["an unknown committee", ["Ukendt udvalg;10.01;Ramme;Linje A;Ja;1;1;1"], "committee-unknown", "data.csv, række 2, kolonne A (Udvalg)"],
    ["a frame under two committees", [GOOD, "Andet udvalg;10.01;Ramme;Linje B;Ja;1;1;1"], "frame-committee", "data.csv, række 3, kolonne A (Udvalg)"],
    ["a frame with two names", [GOOD, "Testudvalget;10.01;Anden;Linje B;Ja;1;1;1"], "frame-name", "data.csv, række 3, kolonne C (Rammenavn)"],
    ["a line twice", [GOOD, GOOD], "duplicate-row", "data.csv, række 3, kolonne D (Indsatsområde)"],
    ["a value beyond the last column", [`${GOOD};x`], "csv-columns", "data.csv, række 2, kolonne I"],
    ["an unclosed quote", [GOOD, '"Testudvalget;10.01'], "csv-syntax", "data.csv, række 3"],
  ];
  it.each(cases)("%s", async (_what, rows, code, at) => {
    expect(await problems({ "data.csv": csv(...rows) }, OPERATIONS)).toContainEqual({ code, at });
  });

  it("a column the mapping names that the header row lacks, and one it has twice", async () => {
    expect(await problems({ "data.csv": csv(GOOD).replace("Regnskab", "Regnskab 2024") }, OPERATIONS)).toEqual([{ code: "column-missing", at: "data.csv, række 1" }]);
    expect(await problems({ "data.csv": csv(GOOD).replace("Opr. budget", "Regnskab") }, OPERATIONS)).toContainEqual({ code: "column-ambiguous", at: "data.csv, række 1" });
  });

  it("a header row that is not there", async () => {
    expect(await problems({ "data.csv": csv(GOOD) }, OPERATIONS.replace("operations:\n", "operations:\n  header_row: 5\n"))).toEqual([{ code: "header-missing", at: "data.csv, række 5" }]);
  });

  it("Windows-1252 bytes in a file the mapping says is UTF-8", async () => {
    const bytes = iconv.encode(csv(GOOD, GOOD.replace("Linje A", "Øvrige")), "win1252");
    expect(await problems({ "data.csv": bytes }, OPERATIONS.replace("{ unit: kr. }", "{ unit: kr., encoding: utf-8 }"))).toEqual([{ code: "encoding", at: "data.csv, række 1" }]);
  });
});

describe("problems in a capital export", () => {
  const cases: [string, string, string, string][] = [
    ["a project id that is no id", "Testudvalget;B12;Projekt;1;;", "project-id", "data.csv, række 2, kolonne B (Projektnr.)"],
    ["a status the mapping does not know", "Testudvalget;A000001;Projekt;1;;Måske", "status-value", "data.csv, række 2, kolonne F (Status)"],
    ["a closed project with a transfer", "Testudvalget;A000001;Projekt;1;100;Afsluttet", "closed-with-transfer", "data.csv, række 2, kolonne E (Forv. overførsel)"],
  ];
  it.each(cases)("%s", async (_what, row, code, at) => {
    expect(await problems({ "data.csv": [CAPITAL_HEAD, row].join("\n") }, CAPITAL)).toContainEqual({ code, at });
  });

  it("a project with two names when rows are added up", async () => {
    const body = [CAPITAL_HEAD, "Testudvalget;A000001;Projekt;1;;", "Testudvalget;A000001;Andet;1;;"].join("\n");
    expect(await problems({ "data.csv": body }, `${CAPITAL}  sum_rows: true\n`)).toContainEqual({ code: "project-name", at: "data.csv, række 3, kolonne C (Projektnavn)" });
  });
});

/** A workbook with one sheet "Ark1" of these rows. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Ark1");
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("problems in an Excel export", () => {
  const mapping = OPERATIONS.replace("operations:\n", "operations:\n  sheet: Ark1\n");
  const head = HEAD.split(";");
  const row = (...cells: ExcelJS.CellValue[]): ExcelJS.CellValue[] => ["Testudvalget", "10.01", "Ramme", ...cells];

  it("points at sheet, row and column: budget.xlsx, Ark1, række 17, kolonne G (Korr. budget)", async () => {
    const good = Array.from({ length: 15 }, (_, i) => row(`Linje ${i}`, "Ja", 1, 2, 3));
    const bytes = await workbook([head, ...good, row("Linje X", "Ja", 1, "abc", 3)]);
    expect(await problems({ "budget.xlsx": bytes }, mapping)).toEqual([{ code: "amount-format", at: "budget.xlsx, Ark1, række 17, kolonne G (Korr. budget)" }]);
  });

  it("a frame number Excel holds as a number with a fraction (10.30 shown as 10.3)", async () => {
    const bytes = await workbook([head, ["Testudvalget", 10.3, "Ramme", "Linje", "Ja", 1, 2, 3]]);
    expect(await problems({ "budget.xlsx": bytes }, mapping)).toEqual([{ code: "frame-number", at: "budget.xlsx, Ark1, række 2, kolonne B (Ramme)" }]);
  });

  it("an error value in an amount cell", async () => {
    const bytes = await workbook([head, row("Linje", "Ja", 1, { error: "#N/A" } as ExcelJS.CellErrorValue, 3)]);
    expect(await problems({ "budget.xlsx": bytes }, mapping)).toEqual([{ code: "amount-format", at: "budget.xlsx, Ark1, række 2, kolonne G (Korr. budget)" }]);
  });

  it("a sheet that is not in the workbook, and a file that is no workbook", async () => {
    const bytes = await workbook([head]);
    expect(await problems({ "budget.xlsx": bytes }, mapping.replace("sheet: Ark1", "sheet: Drift"))).toEqual([{ code: "sheet-missing", at: "budget.xlsx" }]);
    expect(await problems({ "budget.xlsx": "not a zip" }, mapping)).toEqual([{ code: "source-unreadable", at: "budget.xlsx" }]);
  });
});

describe("problems with the sources as a whole", () => {
  it("a file of another kind, a missing file, and sources the mapping does not assign", async () => {
    expect(await problems({ "budget.xls": "" }, OPERATIONS)).toEqual([{ code: "source-format", at: "budget.xls" }]);
    expect(await problems({ "a.csv": csv(GOOD), "b.csv": csv(GOOD) }, OPERATIONS)).toEqual([{ code: "mapping-file", at: expect.stringMatching(/\/mapping\.yaml$/) }]);
    const dir = writeFiles(scratchDir(), { "mapping.yaml": OPERATIONS });
    const plan = await planImport({ sources: [join(dir, "missing.csv")], mappingPath: join(dir, "mapping.yaml"), dataDir: scratchDir() });
    expect(plan.sourceProblems.map((p) => [p.code, formatSourcePos(p.at)])).toEqual([["source-missing", "missing.csv"]]);
  });

  it("a source no table of the mapping reads", async () => {
    const mapping = OPERATIONS.replace("operations:\n", "operations:\n  file: a.csv\n");
    expect(await problems({ "a.csv": csv(GOOD), "b.csv": csv(GOOD) }, mapping)).toEqual([{ code: "source-unused", at: "b.csv" }]);
  });
});

describe("problems in the mapping", () => {
  it("point at the mapping's line and column", async () => {
    expect(await problems({ "data.csv": csv(GOOD) }, OPERATIONS.replace("service_values", "servise_values"))).toEqual([{ code: "unknown-key", at: "7:3" }]);
    expect(await problems({ "data.csv": csv(GOOD) }, "source: { unit: kr. }\n")).toEqual([{ code: "mapping-no-table", at: "1:1" }]);
    const noAmounts = OPERATIONS.replace(", adopted: Opr. budget, adjusted: Korr. budget, actual: Regnskab", "");
    expect(await problems({ "data.csv": csv(GOOD) }, noAmounts)).toEqual([{ code: "mapping-no-amounts", at: "6:12" }]);
    expect(await problems({ "data.csv": csv(GOOD) }, `${OPERATIONS}  skip: [{ column: Udvalg }]\n`)).toEqual([{ code: "mapping-skip-rule", at: "8:10" }]);
    expect(await problems({ "data.csv": csv(GOOD) }, `${OPERATIONS}  skip: [{ column: Udvalg, matches: "(" }]\n`)).toEqual([{ code: "mapping-regexp", at: "8:37" }]);
  });
});

it("writes nothing and exits 1 from the command line, printing the location first (in Danish)", async () => {
  const dir = writeFiles(scratchDir(), { "data.csv": csv("Testudvalget;10.01;Ramme;Linje A;Ja;1;x;1"), "mapping.yaml": OPERATIONS });
  const out = join(scratchDir(), "data");
  const r = runCli(["import", join(dir, "data.csv"), "--map", join(dir, "mapping.yaml"), "--out", out]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^data\.csv, række 2, kolonne G \(Korr\. budget\)  fejl  "x" er ikke et beløb i dansk format/);
  expect(r.stderr).toContain("import: 1 fejl. Intet er skrevet: ret fejlene ovenfor, og importér igen.");
  expect(existsSync(out)).toBe(false);
});
