// Both example exports, end to end: into a fresh data directory, validated, and built into a report whose
// tables print the figures of the exports.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { computeReport } from "../../src/compute/report.js";
import { formatAmount } from "../../src/format/danish.js";
import { Decimal } from "../../src/core/money.js";
import { validateDataDir } from "../../src/validate/index.js";
import { OPUS, PRISME, importInto, read } from "./helpers.js";
import { MUNICIPALITY } from "../support/fixtures.js";
import { runCli } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";
import { accounts } from "../support/report.js";

async function importBoth(): Promise<string> {
  const dir = join(scratchDir(), "data");
  const opus = await importInto(dir, [OPUS.source], OPUS.map);
  const prisme = await importInto(dir, [PRISME.source], PRISME.map);
  expect([...opus.sourceProblems, ...opus.problems, ...prisme.sourceProblems, ...prisme.problems]).toEqual([]);
  expect([...opus.files, ...prisme.files].map((f) => [f.path, f.created])).toEqual([
    ["committees/01-klima-miljo.yaml", true],
    ["committees/02-born-skole.yaml", true],
    ["committees/07-okonomi.yaml", true],
  ]);
  writeFileSync(join(dir, "municipality.yaml"), MUNICIPALITY);
  return dir;
}

function reportOf(dir: string) {
  const { data, figures, problems } = validateDataDir(dir);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  return accounts(computeReport(data!, figures!));
}

describe("the example imports", () => {
  it("fill a fresh data directory that validates and builds into a report", async () => {
    const report = reportOf(await importBoth());
    expect(report.committees.map((c) => c.name)).toEqual(["Klima- og Miljøudvalget", "Børne- og Skoleudvalget", "Økonomiudvalget"]);
  });

  it("give the Klima- og Miljøudvalget table of the real report, rounded from exact kroner", async () => {
    const report = reportOf(await importBoth());
    const table = report.committees[0]!.operations.table;
    const printed = (label: string) => table.rows.find((r) => r.label === label)!.cells.map((c) => formatAmount(c as Decimal | undefined));
    // Lines print as the real report does (the export spreads each over a few hundred kroner and øre) …
    expect(printed("Generel administration (husholdninger)")).toEqual(["-2.455", "-2.455", "548", "3.003"]);
    expect(printed("Affald erhverv")).toEqual(["", "", "1.127", "1.127"]);
    // … and the totals are the exact sums of the kroner, not of rounded lines.
    const lines = table.rows.filter((r) => r.style === "line");
    const sum = lines.reduce((s, r) => s.plus((r.cells[2] as Decimal | undefined) ?? 0), new Decimal(0));
    expect((table.rows[0]!.cells[2] as Decimal).equals(sum)).toBe(true);
    const capital = report.committees[0]!.capital!.table;
    expect(capital.rows.find((r) => r.label.startsWith("A020221"))!.cells[3]).toBe("R");
  });

  it("add up account rows and financing rows of the CSV export, exactly", async () => {
    const dir = await importBoth();
    const report = reportOf(dir);
    const born = report.committees[1]!.operations.table;
    expect(born.rows.find((r) => r.label === "Daginstitutioner 0-5 år")!.cells[0]).toEqual(new Decimal("313461000"));
    const financing = report.committees[2]!.financing!;
    expect(financing.rows.find((r) => r.label === "70.76 Renter")!.cells[2]).toEqual(new Decimal("-5577247.30"));
    // Written as a person would: whole kroner as numbers, øre as an exact quoted Danish amount.
    expect(read(dir, "committees/07-okonomi.yaml")).toContain('    actual: "-5.577.247,30"\n');
    expect(read(dir, "committees/02-born-skole.yaml")).toContain("    adopted: 313461000\n");
  });

  it("run from the command line: import both, then build the report and its spreadsheets", () => {
    const run = (...args: string[]) => runCli(args);
    const dir = join(scratchDir(), "data");
    const out = join(scratchDir(), "out");
    expect(run("import", OPUS.source, "--map", OPUS.map, "--out", dir).code).toBe(0);
    const csv = run("import", PRISME.source, "--map", PRISME.map, "--out", dir);
    expect(csv.stdout).toContain(`${dir}/committees/07-okonomi.yaml: oprettet`);
    writeFileSync(join(dir, "municipality.yaml"), MUNICIPALITY);
    const built = run("build", dir, "--out", out, "--html-only");
    expect(built.code, built.stdout + built.stderr).toBe(0);
    expect(readFileSync(join(out, "site", "klima-miljo.html"), "utf8")).toContain("-2.455");
    expect(existsSync(join(out, "xlsx", "aarsrapport-2024.xlsx"))).toBe(true);
    expect(readFileSync(join(out, "csv", "okonomi-tabel-2.csv"), "utf8")).toContain("70.76 Renter;8.230;8.230;-5.577,2473;-13.807,2473");
  });
});
