// Account-level exports (one row per account of the kontoplan) through the mapping's account table: the
// example gives the very committee files the line-level example gives; patterns are prefixes, wildcards and
// ranges, the most specific wins; every mistake points at the export's cell or the mapping's line.
import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "yaml";
import { bestRules, parsePattern, segmentsOf, type AccountRule } from "../../src/import/account-table.js";
import { planImport } from "../../src/import/index.js";
import { formatSourcePos } from "../../src/import/location.js";
import { validateDataDir } from "../../src/validate/index.js";
import { PRISME, importInto, read } from "./helpers.js";
import { scratchDir, writeFiles as writeInto } from "../support/scratch.js";
import { runCli } from "../support/cli.js";
import { EXAMPLES, MUNICIPALITY } from "../support/fixtures.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording in-process (what --lang en prints); tests/messages/ has every message in both
// languages. A command run here speaks the default, Danish.
setLanguage("en");

const KONTOPLAN = { source: join(EXAMPLES, "kontoplan-drift-2024.csv"), map: join(EXAMPLES, "kontoplan-drift-2024.mapping.yaml") };
const FILES = ["committees/02-born-skole.yaml", "committees/07-okonomi.yaml"];

describe("the account-level example", () => {
  it("imports through its account table into the same committee files as the line-level example, byte for byte", async () => {
    const [lines, accounts] = [join(scratchDir("import"), "data"), join(scratchDir("import"), "data")];
    const a = await importInto(lines, [PRISME.source], PRISME.map);
    const b = await importInto(accounts, [KONTOPLAN.source], KONTOPLAN.map);
    expect([...b.sourceProblems, ...b.problems]).toEqual([]);
    expect(b.files.map((f) => [f.path, f.created])).toEqual(a.files.map((f) => [f.path, f.created]));
    for (const f of FILES) expect(read(accounts, f)).toBe(read(lines, f));
    // Financing items from hovedkonto 7 and 8, with øre, added up over their accounts.
    expect(parse(read(accounts, FILES[1]!)).financing).toEqual([
      { number: "70.76", name: "Renter", kind: "interest", adopted: 8230000, adjusted: 8230000, actual: "-5.577.247,30" },
      { number: "70.82", name: "Skatter", kind: "taxes", adopted: -3352600000, adjusted: -3352600000, actual: "-3.361.958.022,65" },
      { number: "80.84", name: "Afdrag på lån", kind: "repayments", adopted: 18600000, adjusted: 18600000, actual: 18543881 },
      { number: "80.85", name: "Optagelse af lån", kind: "loans", adjusted: -12000000, actual: -9800000 },
    ]);
  });

  it("over the line-level import changes nothing; a second import changes no byte; people's text survives", async () => {
    const dir = join(scratchDir("import"), "data");
    await importInto(dir, [PRISME.source], PRISME.map);
    const born = join(dir, FILES[0]!);
    const written = readFileSync(born, "utf8")
      .replace("status: draft\n", "status: draft # until the committee meets\nsections:\n  report: |\n    Udvalget har *haft* et godt år.\n")
      .replace("      - name: Dagpleje\n", "      - name: Dagpleje # incl. private\n")
      .concat('initiatives:\n  - { nr: "2.1.", topic: Flere pædagoger, status: in-progress }\n');
    writeFileSync(born, written);
    const plan = await importInto(dir, [KONTOPLAN.source], KONTOPLAN.map);
    expect(plan.files.map((f) => [f.path, f.changed])).toEqual(FILES.map((f) => [f, false]));
    expect(readFileSync(born, "utf8")).toBe(written);
  });

  it("builds into a report from the command line", () => {
    const dir = join(scratchDir("import"), "data");
    const r = runCli(["import", KONTOPLAN.source, "--map", KONTOPLAN.map, "--out", dir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    writeFileSync(join(dir, "municipality.yaml"), MUNICIPALITY);
    const { problems } = validateDataDir(dir);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("account patterns", () => {
  const at = { file: "m.yaml", line: 1, column: 1 };
  const rules = (...texts: string[]): AccountRule[] =>
    texts.map((text, order) => ({ pattern: parsePattern(text, at)!, target: { kind: "financing", committee: "U", committeeAt: at, number: String(order), name: text, order, at } }));
  const winner = (all: AccountRule[], account: string): string[] => bestRules(all, segmentsOf(account)).map((r) => r.pattern.text);

  it("a prefix fits by whole segments, numbers compared as numbers", () => {
    const all = rules("3.22", "5.25.1");
    expect(winner(all, "3.22.01.001.1.4.0")).toEqual(["3.22"]);
    expect(winner(all, "03.22.01")).toEqual(["3.22"]);
    expect(winner(all, "3.221.01")).toEqual([]);
    expect(winner(all, "5.25.14")).toEqual([]); // 1 is a segment, not a beginning of digits
    expect(winner(all, "5.25.01")).toEqual(["5.25.1"]);
  });

  it("* is any one segment; a range covers whole segments at its depth", () => {
    const all = rules("8.55.*.*.6", "8.25-8.52");
    expect(winner(all, "8.55.70.001.6.9.1")).toEqual(["8.55.*.*.6"]);
    expect(winner(all, "8.55.70.001.7.9.2")).toEqual([]);
    expect(winner(all, "8.25.01")).toEqual(["8.25-8.52"]);
    expect(winner(all, "8.52.99.1")).toEqual(["8.25-8.52"]);
    expect(winner(all, "8.53")).toEqual([]);
    expect(winner(all, "8.3")).toEqual([]);
    expect(winner(all, "8.9.1")).toEqual([]);
  });

  it("the most specific wins: more fixed segments, and a prefix before a range as deep; equals are ambiguous", () => {
    const all = rules("5.25", "5.25.*.*.1.7", "5.25.14", "8.25-8.52", "8.52", "7.22-7.30", "7.28-7.58");
    expect(winner(all, "5.25.14.001.1.7.1")).toEqual(["5.25.*.*.1.7"]);
    expect(winner(all, "5.25.14.001.1.1.0")).toEqual(["5.25.14"]);
    expect(winner(all, "5.25.11.001.1.1.0")).toEqual(["5.25"]);
    expect(winner(all, "8.52.01")).toEqual(["8.52"]);
    expect(winner(all, "7.28.01")).toEqual(["7.22-7.30", "7.28-7.58"]);
  });

  it("refuses what is no pattern", () => {
    for (const text of ["", "3..22", "3.22-", "3.2*", "8.*-8.9", "1-2-3", "3,22"]) expect(parsePattern(text, at), text).toBeUndefined();
  });
});

const HEAD = "Konto;Tekst;Regnskab";
const MAPPING = `source: { unit: kr. }
committees: [{ source: Testudvalget, id: test, order: 1 }]
operations:
  columns: { account: Konto, actual: Regnskab }
  accounts:
    - committee: Testudvalget
      frames:
        - number: "10.01"
          name: Ramme
          lines:
            - { name: Skoler, service: inside, accounts: ["3.22"] }
            - { name: Befordring, service: outside, accounts: ["3.22.14"] }
            - { name: Tilskud, service: inside, accounts: ["3.30-3.40"] }
            - { name: Andet, service: inside, accounts: ["3.35-3.45"] }
      financing:
        - { number: "70.82", name: Skatter, kind: taxes, accounts: ["7.68"] }
`;

async function problemsOf(rows: string[], mapping = MAPPING) {
  const dir = writeInto(scratchDir("import"), { "konti.csv": [HEAD, ...rows].join("\n"), "mapping.yaml": mapping });
  const plan = await planImport({ sources: [join(dir, "konti.csv")], mappingPath: join(dir, "mapping.yaml"), dataDir: join(scratchDir("import"), "data") });
  expect(plan.ok).toBe(false);
  return [...plan.sourceProblems.map((p) => ({ code: p.code, at: formatSourcePos(p.at), message: p.message })), ...plan.problems.map((p) => ({ code: p.code, at: `${p.line}:${p.column}`, message: p.message }))];
}

describe("problems with an account table", () => {
  it("an account in no line or item: once per account at its first row, with how many rows more", async () => {
    const found = await problemsOf(["3.22.01;Skole;100", "4.62.81;Sundhed;1", "4.62.81;Sundhed;2", "4.62.81;Sundhed;3", "9.22.01;Kasse;5"]);
    expect(found.map((p) => [p.code, p.at])).toEqual([
      ["account-unmapped", "konti.csv, række 3, kolonne A (Konto)"],
      ["account-unmapped", "konti.csv, række 6, kolonne A (Konto)"],
    ]);
    expect(found[0]!.message).toContain("account 4.62.81 is in no line or financing item of the mapping's account table (accounts:), nor are the rows of this account on 2 more rows");
  });

  it("an account two equally specific patterns fit, naming both", async () => {
    const [p] = await problemsOf(["3.37.01;Overlap;1"]);
    expect([p!.code, p!.at]).toEqual(["account-ambiguous", "konti.csv, række 2, kolonne A (Konto)"]);
    expect(p!.message).toMatch(/fits both the line "Tilskud" of frame 10.01 \(mapping line 13\) and the line "Andet" of frame 10.01 \(mapping line 14\)/);
  });

  it("an empty account, and an Excel number cell that lost its zeros", async () => {
    expect((await problemsOf([";Ingen konto;1"])).map((p) => [p.code, p.at])).toEqual([["value-missing", "konti.csv, række 2, kolonne A (Konto)"]]);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ark1").addRows([["Konto", "Tekst", "Regnskab"], [3.221, "Skole", 1]]);
    const dir = writeInto(scratchDir("import"), { "konti.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()), "mapping.yaml": MAPPING });
    const plan = await planImport({ sources: [join(dir, "konti.xlsx")], mappingPath: join(dir, "mapping.yaml"), dataDir: scratchDir("import") });
    expect(plan.sourceProblems.map((p) => [p.code, formatSourcePos(p.at)])).toEqual([["account-number", "konti.xlsx, Ark1, række 2, kolonne A (Konto)"]]);
  });

  it("a committee of the table that has no file and is not in committees:, at the mapping's line", async () => {
    const found = await problemsOf(["3.22.01;Skole;1"], MAPPING.replace("    - committee: Testudvalget", "    - committee: Ukendt udvalg"));
    expect(found.map((p) => [p.code, p.at])).toEqual([["mapping-committee-unknown", "6:18"]]);
  });

  it("mistakes in the mapping's shape, each at its line", async () => {
    const cases: [string, string, string][] = [
      ["columns: { account: Konto, actual: Regnskab }", "columns: { account: Konto, line: Tekst, actual: Regnskab }", "mapping-account-table 4:36"],
      ["  accounts:\n", "  sum_rows: true\n  accounts:\n", "mapping-account-table 5:13"],
      ["columns: { account: Konto, actual: Regnskab }", "columns: { actual: Regnskab }", "mapping-account-table 4:12"],
      ['{ name: Befordring, service: outside, accounts: ["3.22.14"] }', '{ name: Befordring, accounts: ["3.22.14"] }', "mapping-line-service 12:15"],
      ['{ name: Andet, service: inside, accounts: ["3.35-3.45"] }', '{ name: Skoler, service: inside, accounts: ["3.35-3.45"] }', "mapping-line-twice 14:23"],
      ['["3.35-3.45"]', '["3.45-3.35"]', "mapping-account-pattern 14:58"],
      ['["3.35-3.45"]', '["3.22"]', "mapping-account-pattern 14:58"],
      ['["3.35-3.45"]', '["3,35"]', "mapping-account-pattern 14:58"],
      ['number: "70.82"', 'number: "10.01"', "mapping-financing-twice 16:21"],
      ["kind: taxes", "kind: skatter", "not-allowed 16:51"],
    ];
    const got: string[] = [];
    for (const [from, to] of cases) {
      const mapping = MAPPING.replace(from, to);
      expect(mapping, from).not.toBe(MAPPING);
      const found = await problemsOf(["3.22.01;Skole;1"], mapping);
      got.push(found.map((p) => `${p.code} ${p.at}`).join(" | "));
    }
    expect(got).toEqual(cases.map((c) => c[2]));
  });

  it("a line-level mapping without its columns says which it lacks", async () => {
    const mapping = `source: { unit: kr. }\noperations:\n  columns: { committee: Udvalg, actual: Regnskab }\n`;
    const found = await problemsOf(["x;y;1"], mapping);
    expect(found.map((p) => `${p.code} ${p.at}`)).toEqual(["frame_number", "frame_name", "line", "service"].map(() => "mapping-column-missing 3:12"));
    expect(found[0]!.message).toContain("names no frame_number column");
  });
});

it("an account-level import keeps a frame's lines in the account table's order, whatever the export's order", async () => {
  const dir = join(scratchDir("import"), "data");
  mkdirSync(dir);
  const src = writeInto(scratchDir("import"), { "konti.csv": [HEAD, "7.68.90;Skat;-10", "3.22.14;Bus;5", "3.22.01;Skole;100", "3.22.01;Skole;0,50"].join("\n"), "mapping.yaml": MAPPING });
  const plan = await importInto(dir, [join(src, "konti.csv")], join(src, "mapping.yaml"));
  expect(plan.ok).toBe(true);
  const file = parse(read(dir, "committees/01-test.yaml"));
  expect(file.frames[0].lines).toEqual([
    { name: "Skoler", service: "inside", actual: "100,50" },
    { name: "Befordring", service: "outside", actual: 5 },
  ]);
  expect(file.financing).toEqual([{ number: "70.82", name: "Skatter", kind: "taxes", actual: -10 }]);
});
