// A line is known by its frame, its name and its service group — in the import and in the merge alike — so
// that a frame may hold "Myndighed" inside and outside the service frame; and a line the export no longer has
// is removed, each removal reported.
import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { parse } from "yaml";
import { computeReport } from "../../src/compute/report.js";
import { accounts } from "../support/report.js";
import { formatSourcePos } from "../../src/import/location.js";
import { validateDataDir } from "../../src/validate/index.js";
import { PRISME, importInto, read } from "./helpers.js";
import { scratchDir, writeFiles as writeInto } from "../support/scratch.js";
import { MUNICIPALITY } from "../support/fixtures.js";
import { runCli } from "../support/cli.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording in-process (what --lang en prints); tests/messages/ has every message in both
// languages. A command run here speaks the default, Danish.
setLanguage("en");

const HEAD = "Udvalg;Ramme;Rammenavn;Indsatsområde;Serviceramme;Opr. budget;Korr. budget;Regnskab";
const MAPPING = `source: { unit: kr. }
committees: [{ source: Testudvalget, id: test, order: 1 }]
operations:
  columns: { committee: Udvalg, frame_number: Ramme, frame_name: Rammenavn, line: Indsatsområde, service: Serviceramme, adopted: Opr. budget, adjusted: Korr. budget, actual: Regnskab }
  service_values: { inside: [Ja], outside: [Nej] }
`;
const FILE = "committees/01-test.yaml";
const row = (line: string, service: "Ja" | "Nej", ...figures: string[]): string => `Testudvalget;10.01;Myndighed og drift;${line};${service};${figures.join(";")}`;
const PAIR = [row("Linje A", "Ja", "100,00", "120,00", "130,00"), row("Myndighed", "Ja", "1.000,00", "1.100,00", "1.050,25"), row("Myndighed", "Nej", "500,00", "500,00", "480,00")];

async function importCsv(dataDir: string, rows: string[], mapping = MAPPING) {
  const dir = writeInto(scratchDir("import"), { "drift.csv": [HEAD, ...rows].join("\r\n"), "mapping.yaml": mapping });
  return importInto(dataDir, [join(dir, "drift.csv")], join(dir, "mapping.yaml"));
}

interface LineInFile {
  name: string;
  service?: string;
  adopted?: number | string;
  actual?: number | string;
  variance?: number;
}
const linesOf = (dir: string): LineInFile[] => parse(read(dir, FILE)).frames[0].lines;

describe("two lines of one frame with the same name, one inside and one outside the service frame", () => {
  it("import as two lines, validate, and print in their service groups", async () => {
    const dir = join(scratchDir("import"), "data");
    const plan = await importCsv(dir, PAIR);
    expect([...plan.sourceProblems, ...plan.problems]).toEqual([]);
    expect(linesOf(dir).map((l) => [l.name, l.service, l.actual])).toEqual([
      ["Linje A", "inside", 130],
      ["Myndighed", "inside", "1.050,25"],
      ["Myndighed", "outside", 480],
    ]);
    writeFileSync(join(dir, "municipality.yaml"), MUNICIPALITY);
    const { data, figures, problems } = validateDataDir(dir);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const table = accounts(computeReport(data!, figures!)).committees[0]!.operations.table;
    expect(table.rows.filter((r) => r.label === "Myndighed")).toHaveLength(2);
  });

  it("round-trip: the same export again changes no byte; a changed figure of the outside line changes that line only", async () => {
    const dir = join(scratchDir("import"), "data");
    await importCsv(dir, PAIR);
    const first = read(dir, FILE);
    const again = await importCsv(dir, PAIR);
    expect(again.files.map((f) => f.changed)).toEqual([false]);
    expect(read(dir, FILE)).toBe(first);
    await importCsv(dir, [PAIR[0]!, PAIR[1]!, row("Myndighed", "Nej", "500,00", "500,00", "470,00")]);
    const changed = read(dir, FILE).split("\n").filter((line, i) => line !== first.split("\n")[i]);
    expect(changed).toEqual(["        actual: 470"]);
    expect(linesOf(dir).map((l) => l.actual)).toEqual([130, "1.050,25", 470]);
  });

  it("with sum_rows, rows of the same name and group are added up and the other group stays a line of its own", async () => {
    const dir = join(scratchDir("import"), "data");
    const plan = await importCsv(dir, [...PAIR, row("Myndighed", "Ja", "1,00", "1,00", "1,00")], `${MAPPING}  sum_rows: true\n`);
    expect(plan.ok).toBe(true);
    expect(linesOf(dir).map((l) => [l.name, l.service, l.adopted])).toEqual([
      ["Linje A", "inside", 100],
      ["Myndighed", "inside", 1001],
      ["Myndighed", "outside", 500],
    ]);
  });

  it("a line twice in the same group: the message names both rows and what the mapping can do", async () => {
    const dir = join(scratchDir("import"), "data");
    const plan = await importCsv(dir, [...PAIR, row("Myndighed", "Nej", "1,00", "1,00", "1,00")]);
    expect(plan.ok).toBe(false);
    expect(plan.sourceProblems.map((p) => [p.code, formatSourcePos(p.at)])).toEqual([["duplicate-row", "drift.csv, række 5, kolonne D (Indsatsområde)"]]);
    const { message } = plan.sourceProblems[0]!;
    expect(message).toContain('the line "Myndighed" outside the service frame of frame 10.01 is on row 4 too');
    for (const remedy of ["sum_rows: true", "skip:", "different names", "accounts:"]) expect(message).toContain(remedy);
  });

  it("merge updates both lines of a pair already in the file, and drops the declared variance of each", async () => {
    const dir = scratchDir("import");
    mkdirSync(join(dir, "committees"));
    writeFileSync(
      join(dir, FILE),
      `id: test
committee: Testudvalget
order: 1
unit: kr.
sections:
  intro: Skrevet af en person.
frames:
  - number: "10.01"
    name: Myndighed og drift
    service: inside
    lines:
      - { name: Linje A, adopted: 1, adjusted: 1, actual: 1 }
      - { name: Myndighed, adopted: 1, adjusted: 1, actual: 1, variance: 0 } # inside, from the frame
      - { name: Myndighed, service: outside, adopted: 2, adjusted: 2, actual: 7, variance: 5 } # the old figures
initiatives:
  - { nr: "1.", topic: Emne, status: delayed }
`,
    );
    const plan = await importCsv(dir, PAIR);
    expect(plan.ok).toBe(true);
    expect(plan.files[0]!.changes.removed).toEqual([]);
    expect(linesOf(dir)).toEqual([
      { name: "Linje A", adopted: 100, adjusted: 120, actual: 130 },
      { name: "Myndighed", adopted: 1000, adjusted: 1100, actual: "1.050,25" },
      { name: "Myndighed", service: "outside", adopted: 500, adjusted: 500, actual: 480 },
    ]);
    const text = read(dir, FILE);
    expect(text).toContain("# inside, from the frame\n");
    expect(text).toContain("sections:\n  intro: Skrevet af en person.\n");
    expect(parse(text).initiatives).toEqual([{ nr: "1.", topic: "Emne", status: "delayed" }]);
  });

  it("a line that moved to the other group is the same line: updated where it stands, its comment kept", async () => {
    const dir = join(scratchDir("import"), "data");
    await importCsv(dir, PAIR);
    writeFileSync(join(dir, FILE), read(dir, FILE).replace("      - name: Linje A\n", "      - name: Linje A # checked by NN\n"));
    const plan = await importCsv(dir, [row("Linje A", "Nej", "100,00", "120,00", "130,00"), PAIR[1]!, PAIR[2]!]);
    expect(plan.files[0]!.changes.removed).toEqual([]);
    expect(plan.files[0]!.changes.added).toBe(0);
    expect(read(dir, FILE)).toContain("      - name: Linje A # checked by NN\n        service: outside\n");
  });
});

describe("what the export no longer has", () => {
  const withoutDagpleje = (): string => {
    const csv = iconv.decode(readFileSync(PRISME.source), "win1252").replace(/^Børne- og Skoleudvalget;20\.40;Dagtilbud;Dagpleje;.*\r\n/m, "");
    return join(writeInto(scratchDir("import"), { "prisme-drift-2024.csv": iconv.encode(csv, "win1252") }), "prisme-drift-2024.csv");
  };

  it("is removed from the committee file, and the import's report names each removal", async () => {
    const dir = join(scratchDir("import"), "data");
    await importInto(dir, [PRISME.source], PRISME.map);
    // Someone declared a variance on the line; it must go with the line, not linger with old figures.
    writeFileSync(join(dir, "committees/02-born-skole.yaml"), read(dir, "committees/02-born-skole.yaml").replace("        actual: \"40.358.219,40\"\n", '        actual: "40.358.219,40"\n        variance: -1371780.6\n'));
    const plan = await importInto(dir, [withoutDagpleje()], PRISME.map);
    expect(plan.ok).toBe(true);
    const born = plan.files.find((f) => f.path === "committees/02-born-skole.yaml")!;
    expect(born.changes.removed).toEqual(['line "Dagpleje" (inside the service frame) of frame 20.40']);
    const lines = parse(read(dir, "committees/02-born-skole.yaml")).frames[0].lines.map((l: { name: string }) => l.name);
    expect(lines).toEqual(["Daginstitutioner 0-5 år", "Forældrebetaling", "Søskendetilskud og fripladser"]);
  });

  it("frames, financing items and projects too; and the command line says what it removed (in Danish)", () => {
    const dir = join(scratchDir("import"), "data");
    const run = (source: string) => runCli(["import", source, "--map", PRISME.map, "--out", dir]);
    expect(run(PRISME.source).code).toBe(0);
    const csv = iconv
      .decode(readFileSync(PRISME.source), "win1252")
      .split("\r\n")
      .filter((l) => !/;20\.41;|;80\.85;|;Dagpleje;/.test(l))
      .join("\r\n");
    const out = run(join(writeInto(scratchDir("import"), { "prisme-drift-2024.csv": iconv.encode(csv, "win1252") }), "prisme-drift-2024.csv"));
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(`${dir}/committees/02-born-skole.yaml: opdateret: 2 fjernet\n`);
    expect(out.stdout).toContain('  fjernet (ikke i eksporten): indsatsområdet "Dagpleje" (inden for servicerammen) i bevillingsramme 20.40\n');
    expect(out.stdout).toContain("  fjernet (ikke i eksporten): bevillingsramme 20.41 Skoler og SFO (med dens indsatsområder)\n");
    expect(out.stdout).toContain("  fjernet (ikke i eksporten): finansieringspost 80.85 Optagelse af lån\n");
  });
});
