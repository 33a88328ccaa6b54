// What the import writes for the statements: each financing item's kind and each frame's, line's and project's
// area, when the mapping states them — an account table on its entries, a line-level mapping by frame number
// (areas:, financing_kinds:), the capital table by project id (areas:) — and nothing where it does not.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scratchDir, writeFiles as writeInto } from "../support/scratch.js";
import { importInto, read } from "./helpers.js";

const FILE = "committees/01-test.yaml";
const COMMITTEES = "committees: [{ source: Testudvalget, id: test, order: 1 }]";

async function importCsv(dataDir: string, csv: string, mapping: string) {
  const dir = writeInto(scratchDir("import"), { "export.csv": csv, "mapping.yaml": mapping });
  return importInto(dataDir, [join(dir, "export.csv")], join(dir, "mapping.yaml"));
}

describe("an account table", () => {
  const MAPPING = `source: { unit: kr. }
${COMMITTEES}
operations:
  columns: { account: Konto, actual: Regnskab }
  accounts:
    - committee: Testudvalget
      frames:
        - number: "10.26"
          name: Renovation
          service: outside
          area: supply
          lines:
            - { name: Affald, accounts: ["1.38"] }
            - { name: Administration, area: tax, accounts: ["6.45"] }
        - number: "10.40"
          name: Jord
          service: inside
          lines:
            - { name: Salg af grunde, area: land, accounts: ["0.22"] }
      financing:
        - { number: "70.82", name: Skatter, kind: taxes, accounts: ["7.68"] }
        - { number: "80.88", name: Beholdningsbevægelse, kind: cash, accounts: ["8.22"] }
`;
  const CSV = ["Konto;Regnskab", "1.38.01;100", "6.45.51;5", "0.22.02;-40", "7.68.90;-200", "8.22.01;135"].join("\n");

  it("writes each financing item's kind, a frame's area once, and a line's only where it differs from its frame's", async () => {
    const dir = join(scratchDir("import"), "data");
    const plan = await importCsv(dir, CSV, MAPPING);
    expect([...plan.sourceProblems, ...plan.problems]).toEqual([]);
    const file = parse(read(dir, FILE));
    expect(file.frames.map((f: { number: string; area?: string }) => [f.number, f.area])).toEqual([
      ["10.26", "supply"],
      ["10.40", undefined],
    ]);
    expect(file.frames[0].lines).toEqual([
      { name: "Affald", actual: 100 },
      { name: "Administration", area: "tax", actual: 5 },
    ]);
    expect(file.frames[1].lines).toEqual([{ name: "Salg af grunde", area: "land", actual: -40 }]);
    expect(file.financing).toEqual([
      { number: "70.82", name: "Skatter", kind: "taxes", actual: -200 },
      { number: "80.88", name: "Beholdningsbevægelse", kind: "cash", actual: 135 },
    ]);
    const again = await importCsv(dir, CSV, MAPPING);
    expect(again.files.map((f) => f.changed)).toEqual([false]);
  });

  it("refuses the committee file's old Danish slugs as kinds, naming the contract's", async () => {
    const plan = await importCsv(join(scratchDir("import"), "data"), CSV, MAPPING.replace("kind: taxes", "kind: skatter"));
    expect(plan.ok).toBe(false);
    expect(plan.problems.map((p) => [p.code, p.line])).toEqual([["not-allowed", 21]]);
    expect(plan.problems[0]!.message).toContain("taxes, grants, interest, loans, repayments, balance-shifts, cash");
  });
});

describe("a line-level mapping", () => {
  const HEAD = "Udvalg;Ramme;Rammenavn;Indsatsområde;Serviceramme;Regnskab";
  const MAPPING = `source: { unit: kr. }
${COMMITTEES}
operations:
  columns: { committee: Udvalg, frame_number: Ramme, frame_name: Rammenavn, line: Indsatsområde, service: Serviceramme, actual: Regnskab }
  service_values: { inside: [Ja], outside: [Nej] }
  financing_frames: ["70", "80"]
  financing_kinds: { "70.82": taxes, "80.88": cash }
  areas: { "10.26": supply }
`;
  const CSV = [HEAD, "Testudvalget;10.26;Renovation;Affald;Nej;100", "Testudvalget;10.30;Veje;Vejdrift;Ja;50", "Testudvalget;70.82;Skatter;Indkomstskat;;-200", "Testudvalget;80.88;Beholdningsbevægelse;Kasse;;50"].join("\n");

  it("writes the kinds and areas it names by frame number, and leaves the rest as the file has them", async () => {
    const dir = join(scratchDir("import"), "data");
    const plan = await importCsv(dir, CSV, MAPPING);
    expect([...plan.sourceProblems, ...plan.problems]).toEqual([]);
    const file = parse(read(dir, FILE));
    expect(file.frames.map((f: { number: string; area?: string }) => [f.number, f.area])).toEqual([
      ["10.26", "supply"],
      ["10.30", undefined],
    ]);
    expect(file.financing.map((f: { number: string; kind?: string }) => [f.number, f.kind])).toEqual([
      ["70.82", "taxes"],
      ["80.88", "cash"],
    ]);
  });

  it("moves a frame back to tax-financed by removing its area", async () => {
    const dir = join(scratchDir("import"), "data");
    await importCsv(dir, CSV, MAPPING);
    await importCsv(dir, CSV, MAPPING.replace('"10.26": supply', '"10.26": tax'));
    expect(parse(read(dir, FILE)).frames[0].area).toBeUndefined();
  });

  it("is refused beside an account table", async () => {
    const mapping = `source: { unit: kr. }\n${COMMITTEES}\noperations:\n  columns: { account: Konto, actual: Regnskab }\n  areas: { "10.26": supply }\n  accounts:\n    - committee: Testudvalget\n      financing: [{ number: "70.82", name: Skatter, accounts: ["7.68"] }]\n`;
    const plan = await importCsv(join(scratchDir("import"), "data"), "Konto;Regnskab\n7.68.90;-200", mapping);
    expect(plan.problems.map((p) => [p.code, p.line])).toEqual([["mapping-account-table", 5]]);
  });
});

describe("the capital table", () => {
  it("writes a project's area by its id", async () => {
    const mapping = `source: { unit: kr. }
${COMMITTEES}
capital:
  columns: { committee: Udvalg, id: Projektnr., name: Projektnavn, actual: Regnskab }
  areas: { A000002: land }
`;
    const csv = ["Udvalg;Projektnr.;Projektnavn;Regnskab", "Testudvalget;A000001;Skole;100", "Testudvalget;A000002;Salg af grunde;-40"].join("\n");
    const dir = join(scratchDir("import"), "data");
    const plan = await importCsv(dir, csv, mapping);
    expect([...plan.sourceProblems, ...plan.problems]).toEqual([]);
    expect(parse(read(dir, FILE)).capital).toEqual([
      { id: "A000001", name: "Skole", actual: 100 },
      { id: "A000002", name: "Salg af grunde", area: "land", actual: -40 },
    ]);
  });
});
