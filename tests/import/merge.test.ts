// Merging into existing committee files: the import owns the figures and the lists of frames, lines and
// projects; what people wrote stays; the same import twice changes nothing; a result that would not validate
// is not written at all.
import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { parse } from "yaml";
import { OPUS, PRISME, importInto, read } from "./helpers.js";
import { MUNICIPALITY } from "../support/fixtures.js";
import { scratchDir, writeFiles } from "../support/scratch.js";
import { sampleWithoutStatements } from "../support/statements.js";

const KMU = "committees/01-klima-miljo.yaml";

function changedLines(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b).toHaveLength(a.length);
  return b.filter((line, i) => line !== a[i]);
}

// The sample without its statements: the Opus example brings one committee's figures in exact kroner and ten of its
// 99 projects, so the sample's statements (their zero sum, their stated rows) would no longer hold — and an import
// whose result does not validate writes nothing. Here the subject is the merge.

describe("import into existing committee files", () => {
  it("changes nothing when the same export is imported again", async () => {
    const dir = sampleWithoutStatements();
    await importInto(dir, [OPUS.source], OPUS.map);
    const first = read(dir, KMU);
    const again = await importInto(dir, [OPUS.source], OPUS.map);
    expect(again.ok).toBe(true);
    expect(again.files.map((f) => [f.path, f.changed])).toEqual([[KMU, false]]);
    expect(read(dir, KMU)).toBe(first);
  });

  it("changes exactly one line of YAML when one figure of the export changes", async () => {
    const dir = join(scratchDir(), "data");
    await importInto(dir, [PRISME.source], PRISME.map);
    const before = read(dir, "committees/02-born-skole.yaml");
    const csv = iconv.decode(readFileSync(PRISME.source), "win1252").replace("40.358.219,40", "40.358.219,45");
    const sources = writeFiles(scratchDir(), { "prisme-drift-2024.csv": iconv.encode(csv, "win1252") });
    const plan = await importInto(dir, [join(sources, "prisme-drift-2024.csv")], PRISME.map);
    expect(plan.files.filter((f) => f.changed).map((f) => f.path)).toEqual(["committees/02-born-skole.yaml"]);
    expect(changedLines(before, read(dir, "committees/02-born-skole.yaml"))).toEqual(['        actual: "40.358.219,45"']);
  });

  it("keeps sections, initiatives, status, comments and key order; drops the declared totals it supersedes", async () => {
    const dir = sampleWithoutStatements();
    const before = read(dir, KMU);
    const plan = await importInto(dir, [OPUS.source], OPUS.map);
    expect(plan.ok).toBe(true);
    const after = read(dir, KMU);
    const [was, now] = [parse(before), parse(after)];
    for (const key of ["id", "committee", "order", "status", "unit", "sections", "initiatives"]) expect(now[key]).toEqual(was[key]);
    expect(Object.keys(now)).toEqual(Object.keys(was).filter((k) => !["totals", "service_totals", "capital_totals"].includes(k)));
    expect(after.split("\n").slice(0, 3)).toEqual(before.split("\n").slice(0, 3)); // the header comments
    expect(now.frames[0].totals).toBeUndefined();
    expect(now.frames[0].lines[0]).toEqual({ name: "Generel administration (husholdninger)", service: "outside", adopted: "-2.454,588", adjusted: "-2.454,647", actual: "548,268" });
    expect(now.capital.map((p: { id: string }) => p.id)).toHaveLength(10);
    expect(plan.files[0]!.changes.removed).toHaveLength(89);
    expect(plan.files[0]!.changes.added).toBe(0);
  });

  it("updates a frame's lines where they stand and puts a new line after the one before it", async () => {
    const dir = join(scratchDir(), "data");
    await importInto(dir, [PRISME.source], PRISME.map);
    const path = join(dir, "committees/02-born-skole.yaml");
    // A person adds a comment and moves nothing; the next export has a new line after "Dagpleje".
    writeFileSync(path, read(dir, "committees/02-born-skole.yaml").replace("      - name: Dagpleje\n", "      - name: Dagpleje # incl. private\n"));
    const csv = iconv.decode(readFileSync(PRISME.source), "win1252").replace(
      "Børne- og Skoleudvalget;20.40;Dagtilbud;Forældrebetaling",
      "Børne- og Skoleudvalget;20.40;Dagtilbud;Puljeordninger;Ja;1.000,00;1.000,00;900,00\r\nBørne- og Skoleudvalget;20.40;Dagtilbud;Forældrebetaling",
    );
    const sources = writeFiles(scratchDir(), { "prisme-drift-2024.csv": iconv.encode(csv, "win1252") });
    await importInto(dir, [join(sources, "prisme-drift-2024.csv")], PRISME.map);
    const after = read(dir, "committees/02-born-skole.yaml");
    expect(after).toContain("      - name: Dagpleje # incl. private\n");
    expect(after.indexOf("name: Puljeordninger")).toBeGreaterThan(after.indexOf("name: Dagpleje"));
    expect(after.indexOf("name: Puljeordninger")).toBeLessThan(after.indexOf("name: Forældrebetaling"));
  });

  it("writes nothing when the result would not validate, and says why", async () => {
    // Frame 20.40 already belongs to another committee: the imported Børne- og Skoleudvalget cannot have it too.
    const other = 'id: andet\ncommittee: Andet udvalg\norder: 9\nframes:\n  - number: "20.40"\n    name: X\n    service: inside\n    lines:\n      - { name: Y, adopted: 1 }\n';
    const dir = scratchDir();
    mkdirSync(join(dir, "committees"));
    writeFileSync(join(dir, "municipality.yaml"), MUNICIPALITY);
    writeFileSync(join(dir, "committees/09-andet.yaml"), other);
    const plan = await importInto(dir, [PRISME.source], PRISME.map);
    expect(plan.ok).toBe(false);
    expect(plan.problems.map((p) => [p.file, p.code])).toContainEqual(["committees/09-andet.yaml", "duplicate-frame-number"]);
    expect(readdirSync(join(dir, "committees"))).toEqual(["09-andet.yaml"]);
  });
});
