// Laid out as a real report: each table's display unit chosen in the data (t.kr., or mio. kr. with one or
// three decimals; the figures stay exact and a printed total is the rounded exact sum), front sections before
// or after the main results, the prior year's actual in Tabel 1 and the summaries when the data give it, and
// the annual report's Tabel 2 with every initiative when the data ask for it.
import { describe, expect, it } from "vitest";
import { renderCsvTables } from "../../src/export/csv.js";
import { COMMITTEE } from "../support/fixtures.js";
import { dataDir } from "../support/scratch.js";
import { printed, reportsOf, textOf } from "./helpers.js";

/** Amounts in kroner, so that three decimals of a million show what rounding does. */
const IN_KRONER = `id: anlaeg
committee: Anlægsudvalget
order: 1
unit: kr.
display: { capital: { unit: mio.kr., decimals: 3 } }
frames:
  - { number: "10.01", name: Ramme, service: inside, lines: [{ name: Linje, adopted: 1000000, adjusted: 1000000, actual: 1250400 }] }
capital:
  - { id: A000001, name: Skole, budget: 1234400, adjusted: 1234400, actual: 1234400 }
  - { id: A000002, name: Hal, budget: 1234400, adjusted: 1234400, actual: 1234400 }
`;

describe("display units", async () => {
  const municipality = "name: Testkommune\nyear: 2024\nreport: { display: { operations: mio.kr. } }\n";
  const { annual, files } = await reportsOf(dataDir({ "municipality.yaml": municipality, "committees/01-anlaeg.yaml": IN_KRONER }));
  const capital = annual!.committees[0]!.capital!.table;

  it("shows a table in mio. kr. with three decimals; its total is the exact sum rounded, not the sum of rounded rows", () => {
    expect(capital.stub).toBe("Anlægsvirksomhed (mio. kr.)");
    expect(capital.unit).toEqual({ unit: "mio.kr.", decimals: 3 });
    expect(printed(capital.rows[1]!, capital)).toEqual(["1,234", "1,234", "1,234", ""]);
    expect(printed(capital.rows[2]!, capital)).toEqual(["1,234", "1,234", "1,234", ""]);
    // 2 × 1,2344 = 2,4688 → 2,469 (the printed rows add up to 2,468).
    expect(printed(capital.rows[0]!, capital)).toEqual(["2,469", "2,469", "2,469", ""]);
    expect(textOf(files.get("anlaeg.html")!)).toContain("Anlægsvirksomhed (mio. kr.) Budget 2024 Korrigeret budget 2024 Regnskab 2024 Forventede overførsler Årets resultat 2,469 2,469 2,469");
  });

  it("keeps the figures exact: the CSV file has every krone, in the table's unit", () => {
    const csv = renderCsvTables(annual!).find((f) => f.path === "anlaeg-tabel-2.csv")!.content as string;
    expect(csv.split("\r\n")[1]).toBe("Årets resultat;2,4688;2,4688;2,4688;");
  });

  it("takes the report's unit where the committee chooses none, with one decimal for mio. kr.", () => {
    const operations = annual!.committees[0]!.operations.table;
    expect(operations.stub).toBe("Driftsvirksomhed (mio. kr.)");
    expect(printed(operations.rows.at(-1)!, operations)).toEqual(["1,0", "1,0", "1,3", "0,3"]);
    expect(annual!.main.operations.unit).toEqual({ unit: "mio.kr.", decimals: 1 });
    expect(annual!.main.capital.unit).toEqual({ unit: "t.kr.", decimals: 0 });
  });
});

describe("front sections placed before or after the main results", async () => {
  const municipality = `name: Testkommune
year: 2024
sections:
  - { title: Indledning, body: Først. }
  - { title: Årets gang, body: Efter boksen., placement: after }
  - { title: Udgangspunktet, body: Også før. }
`;
  const { annual, files } = await reportsOf(dataDir({ "municipality.yaml": municipality, "committees/01-test.yaml": COMMITTEE }));

  it("keeps the sections before in their order, and puts the others after the main results, in the page and its contents", () => {
    expect(annual!.front.map((s) => [s.title, s.anchor])).toEqual([["Indledning", "afsnit-0"], ["Udgangspunktet", "afsnit-2"]]);
    expect(annual!.frontAfter.map((s) => [s.title, s.anchor])).toEqual([["Årets gang", "afsnit-1"]]);
    const page = files.get("index.html")!;
    const order = ["afsnit-0-titel", "afsnit-2-titel", "hovedresultater-titel", "afsnit-1-titel", "test-titel"].map((id) => page.indexOf(`id="${id}"`));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    const contents = page.slice(page.indexOf('<nav class="contents"'), page.indexOf("</nav>", page.indexOf('<nav class="contents"')));
    expect(textOf(contents)).toBe("Indhold Indledning Udgangspunktet Regnskab 2024 – Hovedresultater Årets gang Testudvalget (udkast)");
  });
});

describe("the prior year's actual", async () => {
  const withPrior = COMMITTEE.replace("{ name: Linje A, adopted: 100", "{ name: Linje A, prior_actual: 90, adopted: 100");
  const municipality = "name: Testkommune\nyear: 2024\nreports:\n  - { kind: annual }\n  - { kind: follow-up, as_of: 2024-08-31 }\n";
  const { annual, followUp } = await reportsOf(dataDir({ "municipality.yaml": municipality, "committees/01-test.yaml": withPrior }));

  it("is a column Regnskab <year − 1> first in Tabel 1 and the summaries of the annual report when the data give it", () => {
    const table = annual!.committees[0]!.operations.table;
    expect(table.columns).toEqual(["Regnskab 2023", "Vedtaget budget 2024 (1)", "Korrigeret budget 2024 (2)", "Regnskab 2024 (3)", "Resultat (3)-(2)=(4)"]);
    expect(printed(table.rows.find((r) => r.label === "Linje A")!)).toEqual(["90", "100", "120", "130", "10"]);
    expect(printed(table.rows.find((r) => r.label === "Linje B")!)[0]).toBe("");
    expect(annual!.main.operations.columns[0]).toBe("Regnskab 2023");
    expect(printed(annual!.main.operations.rows[0]!)[0]).toBe("90");
  });

  it("is not in a follow-up's tables", () => {
    expect(followUp!.committees[0]!.operations.table.columns[0]).toBe("Vedtaget budget 2024 (1)");
  });

  it("is not in the annual report when no committee gives it", async () => {
    const { annual: plain } = await reportsOf(dataDir({ "committees/01-test.yaml": COMMITTEE }));
    expect(plain!.committees[0]!.operations.table.columns[0]).toBe("Vedtaget budget 2024 (1)");
  });
});

describe("every initiative in the annual report's Tabel 2, when the data ask for it", async () => {
  const body = COMMITTEE.replace("initiatives:\n", "initiatives:\n  - { nr: \"0.\", topic: Færdig, status: completed }\n");
  const all = await reportsOf(dataDir({ "municipality.yaml": "name: Testkommune\nyear: 2024\nreport: { initiatives: all }\n", "committees/01-test.yaml": body }));
  const outstanding = await reportsOf(dataDir({ "committees/01-test.yaml": body }));

  it("lists the completed ones too, marked as such, under a caption that says all", () => {
    const model = all.annual!.committees[0]!.initiatives;
    expect(model.shown.map((i) => `${i.topic}: ${i.statusLabel}`)).toEqual(["Færdig: Gennemført", "Emne: Forsinket"]);
    expect(model.table!.caption).toBe("Status på indsatser i Aftale om budget 2024 på Testudvalgets område");
    expect(all.files.get("test.html")).toContain('<strong class="status status-completed">Gennemført</strong>');
  });

  it("lists only those not completed by default", () => {
    expect(outstanding.annual!.committees[0]!.initiatives.shown.map((i) => i.topic)).toEqual(["Emne"]);
    expect(outstanding.annual!.committees[0]!.initiatives.table!.caption).toContain("som ikke er gennemført");
  });
});
