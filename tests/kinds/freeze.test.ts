// `aarsrapport freeze NAME` keeps the committees' figures as a snapshot in the data directory (plain YAML to
// review), and a follow-up that compares with it prints "Ændring siden <label>" in its tables and a list of
// the changes per committee.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { validateDataDir } from "../../src/validate/index.js";
import { runCli } from "../support/cli.js";
import { at, only } from "../support/problems.js";
import { dataDir } from "../support/scratch.js";
import { FOLLOW_UP_COMMITTEE, printed, reportsOf, textOf } from "./helpers.js";

const MUNICIPALITY = `# yaml-language-server: $schema=../schema/municipality.schema.json
name: Testkommune
year: 2024
reports:
  - { kind: annual }
  - { kind: follow-up, title: Budgetopfølgning 1 2024, as_of: 2024-03-31 }
`;
const WITH_TEXT = `${FOLLOW_UP_COMMITTEE.replace("status: approved\n", "status: approved\nsections:\n  report: Udvalget har holdt 3 møder.\n")}`;

describe("aarsrapport freeze", { timeout: 120_000 }, () => {
  const dir = dataDir({ "municipality.yaml": MUNICIPALITY, "committees/01-test.yaml": WITH_TEXT });

  it("keeps every committee file's figures, without its texts, and a description of the snapshot", () => {
    const r = runCli(["freeze", "bo1", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 udvalgsfil er frosset som snapshots/bo1/ ("Budgetopfølgning 1 2024")');
    expect(runCli(["freeze", "bo1", dir, "--lang", "en"]).stderr).toContain("snapshots/bo1 exists already");
    expect(readdirSync(join(dir, "snapshots/bo1/committees"))).toEqual(["01-test.yaml"]);
    const description = readFileSync(join(dir, "snapshots/bo1/snapshot.yaml"), "utf8");
    expect(description.split("\n")[0]).toBe("# yaml-language-server: $schema=../../../schema/snapshot.schema.json");
    expect(parse(description)).toEqual({ name: "bo1", label: "Budgetopfølgning 1 2024", as_of: "2024-03-31" });
    const frozen = parse(readFileSync(join(dir, "snapshots/bo1/committees/01-test.yaml"), "utf8"));
    const { sections: _, ...figures } = parse(WITH_TEXT);
    expect(frozen).toEqual(figures);
  });

  it("never overwrites a snapshot unless told to, and refuses a name that is no file name", () => {
    const again = runCli(["freeze", "bo1", dir, "--label", "1. budgetopfølgning"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("snapshots/bo1 findes allerede");
    const forced = runCli(["freeze", "bo1", dir, "--label", "1. budgetopfølgning", "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(parse(readFileSync(join(dir, "snapshots/bo1/snapshot.yaml"), "utf8")).label).toBe("1. budgetopfølgning");
    expect(readdirSync(join(dir, "snapshots")).filter((f) => f.startsWith("."))).toEqual([]);
    expect(runCli(["freeze", "BO 1", dir]).code).toBe(2);
  });

  it("freezes nothing from data with errors", () => {
    const broken = dataDir({ "municipality.yaml": MUNICIPALITY, "committees/01-test.yaml": WITH_TEXT.replace("adopted: 100", "adopted: 1.5") });
    const r = runCli(["freeze", "bo1", broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("intet er frosset");
    expect(existsSync(join(broken, "snapshots"))).toBe(false);
  });

  describe("a follow-up that compares with the snapshot", () => {
    let reports: Awaited<ReturnType<typeof reportsOf>>;
    let committee: NonNullable<(typeof reports)["followUp"]>["committees"][number];
    beforeAll(async () => {
      // The second follow-up: Linje A's expected figure moved, Linje B is gone, Linje C is new, the project moved.
      const now = WITH_TEXT.replace("expected: 125", "expected: 140")
        .replace(/ {6}- \{ name: Linje B[^\n]*\n/, "      - { name: Linje C, adopted: 0, adjusted: 10, expected: 12 }\n")
        .replace("expected: 18", "expected: 20");
      writeFileSync(join(dir, "committees/01-test.yaml"), now);
      writeFileSync(
        join(dir, "municipality.yaml"),
        MUNICIPALITY.replace("title: Budgetopfølgning 1 2024, as_of: 2024-03-31", "title: Budgetopfølgning 2 2024, as_of: 2024-08-31, compare_with: bo1"),
      );
      reports = await reportsOf(dir);
      committee = reports.followUp!.committees[0]!;
    });

    it("prints the change of the expected figure since then on every row, new rows from blank", () => {
      const table = committee.operations.table;
      expect(table.columns.at(-1)).toBe("Ændring siden 1. budgetopfølgning");
      const change = (label: string) => printed(table.rows.find((r) => r.label === label)!, table).at(-1);
      expect(change("Linje A")).toBe("15");
      expect(change("Linje C")).toBe("12");
      // 140 + 12 now against 125 + 45 then: the gone line counts in the frame and the total.
      expect(change("10.01 Ramme")).toBe("-18");
      expect(change("Årets resultat")).toBe("-18");
      expect(printed(committee.capital!.table.rows[1]!, committee.capital!.table).at(-1)).toBe("2");
      const summary = reports.followUp!.main.operations;
      expect(summary.columns.at(-1)).toBe("Ændring siden 1. budgetopfølgning");
      expect(printed(summary.rows[0]!, summary).at(-1)).toBe("-18");
    });

    it("lists the changes of the committee: changed, new and gone, each then, now and the change", () => {
      const table = committee.changes!.table;
      expect(committee.changes!.heading).toBe("Ændringer siden 1. budgetopfølgning");
      expect(table.caption).toBe("Ændringer i forventet regnskab siden 1. budgetopfølgning på Testudvalgets område");
      expect(table.rows.map((r) => [r.label, ...printed(r, table)])).toEqual([
        ["10.01 Ramme: Linje A", "125", "140", "15"],
        ["10.01 Ramme: Linje C", "", "12", "12"],
        ["A000001 Projekt", "18", "20", "2"],
        ["10.01 Ramme: Linje B (udgået)", "45", "", "-45"],
      ]);
      expect(textOf(reports.files.get("budgetopfoelgning-2-2024/test.html")!)).toMatch(/Ændringer siden 1. budgetopfølgning Tabel 3. Ændringer i forventet regnskab siden 1. budgetopfølgning på Testudvalgets område .* Linje C 12 12/);
    });

    it("changes nothing in the annual report", () => {
      expect(reports.annual!.committees[0]!.operations.table.columns).toEqual(["Vedtaget budget 2024 (1)", "Korrigeret budget 2024 (2)", "Regnskab 2024 (3)", "Resultat (3)-(2)=(4)"]);
      expect(reports.annual!.committees[0]!.changes).toBeUndefined();
    });
  });

  it("names a snapshot that is not there at compare_with", () => {
    const missing = MUNICIPALITY.replace("as_of: 2024-03-31", "as_of: 2024-03-31, compare_with: bo9");
    const p = only(validateDataDir(dataDir({ "municipality.yaml": missing, "committees/01-test.yaml": WITH_TEXT })).problems, "snapshot-missing");
    expect(at(p)).toEqual(["municipality.yaml", 6, 89, "error"]);
    expect(p.message).toContain('aarsrapport freeze bo9');
  });
});
