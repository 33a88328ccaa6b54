// The change report: what a reviewer must see, and nothing else.
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { diff, snapshot } from "../../src/publish/changes.js";
import { SAMPLE } from "../support/fixtures.js";
import { validData, websiteOf } from "../support/report.js";
import { copyOf } from "../support/scratch.js";
import { sampleWithoutStatements } from "../support/statements.js";


async function facts(dir: string) {
  return snapshot(validData(dir).data, [(await websiteOf(dir)).report]);
}

/** A copy of the sample with `edit` applied to one file. */
function edited(file: string, edit: (text: string) => string, from = SAMPLE): string {
  const dir = copyOf(from);
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

const SOCIAL = "committees/03-social-sundhed.yaml";

describe("the change report", () => {
  it("has nothing to compare with on the first build", async () => {
    expect(diff(undefined, await facts(SAMPLE))).toMatchObject({ compared: false });
  });

  it("says so when nothing in the report changed", async () => {
    const before = await facts(SAMPLE);
    expect(diff(before, await facts(SAMPLE))).toMatchObject({ compared: true, none: true, committees: [] });
  });

  it("lists a changed figure with its line, column, old and new value and the difference", async () => {
    const changes = diff(await facts(SAMPLE), await facts(edited(SOCIAL, (t) => t.replace("actual: 282470", "actual: 282519"))));
    expect(changes.committees).toHaveLength(1);
    expect(changes.committees[0]!.figures).toEqual([
      { row: "30.50 Ældre og pleje: Plejecentre", column: "Regnskab (3)", old: "282470000", new: "282519000", difference: "49000" },
    ]);
  });

  // Changes far larger than the statements' zero sum allows (a project removed, 30 mio. kr. less spent) are made
  // to the sample without statements: with them those data would not validate, and no report would be made.
  it("lists projects added and removed, initiatives with a new status and edited text", async () => {
    const before = sampleWithoutStatements();
    const after = edited(SOCIAL, (t) =>
      t
        .replace(/  - id: A151723\n(    .*\n)+?(?=  - id:)/, "")
        .replace("    project: A151723\n", "") // the initiative it carried no longer names it
        .replace("capital:\n", "capital:\n  - { id: A999999, name: Ny sti, budget: 100, adjusted: 100, actual: 50, transfer: 50 }\n")
        .replace(/(topic: "Flere plejeboliger"\n(    .*\n)*?    status: )in-progress/, "$1completed"),
      before,
    );
    writeFileSync(join(after, "text/social-sundhed-beretning.md"), "Udvalget har i året holdt 13 møder.\n");
    const [c] = diff(await facts(before), await facts(after)).committees;
    expect(c!.added).toEqual(["A999999 Ny sti"]);
    expect(c!.removed).toEqual(["A151723 Sundhedshus i bymidten"]);
    expect(c!.initiatives).toEqual([{ initiative: "5.1. Flere plejeboliger", old: "in-progress", new: "completed" }]);
    expect(c!.sections).toEqual(["udvalgets beretning"]);
    expect(c!.figures).toEqual([]);
  });

  it("lists a strategy target whose result or verdict changed", async () => {
    const before = sampleWithoutStatements();
    const changes = diff(await facts(before), await facts(edited(SOCIAL, (t) => t.replace("actual: 282470", "actual: 252470"), before)));
    expect(changes.targets.length).toBeGreaterThan(0);
    expect(changes.targets[0]!.target).toMatch(/[Ss]ervicerammen/);
  });

  it("lists the statements' figures that changed with a committee's, and nothing of them when nothing did", async () => {
    const before = await facts(SAMPLE);
    expect(diff(before, before).statements).toBeUndefined();
    const changes = diff(before, await facts(edited(SOCIAL, (t) => t.replace("actual: 282470", "actual: 282519"))));
    const rows = changes.statements!.figures.filter((f) => f.column === "Regnskab 2024").map((f) => [f.row, f.difference]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["Regnskabsopgørelse: Driftsudgifter (ekskl. forsyningsvirksomhed)", "49000"],
        ["Regnskabsopgørelse: Social- og Sundhedsudvalget", "49000"],
        ["Regnskabsopgørelse: Resultat af ordinær driftsvirksomhed", "49000"],
        ["Finansieringsoversigt: Ændring af likvide aktiver", "-49000"],
      ]),
    );
    expect(changes.none).toBe(false);
  });
});
