// Which reports a data directory makes (municipality.yaml: `report:` or `reports:`): the annual report by
// default, today's `report: { title }` as valid as ever, and every mistake in the list found at its place.
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/validate/index.js";
import { COMMITTEE, MUNICIPALITY } from "../support/fixtures.js";
import { at, only } from "../support/problems.js";
import { dataDir } from "../support/scratch.js";

function read(municipality: string) {
  return validateDataDir(dataDir({ "municipality.yaml": municipality, "committees/01-test.yaml": COMMITTEE }));
}

const reports = (municipality: string) => read(municipality).data!.municipality.reports.map((r) => [r.kind, r.id, r.title, r.main]);

describe("the reports of a data directory", () => {
  it("is the annual report, titled Årsrapport <year>, when the file says nothing", () => {
    expect(reports(MUNICIPALITY)).toEqual([["annual", "aarsrapport-2024", "Årsrapport 2024", true]]);
  });

  it("reads today's report: { title } as the annual report with that title", () => {
    expect(reports(`${MUNICIPALITY}report: { title: Regnskab 2024 }\n`)).toEqual([["annual", "regnskab-2024", "Regnskab 2024", true]]);
  });

  it("can be one follow-up alone, which is then the main report (out/site, out/pdf)", () => {
    expect(reports(`${MUNICIPALITY}report: { kind: follow-up, as_of: 2024-08-31, title: Budgetopfølgning 2 2024 }\n`)).toEqual([
      ["follow-up", "budgetopfoelgning-2-2024", "Budgetopfølgning 2 2024", true],
    ]);
  });

  it("makes the annual report the main one wherever it stands in the list; each kind gets its default title", () => {
    const list = `${MUNICIPALITY}reports:\n  - { kind: plan }\n  - { kind: follow-up, as_of: 2024-03-31 }\n  - { kind: annual }\n`;
    expect(reports(list)).toEqual([
      ["annual", "aarsrapport-2024", "Årsrapport 2024", true],
      ["plan", "udmoentningsplan-2024", "Udmøntningsplan 2024", false],
      ["follow-up", "budgetopfoelgning-2024", "Budgetopfølgning 2024", false],
    ]);
  });

  it("reads a display unit per table: t.kr., mio.kr. (one decimal) or three decimals", () => {
    const m = `${MUNICIPALITY}report: { display: { operations: mio.kr., capital: { unit: mio.kr., decimals: 3 }, financing: t.kr. } }\n`;
    expect(read(m).data!.municipality.reports[0]!.display).toEqual({
      operations: { unit: "mio.kr.", decimals: 1 },
      capital: { unit: "mio.kr.", decimals: 3 },
      financing: { unit: "t.kr.", decimals: 0 },
    });
  });
});

describe("mistakes in the reports", () => {
  const problem = (municipality: string, code: string) => only(read(municipality).problems, code);

  it("report and reports both", () => {
    expect(at(problem(`${MUNICIPALITY}report: { title: X }\nreports: [{ kind: plan }]\n`, "report-and-reports"))).toEqual(["municipality.yaml", 5, 1, "error"]);
  });

  it("a kind twice, an id twice, an id the build uses itself", () => {
    expect(at(problem(`${MUNICIPALITY}reports:\n  - { kind: plan }\n  - { kind: plan, id: andet }\n`, "report-kind-twice"))).toEqual(["municipality.yaml", 6, 5, "error"]);
    expect(at(problem(`${MUNICIPALITY}reports:\n  - { kind: annual }\n  - { kind: plan, id: x }\n  - { kind: follow-up, id: x, as_of: 2024-06-30 }\n`, "duplicate-report-id"))).toEqual([
      "municipality.yaml",
      7,
      5,
      "error",
    ]);
    expect(problem(`${MUNICIPALITY}reports:\n  - { kind: annual }\n  - { kind: plan, id: pdf }\n`, "report-id-reserved").message).toContain('"pdf"');
  });

  it("a follow-up without its date, with a date that is none, with a date outside the year", () => {
    expect(at(problem(`${MUNICIPALITY}report: { kind: follow-up }\n`, "as-of-missing"))).toEqual(["municipality.yaml", 4, 9, "error"]);
    expect(at(problem(`${MUNICIPALITY}report: { kind: follow-up, as_of: 2024-02-30 }\n`, "as-of-date"))).toEqual(["municipality.yaml", 4, 35, "error"]);
    expect(problem(`${MUNICIPALITY}report: { kind: follow-up, as_of: 2023-12-31 }\n`, "as-of-year").severity).toBe("error");
    // The last forventet regnskab may come in January of the next year.
    expect(read(`${MUNICIPALITY}report: { kind: follow-up, as_of: 2025-01-31 }\n`).problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("a follow-up's keys on another kind", () => {
    expect(problem(`${MUNICIPALITY}report: { kind: annual, compare_with: bo1 }\n`, "follow-up-only").message).toContain("compare_with");
    expect(problem(`${MUNICIPALITY}report: { as_of: 2024-06-30 }\n`, "follow-up-only").message).toContain("as_of");
  });

  it("a display unit with decimals its unit does not have", () => {
    expect(problem(`${MUNICIPALITY}report: { display: { capital: { unit: t.kr., decimals: 3 } } }\n`, "display-decimals").message).toContain("t.kr. vises i hele tusinder");
    expect(problem(`${MUNICIPALITY}report: { display: { capital: { unit: mio.kr., decimals: 0 } } }\n`, "display-decimals").message).toContain("med én eller tre decimaler");
    expect(only(read(`${MUNICIPALITY}report: { display: { capital: { unit: mio.kr., decimals: 2 } } }\n`).problems, "wrong-form").message).toContain("tre decimaler");
  });

  it("an unknown kind or key, by the schema, with the known ones named", () => {
    expect(only(read(`${MUNICIPALITY}report: { kind: quarterly }\n`).problems, "not-allowed").message).toContain("annual, follow-up, plan");
    expect(only(read(`${MUNICIPALITY}report: { titles: X }\n`).problems, "unknown-key").message).toContain('mente du "title"');
  });
});
