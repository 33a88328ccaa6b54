// The economic strategy through the year: a target whose period is still running shows its realised part and,
// where the data give one (the period's budget years), its expected end result, with the verdict "Forventes
// overholdt" rather than a premature "Ikke overholdt"; a verdict is final only when the period has ended.
// A follow-up judges every target on expected results.
import { describe, expect, it } from "vitest";
import { VALID_BODY, committee } from "../support/fixtures.js";
import { dataDir } from "../support/scratch.js";
import { reportsOf, textOf } from "./helpers.js";

const debt = (year: number, years: string, target = 100000, reports = "") => `name: Testkommune
year: ${year}
${reports}strategy:
  targets:
    - id: gaeld
      kind: debt-reduction
      label: Gælden nedbringes med 100 mio. kr. i valgperioden
      rule: at-least
      target: ${target}
      period: { from: 2022, to: 2025 }
      debt:
${years}`;
const years = (entries: [number, number][]): string => entries.map(([y, total]) => `        - { year: ${y}, total: ${total} }\n`).join("");

async function box(municipality: string) {
  const { annual, followUp, files } = await reportsOf(dataDir({ "municipality.yaml": municipality, "committees/01-test.yaml": committee(VALID_BODY) }));
  return { annual: annual?.main.strategy, followUp: followUp?.main.strategy, annualReport: annual, files };
}

const rows = (t: { rows: { label?: string; result?: { toString(): string }; status: string }[] }) => t.rows.map((r) => [r.label, r.result?.toString(), r.status]);

describe("a debt reduction over an election period that is still running", () => {
  it("with the expected debt at the period's end: the realised part, and the verdict on the expected end", async () => {
    const { annual, files } = await box(debt(2024, years([[2021, 327600], [2024, 224100], [2025, 240000]])));
    const target = annual!.targets[0]!;
    expect(rows(target)).toEqual([
      ["Realiseret 2022–2024", "103500000", "partial"],
      ["Forventet 2022–2025", "87600000", "expected-not-met"],
    ]);
    expect(target.status).toBe("expected-not-met");
    const text = textOf(files.get("index.html")!);
    expect(text).toContain("Realiseret 2022–2024 100,0 103,5 3,5 … Foreløbigt resultat");
    expect(text).toContain("Forventet 2022–2025 100,0 87,6 -12,4 Forventes ikke overholdt");
    expect(text).toContain("Den forventede gæld ved udgangen af 2025 er 240,0 mio. kr.");
    expect(files.get("index.html")).toContain('href="kinds.css"');
  });

  it("expected to be met when the expected end reaches the target", async () => {
    const { annual } = await box(debt(2024, years([[2021, 327600], [2024, 260000], [2025, 220000]])));
    expect(rows(annual!.targets[0]!).map((r) => r[2])).toEqual(["partial", "expected-met"]);
  });

  it("without an expected end: not reached so far is pending, never a premature 'Ikke overholdt'", async () => {
    const { annual } = await box(debt(2024, years([[2021, 327600], [2024, 260000]])));
    expect(rows(annual!.targets[0]!)).toEqual([[undefined, "67600000", "pending"]]);
  });

  it("without an expected end: reached so far is met, as before", async () => {
    const { annual, files } = await box(debt(2024, years([[2021, 327600], [2024, 224100]])));
    expect(rows(annual!.targets[0]!)).toEqual([[undefined, "103500000", "met"]]);
    expect(files.get("index.html")).not.toContain("kinds.css");
  });

  it("once the period has ended, the verdict is final", async () => {
    const { annual } = await box(debt(2025, years([[2021, 327600], [2025, 240000]])));
    expect(rows(annual!.targets[0]!)).toEqual([[undefined, "87600000", "not-met"]]);
  });

  it("marks the budget year's debt as expected in the chart", async () => {
    const { annualReport } = await box(debt(2024, years([[2021, 327600], [2024, 224100], [2025, 240000]])));
    const chart = annualReport!.main.charts.find((c) => c.id === "graf-gaeld")!;
    expect(chart.table.rows.map((r) => r.label)).toEqual(["2021", "2024", "2025 (forventet)"]);
  });

  it("in a follow-up, is one row: the expected end result, judged as expected", async () => {
    const reports = "reports:\n  - { kind: annual }\n  - { kind: follow-up, as_of: 2024-08-31 }\n";
    const { followUp } = await box(debt(2024, years([[2021, 327600], [2024, 224100], [2025, 240000]]), 100000, reports));
    expect(rows(followUp!.targets[0]!)).toEqual([[undefined, "87600000", "expected-not-met"]]);
  });
});

describe("an average over years of which some are still budget years", () => {
  const average = `name: Testkommune
year: 2024
strategy:
  targets:
    - id: overskud
      kind: average-surplus
      label: Gennemsnitligt overskud på mindst 225 mio. kr.
      rule: at-least
      target: 225000
      years:
        - { year: 2022, surplus: 248300 }
        - { year: 2023, surplus: 231900 }
        - { year: 2024, surplus: 262100 }
        - { year: 2025, surplus: 150000 }
`;

  it("shows the realised average and the expected average of the whole period, with the verdict on the latter", async () => {
    const { annual, files } = await box(average);
    const target = annual!.targets[0]!;
    expect(target.rows.map((r) => [r.label, r.result!.dividedBy(1000).toFixed(2), r.status])).toEqual([
      ["Realiseret 2022–2024", "247433.33", "partial"],
      ["Forventet 2022–2025", "223075.00", "expected-not-met"],
    ]);
    expect(textOf(files.get("index.html")!)).toContain("Målet gælder 2022–2025: resultatet for 2022–2024 er realiseret");
  });

  it("is final, as before, when every year is realised", async () => {
    const { annual } = await box(average.replace("        - { year: 2025, surplus: 150000 }\n", ""));
    expect(annual!.targets[0]!.rows.map((r) => [r.label, r.status])).toEqual([[undefined, "met"]]);
  });
});
