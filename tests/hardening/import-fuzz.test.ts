// Hostile exports, property-based (fast-check), through the whole import (read, merge, validate, write):
// CSV, Excel workbooks and the daily-balance CSV the strategy reads. Byte edits and truncations of real
// exports, generated rows of cells of every kind (amounts, dates, booleans, formulas, error values, huge
// texts), merged cells, zips that are no workbook, and ten thousand rows. Every case must end soundly
// (import-sound.ts, sound.ts) in bounded time.
//
// Deterministic by default: a fixed seed, logged. FC_SEED=<n> runs another seed; FC_RUNS=<factor> scales the
// number of cases (FC_RUNS=10 for a long run). A failure prints the seed, the shrunk case and how to replay it.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { ImportScratch, MAX_CASE_MS } from "./import-sound.js";
import { resultFault } from "./sound.js";
import { COMMITTEE } from "../support/fixtures.js";
import { Scratch } from "../support/scratch.js";

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_250_415;
const FACTOR = Number(process.env.FC_RUNS ?? 1);
const runs = (n: number): number => Math.max(1, Math.round(n * FACTOR));
const settings = (n: number) => ({ numRuns: runs(n), seed: SEED, endOnFailure: true });

const EXAMPLES = new URL("../../examples/imports/", import.meta.url).pathname;
const PRISME = readFileSync(join(EXAMPLES, "prisme-drift-2024.csv"));
const KONTOPLAN = readFileSync(join(EXAMPLES, "kontoplan-drift-2024.csv"));
const PRISME_MAPPING = readFileSync(join(EXAMPLES, "prisme-drift-2024.mapping.yaml"), "utf8");
const KONTOPLAN_MAPPING = readFileSync(join(EXAMPLES, "kontoplan-drift-2024.mapping.yaml"), "utf8");

const scratch = new ImportScratch();
beforeAll(() => console.info(`hostile exports: seed ${SEED} (FC_SEED), ${FACTOR}× the default cases (FC_RUNS)`));

// ---------------------------------------------------------------------------------------------------------
// Byte edits, shared by CSV, workbooks and daily balances.

const INTERESTING = [0x00, 0x09, 0x0a, 0x0d, 0x20, 0x22, 0x2c, 0x2d, 0x2e, 0x30, 0x31, 0x39, 0x3b, 0x3c, 0x3e, 0x26, 0x2f, 0xc3, 0xa5, 0xe6, 0xf8, 0xef, 0xbb, 0xbf, 0xfe, 0xff, 0x80, 0x50, 0x4b];
const edit = fc.record({ at: fc.nat(), op: fc.constantFrom("insert", "replace", "delete", "repeat"), byte: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...INTERESTING)), n: fc.integer({ min: 1, max: 4096 }) });
type Edit = { at: number; op: string; byte: number; n: number };

function applyEdits(bytes: Uint8Array, edits: Edit[]): Uint8Array {
  let out = Buffer.from(bytes);
  for (const { at, op, byte, n } of edits) {
    const i = at % (out.length + 1);
    if (op === "insert") out = Buffer.concat([out.subarray(0, i), Buffer.from([byte]), out.subarray(i)]);
    else if (op === "replace" && i < out.length) out[i] = byte;
    else if (op === "delete") out = Buffer.concat([out.subarray(0, i), out.subarray(i + 1)]);
    else if (op === "repeat") out = Buffer.concat([out.subarray(0, i), Buffer.alloc(n, byte), out.subarray(i)]);
  }
  return out;
}

const edited = (base: Uint8Array) => fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => applyEdits(base, edits));
const truncated = (base: Uint8Array) => fc.nat({ max: base.length }).map((n) => base.subarray(0, n));

// ---------------------------------------------------------------------------------------------------------
// CSV exports.

const MAPPING_HEAD = `source: { unit: kr., encoding: ENCODING }
committees:
  - { source: Testudvalget, id: test, order: 1 }
  - { source: Andet udvalg, id: andet, order: 2 }
`;
const LINE_MAPPING = `${MAPPING_HEAD}operations:
  columns: { committee: Udvalg, frame_number: Ramme, frame_name: Rammenavn, line: Indsatsområde, service: Serviceramme, adopted: Opr. budget, adjusted: Korr. budget, actual: Regnskab }
  service_values: { inside: [Ja], outside: [Nej] }
  financing_frames: ["70"]
  fill_down: [Udvalg]
  skip: [{ column: Udvalg, matches: "^I alt" }]
`;
const MAPPINGS = [
  LINE_MAPPING,
  `${LINE_MAPPING}  sum_rows: true\n  total_rows: [{ column: Rammenavn, matches: "^Total", of: frame }]\n`,
  LINE_MAPPING.replace(", actual: Regnskab }", ", actual: Regnskab, variance: Afvigelse }"),
  `${MAPPING_HEAD}operations:
  columns: { account: [Ramme, Indsatsområde], adjusted: Korr. budget, actual: Regnskab }
  skip: [{ column: Udvalg, matches: "^I alt" }]
  accounts:
    - committee: Testudvalget
      frames: [{ number: "10.01", name: Ramme, service: inside, lines: [{ name: Linje A, accounts: ["10.01"] }, { name: Myndighed, service: outside, accounts: ["10.02-10.09"] }] }]
      financing: [{ number: "70.82", name: Skatter, kind: taxes, accounts: ["70"] }]
`,
  `${MAPPING_HEAD}capital:
  columns: { committee: Udvalg, id: Ramme, name: Indsatsområde, budget: Opr. budget, adjusted: Korr. budget, actual: Regnskab, transfer: Afvigelse, closed: Serviceramme }
  closed_values: [R, Ja]
  open_values: [Nej]
  fill_down: [Udvalg]
  total_rows: [{ column: Udvalg, matches: "^I alt" }]
`,
];
const HEADER = ["Udvalg", "Ramme", "Rammenavn", "Indsatsområde", "Serviceramme", "Opr. budget", "Korr. budget", "Regnskab", "Afvigelse"];

const HUGE = "9".repeat(70_000);
const amountCell = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: -5_000_000, max: 5_000_000 }).map((n) => new Intl.NumberFormat("da-DK", { minimumFractionDigits: n % 3 === 0 ? 2 : 0 }).format(n / 100)) },
  { weight: 2, arbitrary: fc.constant("") },
  {
    weight: 3,
    arbitrary: fc.constantFrom("1,234.5", "12.34", "abc", "2024-01-31", "31-12-2024", "TRUE", "FALSE", "#N/A", "#VALUE!", "=SUM(F2:F9)", "1e5", "NaN", "Infinity", "−1.234", "1.000.000.000.000.000,00", "0,001", "- 5", "5-", "1 234", HUGE, `-${HUGE},5`),
  },
);
const textCell = (...common: string[]) =>
  fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...common) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "Ukendt", "I alt", "x".repeat(100_000), 'med "citat"', "med;semikolon", "to\nlinjer", "\u0000", "ø\uFFFD", "<script>alert(1)</script>", "=1+1") },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
const row = fc.tuple(
  textCell("Testudvalget", "Andet udvalg", ""),
  textCell("10.01", "10.02", "10.03", "70.82", "10,01", "20.1"),
  textCell("Ramme", "Anden ramme", "Total 10.01"),
  textCell("Linje A", "Linje B", "Myndighed", "A000001", "a000002"),
  textCell("Ja", "Nej", "", "R"),
  amountCell,
  amountCell,
  amountCell,
  amountCell,
);

interface CsvShape {
  rows: string[][];
  delimiter: string;
  newline: string;
  quoteAll: boolean;
  encoding: "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le-bom" | "utf-16be-bom" | "utf-16le";
  header: "as is" | "dropped column" | "doubled column";
}

const csvShape: fc.Arbitrary<CsvShape> = fc.record({
  rows: fc.array(row.map((r) => [...r]), { maxLength: 25 }),
  delimiter: fc.constantFrom(";", ";", ";", ",", "\t"),
  newline: fc.constantFrom("\r\n", "\n", "\r"),
  quoteAll: fc.boolean(),
  encoding: fc.constantFrom("utf-8", "utf-8-bom", "windows-1252", "windows-1252", "utf-16le-bom", "utf-16be-bom", "utf-16le"),
  header: fc.constantFrom("as is", "as is", "as is", "dropped column", "doubled column"),
});

function csvBytes(shape: CsvShape): Uint8Array {
  const header = shape.header === "dropped column" ? HEADER.filter((h) => h !== "Korr. budget") : shape.header === "doubled column" ? [...HEADER, "Regnskab"] : HEADER;
  const quote = (v: string): string => (shape.quoteAll || /[;,\t"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const text = [header, ...shape.rows].map((r) => r.map(quote).join(shape.delimiter)).join(shape.newline) + shape.newline;
  switch (shape.encoding) {
    case "utf-8":
      return Buffer.from(text);
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case "windows-1252":
      return iconv.encode(text, "win1252");
    case "utf-16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16-le")]);
    case "utf-16be-bom":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf16-be")]);
    case "utf-16le":
      return iconv.encode(text, "utf16-le");
  }
}

const mapping = fc.tuple(fc.constantFrom(...MAPPINGS), fc.constantFrom("auto", "auto", "utf-8", "windows-1252", "utf-16le")).map(([m, e]) => m.replace("ENCODING", e));

describe("hostile CSV exports", () => {
  it("generated exports: rows of cells of every kind, in every encoding and separator", async () => {
    await fc.assert(fc.asyncProperty(csvShape, mapping, async (shape, m) => void (await scratch.soundly("drift.csv", csvBytes(shape), m))), settings(450));
  });

  it("byte edits and truncations of the line-level and account-level examples", async () => {
    await fc.assert(fc.asyncProperty(edited(PRISME), async (bytes) => void (await scratch.soundly("prisme-drift-2024.csv", bytes, PRISME_MAPPING))), settings(200));
    await fc.assert(fc.asyncProperty(edited(KONTOPLAN), async (bytes) => void (await scratch.soundly("kontoplan-drift-2024.csv", bytes, KONTOPLAN_MAPPING))), settings(200));
    await fc.assert(fc.asyncProperty(truncated(KONTOPLAN), async (bytes) => void (await scratch.soundly("kontoplan-drift-2024.csv", bytes, KONTOPLAN_MAPPING))), settings(100));
  });

  it("byte edits of generated exports", async () => {
    const base = csvShape.chain((shape) => edited(csvBytes(shape)));
    await fc.assert(fc.asyncProperty(base, mapping, async (bytes, m) => void (await scratch.soundly("drift.csv", bytes, m))), settings(200));
  });

  it("ten thousand rows (line level, added up; account level); a row of ten thousand fields; a 6 MB cell; a file over the limit", async () => {
    const line = (i: number): string => `Testudvalget;10.0${1 + (i % 9)};Ramme ${1 + (i % 9)};Linje ${i % 2500};${i % 7 === 0 ? "Nej" : "Ja"};${i},50;${i};-${i},25;0`;
    const rows = Array.from({ length: 10_000 }, (_, i) => line(i));
    const body = (r: string[]): Buffer => Buffer.from([HEADER.join(";"), ...r].join("\r\n"));
    const summed = await scratch.soundly("drift.csv", body(rows), MAPPINGS[1]!.replace("ENCODING", "auto"));
    expect(summed.ok, JSON.stringify(summed.sourceProblems.slice(0, 3))).toBe(true);
    const accounts = await scratch.soundly("drift.csv", body(rows.map((r, i) => r.replace(/^Testudvalget;10\.0\d/, `Testudvalget;10.0${1 + (i % 9)}`))), MAPPINGS[3]!.replace("ENCODING", "auto"));
    expect(accounts.sourceProblems.length).toBeLessThan(10_000); // an unmapped account is reported once, not per row
    const wide = await scratch.soundly("drift.csv", body([`${line(1)};${"x;".repeat(10_000)}`]), MAPPINGS[0]!.replace("ENCODING", "auto"));
    expect(wide.sourceProblems.map((p) => p.code)).toEqual(["csv-columns"]);
    const tall = await scratch.soundly("drift.csv", body([line(1).replace("Linje 1", "L".repeat(6_000_000))]), MAPPINGS[0]!.replace("ENCODING", "auto"));
    expect(tall.problems.map((p) => p.code)).toEqual(["file-too-large"]); // the committee file would pass the 5 MB limit
    const big = await scratch.soundly("drift.csv", Buffer.alloc(41 * 1024 * 1024, 0x41), MAPPINGS[0]!.replace("ENCODING", "auto"));
    expect(big.sourceProblems.map((p) => p.code)).toEqual(["source-too-large"]);
  }, 120_000);

  it(`ran over a thousand CSV cases, each within ${MAX_CASE_MS} ms, some of them successful imports`, () => {
    expect(scratch.cases).toBeGreaterThanOrEqual(runs(1150));
    expect(scratch.succeeded).toBeGreaterThan(runs(1150) / 20);
    console.info(`hostile CSV exports: ${scratch.cases} cases, ${scratch.succeeded} imported`);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Excel workbooks.

const OPUS = readFileSync(join(EXAMPLES, "opus-regnskab-2024.xlsx"));
const OPUS_MAPPING = readFileSync(join(EXAMPLES, "opus-regnskab-2024.mapping.yaml"), "utf8");
const XLSX_MAPPING = (headerRow: number, sheet: string): string =>
  LINE_MAPPING.replace("ENCODING", "auto").replace("operations:\n", `operations:\n  sheet: ${sheet}\n  header_row: ${headerRow}\n`);

const dateCell = fc.integer({ min: -100_000, max: 100_000 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000));
const formula = fc.oneof(
  fc.record({ formula: fc.constantFrom("SUM(F2:F9)", "A1*2", "1/0"), result: fc.oneof(fc.double({ noDefaultInfinity: true, noNaN: true }), fc.constant("tekst"), fc.constant({ error: "#DIV/0!" })) }),
  fc.constant({ formula: "SUM(F2:F9)" }),
);
const xlsxCell = (texts: fc.Arbitrary<string>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: texts },
    { weight: 4, arbitrary: fc.integer({ min: -5_000_000_00, max: 5_000_000_00 }).map((n) => n / 100) },
    { weight: 1, arbitrary: fc.constantFrom(0.1 + 0.2, 1234.5600000000002, 1e300, -1e-300, 1.005, 10.3, 0, 2 ** 53 + 1) },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
    { weight: 1, arbitrary: dateCell },
    { weight: 1, arbitrary: formula },
    { weight: 1, arbitrary: fc.constantFrom({ error: "#N/A" }, { error: "#VALUE!" }, { error: "#REF!" }) },
    { weight: 1, arbitrary: fc.constantFrom({ richText: [{ text: "Lin" }, { font: { bold: true }, text: "je A" }] }, { richText: [] }) },
    { weight: 1, arbitrary: fc.constantFrom({ text: "Linje A", hyperlink: "https://example.org" }, { text: { richText: [{ text: "Ja" }] }, hyperlink: "mailto:a@b" }) },
    { weight: 1, arbitrary: fc.constantFrom("x".repeat(32_767), "1.234,5".repeat(5_000)) },
  );
const xlsxRow = fc.tuple(
  xlsxCell(fc.constantFrom("Testudvalget", "Andet udvalg", "I alt")),
  xlsxCell(fc.constantFrom("10.01", "10.02", "70.82")),
  xlsxCell(fc.constantFrom("Ramme", "Anden ramme")),
  xlsxCell(fc.constantFrom("Linje A", "Linje B", "Myndighed")),
  xlsxCell(fc.constantFrom("Ja", "Nej", "TRUE")),
  xlsxCell(fc.constantFrom("1.234,50", "-12", "")),
  xlsxCell(fc.constantFrom("100", "2.000,00")),
  xlsxCell(fc.constantFrom("0", "-5,25")),
);
const merge = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }));
const workbookShape = fc.record({
  headerRow: fc.constantFrom(1, 1, 3),
  sheet: fc.constantFrom("Drift", "Drift", "Ark 1"),
  mapSheet: fc.constantFrom("Drift", "Drift", "Drift", "Anlæg"),
  rows: fc.array(xlsxRow, { maxLength: 12 }),
  merges: fc.array(merge, { maxLength: 4 }),
  wide: fc.boolean(),
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

async function workbookBytes(shape: ValueOf<typeof workbookShape>, extraRows = 0): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
  const sheet = wb.addWorksheet(shape.sheet);
  for (let r = 1; r < shape.headerRow; r++) sheet.addRow([`Titel ${r}`]);
  sheet.addRow([...HEADER.slice(0, 8), ...(shape.wide ? Array.from({ length: 300 }, (_, i) => `Ekstra ${i}`) : [])]);
  for (const r of shape.rows) sheet.addRow(r as unknown as never[]);
  for (let i = 0; i < extraRows; i++) sheet.addRow(["Testudvalget", `10.0${1 + (i % 9)}`, `Ramme ${1 + (i % 9)}`, `Linje ${i}`, i % 5 ? "Ja" : "Nej", i + 0.5, i, -i]);
  for (const [row, col, down, across] of shape.merges) {
    try {
      sheet.mergeCells(row, col, row + down, col + across);
    } catch {
      // overlaps another merge: Excel would not have it either
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The Opus example with one of its XML parts edited, zipped again: what a broken writer might produce. */
async function withEditedPart(part: string, edits: Edit[]): Promise<Uint8Array> {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(OPUS);
  const xml = await zip.file(part)!.async("uint8array");
  zip.file(part, applyEdits(xml, edits));
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

const PARTS = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels"];

describe("hostile Excel workbooks", () => {
  const xlsx = new ImportScratch();

  it("generated workbooks: numbers, texts, dates, booleans, formulas with and without results, error values, rich text, links, merged cells", async () => {
    await fc.assert(
      fc.asyncProperty(workbookShape, async (shape) => void (await xlsx.soundly("budget.xlsx", await workbookBytes(shape), XLSX_MAPPING(shape.headerRow, shape.mapSheet)))),
      settings(200),
    );
  });

  it("edits of the XML inside a real workbook", async () => {
    const cases = fc.tuple(fc.constantFrom(...PARTS), fc.array(edit, { minLength: 1, maxLength: 6 }));
    // Found by FC_SEED=7: a number cell whose value is no number (<v>1*2</v>) was reported as "NaN is not an amount".
    const found: [string, Edit[]][] = [["xl/worksheets/sheet1.xml", [{ at: 1656542484, op: "replace", byte: 179, n: 1158 }, { at: 1923562281, op: "delete", byte: 197, n: 448 }, { at: 910625269, op: "insert", byte: 80, n: 2640 }, { at: 1698759493, op: "insert", byte: 42, n: 2517 }]]];
    await fc.assert(
      fc.asyncProperty(cases, async ([part, edits]) => void (await xlsx.soundly("opus-regnskab-2024.xlsx", await withEditedPart(part, edits), OPUS_MAPPING))),
      { ...settings(250), examples: found.map((f) => [f]) },
    );
  });

  it("byte edits and truncations of a real workbook", async () => {
    await fc.assert(fc.asyncProperty(edited(OPUS), async (bytes) => void (await xlsx.soundly("opus-regnskab-2024.xlsx", bytes, OPUS_MAPPING))), settings(200));
    await fc.assert(fc.asyncProperty(truncated(OPUS), async (bytes) => void (await xlsx.soundly("opus-regnskab-2024.xlsx", bytes, OPUS_MAPPING))), settings(80));
  });

  it("zip archives that are no workbook", async () => {
    const JSZip = (await import("jszip")).default;
    const entry = fc.tuple(fc.constantFrom("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "word/document.xml", "mimetype", "a/b/c.txt"), fc.constantFrom("", "<x/>", "<?xml version=\"1.0\"?><workbook>", "PK\u0003\u0004", "\u0000\u0001"));
    const zipped = fc.array(entry, { maxLength: 5 }).map(async (entries) => {
      const zip = new JSZip();
      for (const [name, content] of entries) zip.file(name, content);
      return zip.generateAsync({ type: "uint8array" });
    });
    await fc.assert(
      fc.asyncProperty(zipped, async (bytes) => {
        const plan = await xlsx.soundly("budget.xlsx", await bytes, XLSX_MAPPING(1, "Drift"));
        expect(plan.ok).toBe(false);
      }),
      settings(80),
    );
  });

  it("ten thousand rows; a sheet three hundred columns wide; a zip bomb", async () => {
    const big = await workbookBytes({ headerRow: 1, sheet: "Drift", mapSheet: "Drift", rows: [], merges: [], wide: true }, 10_000);
    const plan = await xlsx.soundly("budget.xlsx", big, XLSX_MAPPING(1, "Drift"));
    expect([...plan.sourceProblems, ...plan.problems]).toEqual([]);
    expect(plan.files.find((f) => f.path === "committees/01-test.yaml")!.content.match(/- name: Linje/g)).toHaveLength(10_000);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(OPUS);
    zip.file("xl/media/padding.bin", Buffer.alloc(80 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const refused = await xlsx.soundly("opus-regnskab-2024.xlsx", bomb, OPUS_MAPPING);
    expect(refused.sourceProblems.map((p) => p.code)).toEqual(["source-too-large"]);
  }, 180_000);

  it("ran about eight hundred workbook cases", () => {
    expect(xlsx.cases).toBeGreaterThanOrEqual(runs(810));
    expect(xlsx.succeeded).toBeGreaterThan(0);
    console.info(`hostile workbooks: ${xlsx.cases} cases, ${xlsx.succeeded} imported`);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The daily-balance CSV (kassekreditreglen), read when the municipality file names it.

const BALANCES = (() => {
  const rows = ["date;balance"];
  for (let t = Date.UTC(2024, 0, 1), i = 0; t <= Date.UTC(2024, 11, 31); t += 86_400_000, i++) rows.push(`${new Date(t).toISOString().slice(0, 10)};${900 + (i % 17)}.${String(100 + i).padStart(3, "0")}.${String(i % 1000).padStart(3, "0")},${String(i % 100).padStart(2, "0")}`);
  return Buffer.from(`${rows.join("\n")}\n`);
})();
const STRATEGY = `name: Testkommune
year: 2024
unit: t.kr.
population: { liquidity_basis: 52774 }
strategy:
  targets:
    - id: likviditet
      kind: liquidity-per-citizen
      label: Likviditet pr. borger
      rule: at-least
      years:
        - { year: 2024, target: 8000, daily_balances: { file: likviditet.csv } }
`;

/** Validates a data directory whose strategy reads this daily-balance file, asserting soundness and bounded time. */
class BalanceScratch {
  private readonly scratch = new Scratch();
  cases = 0;
  valid = 0;

  soundly(bytes: Uint8Array) {
    this.cases++;
    const start = performance.now();
    const result = this.scratch.validate({ "municipality.yaml": STRATEGY, "committees/01-test.yaml": COMMITTEE, "likviditet.csv": bytes });
    const took = performance.now() - start;
    const fault = resultFault(result, this.scratch.dir) ?? (took > MAX_CASE_MS ? `took ${Math.round(took)} ms` : undefined);
    if (fault) throw new Error(`${fault}\n--- likviditet.csv (${bytes.length} bytes) ---\n${Buffer.from(bytes.subarray(0, 3000)).toString("latin1")}`);
    if (result.data) this.valid++;
    return result;
  }
}

describe("hostile daily-balance files", () => {
  const balances = new BalanceScratch();

  it("the valid file gives its average, with LF, CRLF or CR (Excel for Mac) line ends", () => {
    for (const nl of ["\n", "\r\n", "\r"]) expect(balances.soundly(Buffer.from(BALANCES.toString().replaceAll("\n", nl))).problems).toEqual([]);
  });

  it("byte edits and truncations of a year of balances", () => {
    fc.assert(fc.property(edited(BALANCES), (bytes) => void balances.soundly(bytes)), settings(500));
    fc.assert(fc.property(truncated(BALANCES), (bytes) => void balances.soundly(bytes)), settings(100));
  });

  it("generated lines: dates and balances of every kind, separators, huge fields", () => {
    const field = fc.oneof(
      fc.constantFrom("2024-01-01", "2024-02-29", "2023-02-29", "2024-13-01", "31-12-2024", "31.12.2024", "2024/01/01", "1.234,56", "-0,01", "1,234.56", "TRUE", "#N/A", "=A1", "", " ", "1e5", "NaN"),
      fc.constantFrom("9".repeat(50_000), "2024-01-01".repeat(1000), "ø\uFFFD\u0000"),
      fc.string({ maxLength: 12 }),
    );
    const line = fc.array(field, { minLength: 0, maxLength: 4 }).chain((fields) => fc.constantFrom(";", ",", "\t", ";;").map((sep) => fields.join(sep)));
    const file = fc.tuple(fc.constantFrom("date;balance", "dato;saldo", "Date;Balance", "", "date,balance"), fc.array(line, { maxLength: 40 }), fc.constantFrom("\n", "\r\n", "\r"));
    fc.assert(fc.property(file, ([head, lines, nl]) => void balances.soundly(Buffer.from([head, ...lines].join(nl)))), settings(400));
  });

  it("ten thousand days, and a line of a million characters", () => {
    const rows = ["date;balance"];
    for (let t = Date.UTC(1997, 0, 1), i = 0; i < 10_000; t += 86_400_000, i++) rows.push(`${new Date(t).toISOString().slice(0, 10)};1.000,00`);
    const long = balances.soundly(Buffer.from(rows.join("\n")));
    expect(long.problems.map((p) => p.code)).toEqual(["balance-too-few-days"]); // 1997–2024-05: the year ends too soon
    const wide = balances.soundly(Buffer.from(`date;balance\n2024-01-01;${"1".repeat(1_000_000)}\n`));
    expect(wide.problems.map((p) => p.code)).toContain("amount-range");
  });

  it("ran about a thousand daily-balance cases", () => {
    expect(balances.cases).toBeGreaterThanOrEqual(runs(1000));
    console.info(`hostile daily-balance files: ${balances.cases} cases, ${balances.valid} valid`);
  });
});
