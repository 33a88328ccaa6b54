// Every figure of the committee file's contract can come from a mapping: besides lines, financing items and
// projects, the declared totals (from the export's total rows) and line variances (from a variance column),
// which validation then checks against the imported figures — so an export that lost a row cannot pass.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { formatSourcePos } from "../../src/import/location.js";
import { OPUS, importInto, read } from "./helpers.js";
import { scratchDir, writeFiles as writeInto } from "../support/scratch.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

const KMU = "committees/01-klima-miljo.yaml";
const OPUS_MAPPING = readFileSync(OPUS.map, "utf8");
/** The Opus example's mapping, with the frames' subtotal rows taken as declared totals instead of skipped. */
const WITH_TOTALS = OPUS_MAPPING.replace(
  "  skip:\n    - { column: Indsatsområde, empty: true }   # the frames' subtotal rows (\"I alt 10.26 …\")\n",
  "  total_rows:\n    - { column: Indsatsområde, empty: true, of: frame }\n",
).replace("    - { column: Projektnr., empty: true }    # the total row\n", "    - { column: Projektnr., empty: true }\n");

describe("total rows of a line-level export", () => {
  it("become the frames' declared totals, which validation finds equal to the imported lines", async () => {
    expect(WITH_TOTALS).not.toBe(OPUS_MAPPING);
    const dir = join(scratchDir("import"), "data");
    const src = writeInto(scratchDir("import"), { "mapping.yaml": WITH_TOTALS });
    const plan = await importInto(dir, [OPUS.source], join(src, "mapping.yaml"));
    expect([...plan.sourceProblems, ...plan.problems.filter((p) => p.severity === "error")]).toEqual([]);
    const frames = parse(read(dir, KMU)).frames as { number: string; totals?: Record<string, unknown> }[];
    expect(frames.map((f) => [f.number, Object.keys(f.totals ?? {})])).toEqual([
      ["10.26", ["adopted", "adjusted", "actual"]],
      ["10.30", ["adopted", "adjusted", "actual"]],
      ["10.31", ["adopted", "adjusted", "actual"]],
    ]);
    expect(read(dir, KMU)).toMatch(/    totals: \{ adopted: "-1\.74\d\.\d{3},\d{2}", adjusted: /);
    // The same export again: no byte changes.
    const again = await importInto(dir, [OPUS.source], join(src, "mapping.yaml"));
    expect(again.files.map((f) => f.changed)).toEqual([false]);
  });

  it("a total that disagrees with its rows (a row lost, a skip rule too wide) stops the import: nothing is written", async () => {
    const dir = join(scratchDir("import"), "data");
    // Leave out one line of frame 10.26: its subtotal row still counts it.
    const lossy = WITH_TOTALS.replace("  total_rows:", '  skip:\n    - { column: Indsatsområde, matches: "^Farligt affald$" }\n  total_rows:');
    const src = writeInto(scratchDir("import"), { "mapping.yaml": lossy });
    const plan = await importInto(dir, [OPUS.source], join(src, "mapping.yaml"));
    expect(plan.ok).toBe(false);
    expect(plan.problems.filter((p) => p.code === "total-mismatch").map((p) => p.message.split(":")[0])).toEqual([
      "frame 10.26 total, (1) adopted budget",
      "frame 10.26 total, (2) adjusted budget",
      "frame 10.26 total, (3) actual",
    ]);
    expect(() => read(dir, KMU)).toThrow();
  });
});

const HEAD = "Udvalg;Ramme;Rammenavn;Indsatsområde;Serviceramme;Opr. budget;Korr. budget;Regnskab;Afvigelse";
const MAPPING = `source: { unit: kr. }
committees: [{ source: Testudvalget, id: test, order: 1 }]
operations:
  columns: { committee: Udvalg, frame_number: Ramme, frame_name: Rammenavn, line: Indsatsområde, service: Serviceramme, adopted: Opr. budget, adjusted: Korr. budget, actual: Regnskab, variance: Afvigelse }
  service_values: { inside: [Ja], outside: [Nej] }
  financing_frames: ["70"]
  total_rows:
    - { column: Rammenavn, matches: "^I alt ramme", of: frame }
    - { column: Rammenavn, matches: "^Årets resultat", of: committee }
    - { column: Rammenavn, matches: "^I alt finansiering", of: financing }
`;
const ROWS = [
  "Testudvalget;10.01;Ramme;Linje A;Ja;100;120;130;10",
  "Testudvalget;10.01;Ramme;Linje B;Nej;50;50;40;-10",
  "Testudvalget;10.01;I alt ramme, inden for;;Ja;100;120;130;10",
  "Testudvalget;10.01;I alt ramme;;;150;170;170;0",
  "Testudvalget;70.82;Skatter;Indkomstskat;;-900;-900;-950;-50",
  "Testudvalget;70.82;I alt finansiering;;;-900;-900;-950;-50",
  "Testudvalget;;Årets resultat;;;150;170;170;0",
];

async function importRows(rows: string[], mapping = MAPPING) {
  const src = writeInto(scratchDir("import"), { "drift.csv": [HEAD, ...rows].join("\n"), "mapping.yaml": mapping });
  const dir = join(scratchDir("import"), "data");
  return { plan: await importInto(dir, [join(src, "drift.csv")], join(src, "mapping.yaml")), dir };
}

describe("declared figures from a line-level export", () => {
  it("frame totals and service totals, committee totals, financing totals and line variances", async () => {
    const { plan, dir } = await importRows(ROWS);
    expect([...plan.sourceProblems, ...plan.problems.filter((p) => p.severity === "error")]).toEqual([]);
    const file = parse(read(dir, "committees/01-test.yaml"));
    expect(file.frames[0]).toEqual({
      number: "10.01",
      name: "Ramme",
      lines: [
        { name: "Linje A", service: "inside", adopted: 100, adjusted: 120, actual: 130, variance: 10 },
        { name: "Linje B", service: "outside", adopted: 50, adjusted: 50, actual: 40, variance: -10 },
      ],
      totals: { adopted: 150, adjusted: 170, actual: 170, variance: 0 },
      service_totals: { inside: { adopted: 100, adjusted: 120, actual: 130, variance: 10 } },
    });
    expect(file.totals).toEqual({ adopted: 150, adjusted: 170, actual: 170, variance: 0 });
    expect(file.financing).toEqual([{ number: "70.82", name: "Skatter", adopted: -900, adjusted: -900, actual: -950, variance: -50 }]);
    expect(file.financing_totals).toEqual({ adopted: -900, adjusted: -900, actual: -950, variance: -50 });
  });

  it("a variance that is not (3) − (2) stops the import at the line", async () => {
    const { plan } = await importRows([ROWS[0]!.replace(/;10$/, ";25"), ROWS[1]!]);
    expect(plan.ok).toBe(false);
    expect(plan.problems.map((p) => p.code)).toContain("total-mismatch");
  });

  it("a total row twice, and one of a frame the export has no rows of", async () => {
    const { plan } = await importRows([ROWS[0]!, ROWS[3]!, ROWS[3]!, "Testudvalget;10.02;I alt ramme;;;1;1;1;0"]);
    expect(plan.sourceProblems.map((p) => [p.code, formatSourcePos(p.at)])).toEqual([
      ["total-row-twice", "drift.csv, række 4"],
      ["total-row-orphan", "drift.csv, række 5"],
    ]);
    expect(plan.sourceProblems[0]!.message).toBe("a second total row of frame 10.01 (the first is on row 3): skip one of them (skip:)");
  });
});

describe("the capital table's total row", () => {
  const CAPITAL = `source: { unit: kr. }
committees: [{ source: Testudvalget, id: test, order: 1 }]
capital:
  columns: { committee: Udvalg, id: Projektnr., name: Projektnavn, budget: Budget, actual: Regnskab, transfer: Overført }
  fill_down: [Udvalg]
  total_rows: [{ column: Projektnavn, matches: "^I alt" }]
`;
  const rows = ["Udvalg;Projektnr.;Projektnavn;Budget;Regnskab;Overført", "Testudvalget;A000001;Skole;100;80;20", ";A000002;Hal;50;50;R", ";;I alt;150;130;20"];

  it("becomes the committee's declared capital_totals, checked against the projects", async () => {
    const dir = join(scratchDir("import"), "data");
    const src = writeInto(scratchDir("import"), { "anlaeg.csv": rows.join("\n"), "mapping.yaml": CAPITAL });
    const plan = await importInto(dir, [join(src, "anlaeg.csv")], join(src, "mapping.yaml"));
    expect([...plan.sourceProblems, ...plan.problems]).toEqual([]);
    expect(parse(read(dir, "committees/01-test.yaml")).capital_totals).toEqual({ budget: 150, actual: 130, transfer: 20 });
    const wrong = writeInto(scratchDir("import"), { "anlaeg.csv": rows.join("\n").replace(";150;130;20", ";150;140;20"), "mapping.yaml": CAPITAL });
    const refused = await importInto(join(scratchDir("import"), "data"), [join(wrong, "anlaeg.csv")], join(wrong, "mapping.yaml"));
    expect(refused.problems.map((p) => [p.code, p.message.split(":")[0]])).toEqual([["total-mismatch", "capital total (Årets resultat of the capital table), actual"]]);
  });
});
