// A budget follow-up's figures from an export: forventet regnskab, forbrug pr. dato and the prior year's actual
// are columns a mapping can name, for lines, financing items and capital projects alike; the committee files
// then make a follow-up that validates, and an export without those columns leaves them as they are.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validateDataDir } from "../../src/validate/index.js";
import { scratchDir, writeFiles as writeInto } from "../support/scratch.js";
import { MUNICIPALITY } from "../support/fixtures.js";
import { importInto, read } from "./helpers.js";

const FILE = "committees/01-test.yaml";
const MAPPING = `source: { unit: kr. }
committees: [{ source: Testudvalget, id: test, order: 1 }]
operations:
  file: drift.csv
  columns: { committee: Udvalg, frame_number: Ramme, frame_name: Rammenavn, line: Indsatsområde, service: Serviceramme, adopted: Opr, adjusted: Korr, prior_actual: R2023, expected: Forventet, spent: Forbrug }
  service_values: { inside: [Inden for], outside: [Uden for] }
capital:
  file: anlaeg.csv
  columns: { committee: Udvalg, id: Projekt, name: Navn, budget: Opr, adjusted: Korr, expected: Forventet, spent: Forbrug }
`;
const OPERATIONS = [
  "Udvalg;Ramme;Rammenavn;Indsatsområde;Serviceramme;Opr;Korr;R2023;Forventet;Forbrug",
  "Testudvalget;10.01;Ramme;Linje A;Inden for;1000;1200;1100;1250;600",
  "Testudvalget;10.01;Ramme;Linje B;Uden for;-200;-200;-190;-210;-95",
].join("\n");
const CAPITAL = ["Udvalg;Projekt;Navn;Opr;Korr;Forventet;Forbrug", "Testudvalget;A000001;Cykelsti;5000;6000;5500;2000"].join("\n");
const FOLLOW_UP = `${MUNICIPALITY}reports:\n  - { kind: follow-up, title: Budgetopfølgning 2 2024, as_of: 2024-08-31 }\n`;

async function importBoth(dataDir: string, operations: string, capital: string) {
  const dir = writeInto(scratchDir("import"), { "drift.csv": operations, "anlaeg.csv": capital, "mapping.yaml": MAPPING });
  return importInto(dataDir, [join(dir, "drift.csv"), join(dir, "anlaeg.csv")], join(dir, "mapping.yaml"));
}

describe("a follow-up's export", () => {
  it("writes expected, spent and prior_actual on lines and projects, which then validate as a follow-up", async () => {
    const dir = join(scratchDir("import"), "data");
    const plan = await importBoth(dir, OPERATIONS, CAPITAL);
    expect([...plan.sourceProblems, ...plan.problems]).toEqual([]);
    const file = parse(read(dir, FILE));
    expect(file.frames[0].lines).toEqual([
      { name: "Linje A", service: "inside", adopted: 1000, adjusted: 1200, prior_actual: 1100, expected: 1250, spent: 600 },
      { name: "Linje B", service: "outside", adopted: -200, adjusted: -200, prior_actual: -190, expected: -210, spent: -95 },
    ]);
    expect(file.capital).toEqual([{ id: "A000001", name: "Cykelsti", budget: 5000, adjusted: 6000, expected: 5500, spent: 2000 }]);
    writeInto(dir, { "municipality.yaml": FOLLOW_UP });
    const { problems } = validateDataDir(dir);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("an export without those columns leaves the figures the file has", async () => {
    const dir = join(scratchDir("import"), "data");
    await importBoth(dir, OPERATIONS, CAPITAL);
    const annual = MAPPING.replace(", prior_actual: R2023, expected: Forventet, spent: Forbrug", "").replace(", expected: Forventet, spent: Forbrug", "");
    const src = writeInto(scratchDir("import"), { "drift.csv": OPERATIONS, "anlaeg.csv": CAPITAL, "mapping.yaml": annual });
    const plan = await importInto(dir, [join(src, "drift.csv"), join(src, "anlaeg.csv")], join(src, "mapping.yaml"));
    expect([...plan.sourceProblems, ...plan.problems]).toEqual([]);
    expect(plan.files.find((f) => f.path === FILE)?.changed).toBe(false);
    expect(parse(read(dir, FILE)).frames[0].lines[0]).toMatchObject({ expected: 1250, spent: 600, prior_actual: 1100 });
  });
});
