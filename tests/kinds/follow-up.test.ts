// A budget follow-up (kind: follow-up) from the same committee files as the annual report: column (3) is the
// expected figure (forventet regnskab), (4) = expected − (2), forbrug pr. dato with its share of (2); its
// captions, sentences, strategy verdicts and file names follow the kind, and its declared totals are
// reconciled as the annual ones are.
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/validate/index.js";
import { at, only } from "../support/problems.js";
import { dataDir } from "../support/scratch.js";
import { FOLLOW_UP_COMMITTEE, FOLLOW_UP_MUNICIPALITY, printed, reportsOf, textOf } from "./helpers.js";

const DIR = dataDir({ "municipality.yaml": FOLLOW_UP_MUNICIPALITY, "committees/01-test.yaml": FOLLOW_UP_COMMITTEE });

describe("a follow-up's Tabel 1", async () => {
  const { annual, followUp } = await reportsOf(DIR);
  const table = followUp!.committees[0]!.operations.table;

  it("has the follow-up's columns: (1), (2), forbrug pr. dato with its share of (2), (3) = forventet regnskab, (4)", () => {
    expect(table.columns).toEqual([
      "Vedtaget budget 2024 (1)",
      "Korrigeret budget 2024 (2)",
      "Forbrug pr. 31.08.2024",
      "Forbrug i pct. af (2)",
      "Forventet regnskab 2024 (3)",
      "Resultat (3)-(2)=(4)",
    ]);
    expect(table.formats).toEqual(["amount", "amount", "amount", "percent", "amount", "amount"]);
  });

  it("computes (4) = expected − (2) on every row and the share of (2) from exact figures", () => {
    const line = (label: string) => printed(table.rows.find((r) => r.label === label)!, table);
    expect(line("Linje A")).toEqual(["100", "120", "60", "50,0", "125", "5"]);
    expect(line("Linje B")).toEqual(["50", "50", "20", "40,0", "45", "-5"]);
    expect(line("Årets resultat")).toEqual(["150", "170", "80", "47,1", "170", "0"]);
    // 80 / 170 = 47,0588…%: printed with one decimal, exact in the model.
    expect(table.rows[0]!.cells[3]!.toString()).toMatch(/^47\.0588235294/);
  });

  it("names the table and the capital table as a follow-up, with the date", () => {
    expect(table.caption).toBe("Testudvalgets driftsudgifter i 2024 fordelt på bevillingsrammer og indsatsområder – forventet regnskab pr. 31.08.2024");
    const capital = followUp!.committees[0]!.capital!.table;
    expect(capital.caption).toBe("Anlægsvirksomhed på Testudvalgets område – forventet regnskab 2024 pr. 31.08.2024");
    expect(capital.columns).toEqual(["Budget 2024", "Korrigeret budget 2024", "Forbrug pr. 31.08.2024", "Forbrug i pct. af korrigeret budget", "Forventet regnskab 2024", "Forventet afvigelse"]);
    expect(printed(capital.rows[1]!, capital)).toEqual(["10", "20", "4", "20,0", "18", "-2"]);
    expect(capital.note).toBeUndefined();
  });

  it("leaves the annual report's columns, captions and sentences as they are", () => {
    const annualTable = annual!.committees[0]!.operations.table;
    expect(annualTable.columns).toEqual(["Vedtaget budget 2024 (1)", "Korrigeret budget 2024 (2)", "Regnskab 2024 (3)", "Resultat (3)-(2)=(4)"]);
    expect(printed(annualTable.rows.find((r) => r.label === "Linje A")!)).toEqual(["100", "120", "130", "10"]);
    expect(annualTable.formats).toBeUndefined();
    expect(annual!.committees[0]!.operations.sentence).toContain("Forbruget i året har været på 0,2 mio. kr.");
  });

  it("says in its sentence what is spent and what is expected", () => {
    expect(followUp!.committees[0]!.operations.sentence).toBe(
      "Udvalget havde ved budgetvedtagelsen et oprindeligt budget på 0,2 mio. kr. Med overførsler fra tidligere år, tillægsbevillinger og omplaceringer er det korrigerede budget på 0,2 mio. kr. " +
        "Forbruget pr. 31.08.2024 er 0,1 mio. kr., svarende til 47,1 % af det korrigerede budget. Det forventede regnskab er på 0,2 mio. kr., og dermed forventes budgettet overholdt.",
    );
    expect(followUp!.committees[0]!.capital!.sentence).toContain("Der forventes nettoanlægsudgifter på i alt 0,0 mio. kr.");
  });

  it("prints the share with a per cent sign, and its head as the main results' heading", async () => {
    const { files } = await reportsOf(DIR);
    const page = textOf(files.get("budgetopfoelgning-2-2024/index.html")!);
    expect(page).toContain("Forventet regnskab 2024 – Hovedresultater");
    expect(page).toContain("Linje A 100 120 60 50,0 % 125 5");
    expect(textOf(files.get("index.html")!)).toContain("Regnskab 2024 – Hovedresultater");
  });
});

describe("a follow-up without forbrug pr. dato", async () => {
  const body = FOLLOW_UP_COMMITTEE.replace(/, spent: \d+/g, "");
  const { followUp } = await reportsOf(dataDir({ "municipality.yaml": FOLLOW_UP_MUNICIPALITY, "committees/01-test.yaml": body }));
  it("has no forbrug columns and no forbrug in its sentence", () => {
    expect(followUp!.committees[0]!.operations.table.columns).toEqual(["Vedtaget budget 2024 (1)", "Korrigeret budget 2024 (2)", "Forventet regnskab 2024 (3)", "Resultat (3)-(2)=(4)"]);
    expect(followUp!.committees[0]!.operations.sentence).not.toContain("Forbruget pr.");
  });
});

describe("a follow-up's declared totals", () => {
  const withTotals = (expected: number, spent: number): string =>
    `${FOLLOW_UP_COMMITTEE.replace("capital:", `totals: { expected: ${expected}, spent: ${spent} }\ncapital:`)}`;
  const problems = (expected: number, spent: number) =>
    validateDataDir(dataDir({ "municipality.yaml": FOLLOW_UP_MUNICIPALITY, "committees/01-test.yaml": withTotals(expected, spent) })).problems;

  it("are reconciled like the annual ones: exact is nothing, within rounding a warning, beyond it an error at the figure", () => {
    expect(problems(170, 80).filter((p) => p.code !== "expected-missing")).toEqual([]);
    const rounding = only(problems(171, 80), "rounding-difference");
    expect(at(rounding)).toEqual(["committees/01-test.yaml", 12, 21, "warning"]);
    expect(rounding.message).toContain("forventet regnskab: angivet 171, men subtotalerne inden for og uden for servicerammen giver 170");
    const wrong = only(problems(170, 95), "total-mismatch");
    expect(at(wrong)).toEqual(["committees/01-test.yaml", 12, 33, "error"]);
    expect(wrong.message).toContain("forbrug pr. dato: angivet 95");
  });

  it("print the declared figure where it agrees within rounding, as the annual report does", async () => {
    const { followUp } = await reportsOf(dataDir({ "municipality.yaml": FOLLOW_UP_MUNICIPALITY, "committees/01-test.yaml": withTotals(171, 80) }));
    expect(printed(followUp!.committees[0]!.operations.table.rows[0]!)[4]).toBe("171");
  });
});

describe("the strategy judged on expected results", async () => {
  const municipality = `${FOLLOW_UP_MUNICIPALITY}strategy:
  targets:
    - { id: service, kind: service-frame, label: Servicerammen overholdes, rule: at-most, target: 160 }
    - { id: extra, kind: declared, label: Et mål, rule: at-least, target: 10, result: 5 }
`;
  const { annual, followUp } = await reportsOf(dataDir({ "municipality.yaml": municipality, "committees/01-test.yaml": FOLLOW_UP_COMMITTEE }));

  it("sums the committees' expected spending inside the service frame, and words every verdict as expected", () => {
    const box = followUp!.main.strategy!;
    expect(box.caption).toBe("Forventet overholdelse af den økonomiske strategi 2024");
    expect(box.resultHead).toBe("Forventet resultat");
    expect(box.targets.map((t) => [t.id, t.rows[0]!.result?.toString(), t.status])).toEqual([
      ["service", "170000", "expected-not-met"],
      ["extra", "5000", "expected-not-met"],
    ]);
    expect(box.targets[0]!.serviceFrame!.basis).toBe("forventede regnskab");
  });

  it("leaves the annual report's verdicts final and on the actuals", () => {
    expect(annual!.main.strategy!.targets.map((t) => [t.id, t.rows[0]!.result?.toString(), t.status])).toEqual([
      ["service", "170000", "not-met"],
      ["extra", "5000", "not-met"],
    ]);
  });

  it("prints the verdicts in words with a mark", async () => {
    const { files } = await reportsOf(dataDir({ "municipality.yaml": municipality, "committees/01-test.yaml": FOLLOW_UP_COMMITTEE }));
    const page = files.get("budgetopfoelgning-2-2024/index.html")!;
    expect(page).toMatch(/status-expected-not-met"><svg[^>]*aria-hidden="true"[\s\S]*?<\/svg> Forventes ikke overholdt/);
    expect(page).toContain('href="kinds.css"');
    expect(files.get("index.html")).not.toContain("kinds.css");
  });
});
