// The worked example of shared/docs/statements.md §13, reproduced figure by figure from its data directory
// (tests/fixtures/worked-example-2024): the regnskabsopgørelse (13.1), the finansieringsoversigt (13.2), the
// balance (13.3) and the key figures (13.5), as the report model prints them, with no problem found.
import { describe, expect, it } from "vitest";
import type { StatementSection } from "../../src/compute/statements/sections.js";
import type { Cell } from "../../src/compute/tables.js";
import { Decimal } from "../../src/core/money.js";
import { validateDataDir } from "../../src/validate/index.js";
import { WORKED } from "../support/fixtures.js";
import { reportOf } from "../support/report.js";

const report = reportOf(WORKED);
const sections = report.statements!.sections;
const section = <K extends StatementSection["kind"]>(kind: K) => sections.find((s): s is Extract<StatementSection, { kind: K }> => s.kind === kind)!;

/** A table's rows as the statement prints them: label, then each cell in t.kr. ("" for a blank). */
function rowsOf(rows: { label: string; cells: Cell[] }[]): (string | number)[][] {
  const tkr = (c: Cell): string | number => (c instanceof Decimal ? c.dividedBy(1000).toNumber() : (c ?? ""));
  return rows.map((r) => [r.label, ...r.cells.map(tkr)]);
}

describe("the worked example of statements.md §13", () => {
  it("is valid and every identity holds exactly: no problem at all", () => {
    expect(validateDataDir(WORKED).problems).toEqual([]);
  });

  it("has the four statements in the report's order", () => {
    expect(sections.map((s) => s.id)).toEqual(["noegletal", "regnskabsopgorelse", "finansieringsoversigt", "balance"]);
    expect(report.statements!.title).toBe("Årsregnskab 2024");
  });

  it("13.1 regnskabsopgørelse: every row, every column (Regnskab 2023 · OB · KB · R · R − KB)", () => {
    const { table } = section("result");
    expect(table.columns).toEqual(["Regnskab 2023", "Oprindeligt budget 2024", "Korrigeret budget 2024", "Regnskab 2024", "Afvigelse (R − KB)"]);
    expect(table.stub).toBe("Regnskabsopgørelse (1.000 kr.)");
    expect(rowsOf(table.rows)).toEqual([
      ["A. Det skattefinansierede område", "", "", "", "", ""],
      ["Skatter", -960000, -1000000, -1000000, -1000000, 0],
      ["Tilskud og udligning", -195000, -200000, -202000, -200000, 2000],
      ["Indtægter i alt", -1155000, -1200000, -1202000, -1200000, 2000],
      ["Driftsudgifter (ekskl. forsyningsvirksomhed)", 1100000, 1130000, 1150000, 1140000, -10000],
      ["Børne- og Ungeudvalget", "", 376000, 382000, 383000, 1000],
      ["Social- og Sundhedsudvalget", "", 396000, 402000, 405000, 3000],
      ["Beskæftigelsesudvalget", "", 250000, 252000, 245000, -7000],
      ["Teknik- og Miljøudvalget", "", 39000, 42000, 41000, -1000],
      ["Økonomiudvalget", "", 69000, 72000, 66000, -6000],
      ["Renter m.v.", 12000, 11000, 11000, 10000, -1000],
      ["Resultat af ordinær driftsvirksomhed", -43000, -59000, -41000, -50000, -9000],
      ["Anlægsudgifter (ekskl. forsyningsvirksomhed)", 60000, 60000, 95000, 70000, -25000],
      ["Børne- og Ungeudvalget", "", 23000, 39000, 30000, -9000],
      ["Social- og Sundhedsudvalget", "", 15000, 25000, 18000, -7000],
      ["Teknik- og Miljøudvalget", "", 22000, 31000, 22000, -9000],
      ["Jordforsyning", -5000, -10000, -10000, -15000, -5000],
      ["Resultat af det skattefinansierede område", 12000, -9000, 44000, 5000, -39000],
      ["B. Forsyningsvirksomheder", "", "", "", "", ""],
      ["Forsyningsvirksomheder, drift", -2000, -2000, -2000, -3000, -1000],
      ["Forsyningsvirksomheder, anlæg", 4000, 5000, 9000, 8000, -1000],
      ["Resultat af forsyningsvirksomheder", 2000, 3000, 7000, 5000, -2000],
      ["C. Resultat i alt (A + B)", 14000, -6000, 51000, 10000, -41000],
    ]);
    expect(table.rows.filter((r) => r.style === "frame" || r.style === "total").map((r) => r.label)).toEqual([
      "Indtægter i alt",
      "Resultat af ordinær driftsvirksomhed",
      "Resultat af det skattefinansierede område",
      "Resultat af forsyningsvirksomheder",
      "C. Resultat i alt (A + B)",
    ]);
    expect(table.note).toContain("+ = udgift, − = indtægt.");
  });

  it("13.2 finansieringsoversigt: each column sums to zero, ending in the change in liquid assets", () => {
    const { table } = section("financing");
    expect(rowsOf(table.rows)).toEqual([
      ["Resultat i alt (jf. regnskabsopgørelsen)", 14000, -6000, 51000, 10000, -41000],
      ["Optagne lån", -15000, -20000, -20000, -20000, 0],
      ["Afdrag på lån", 24000, 25000, 25000, 25000, 0],
      ["Finansforskydninger", -7000, 0, 0, 3000, 3000],
      ["Ændring af likvide aktiver", -16000, 1000, -56000, -18000, 38000],
    ]);
    const columns = table.rows[0]!.cells.map((_, c) => table.rows.reduce((s, r) => s.plus(r.cells[c] as Decimal), new Decimal(0)));
    expect(columns.map((s) => s.toNumber())).toEqual([0, 0, 0, 0, 0]);
    expect(section("financing").cashChange?.toNumber()).toBe(-18_000_000);
  });

  it("13.3 balance: both dates and the change, subtotals, aktiver = passiver", () => {
    const { table } = section("balance");
    expect(table.columns).toEqual(["31.12.2023", "31.12.2024", "Ændring"]);
    expect(rowsOf(table.rows)).toEqual([
      ["Aktiver", "", "", ""],
      ["Materielle anlægsaktiver", 1500000, 1505000, 5000],
      ["Immaterielle anlægsaktiver", 5000, 5000, 0],
      ["Finansielle anlægsaktiver", 300000, 300000, 0],
      ["Anlægsaktiver i alt", 1805000, 1810000, 5000],
      ["Varebeholdninger", 1000, 1000, 0],
      ["Fysiske anlæg til salg", 20000, 16000, -4000],
      ["Tilgodehavender", 120000, 125000, 5000],
      ["Værdipapirer", 10000, 10000, 0],
      ["Likvide beholdninger", 150000, 133000, -17000],
      ["Omsætningsaktiver i alt", 301000, 285000, -16000],
      ["Aktiver i alt", 2106000, 2095000, -11000],
      ["Passiver", "", "", ""],
      ["Egenkapital", 1320000, 1308000, -12000],
      ["Hensatte forpligtelser", 200000, 204000, 4000],
      ["Langfristede gældsforpligtelser", 400000, 395000, -5000],
      ["heraf ældreboliger", "", 60000, ""],
      ["Nettogæld vedrørende fonds, legater, deposita m.v.", 6000, 6000, 0],
      ["Kortfristede gældsforpligtelser", 180000, 182000, 2000],
      ["Gældsforpligtelser i alt", 586000, 583000, -3000],
      ["Passiver i alt", 2106000, 2095000, -11000],
    ]);
  });

  it("13.5 key figures: population, tax rate, surplus, liquid assets, liquidity and debt per citizen (÷ 18.000), equity", () => {
    const { table } = section("key-figures");
    const rows = table.rows.map((r) => [r.label, r.unit, ...r.cells.map((c) => c?.toString() ?? "")]);
    expect(rows).toEqual([
      ["Indbyggere pr. 1.1.2024", "antal", "", "17900"],
      ["Indbyggere pr. 31.12.2024", "antal", "", "18000"],
      ["Udskrivningsprocent", "%", "", "25"],
      ["Overskud (+) / underskud (−) af ordinær driftsvirksomhed", "1.000 kr.", "43000000", "50000000"],
      ["Likvide aktiver ultimo", "1.000 kr.", "150000000", "133000000"],
      ["Likviditet efter kassekreditreglen (gennemsnit)", "1.000 kr.", "", "140000000"],
      ["Likviditet efter kassekreditreglen pr. indbygger", "kr.", "", "7778"],
      ["Langfristet gæld ultimo", "1.000 kr.", "400000000", "395000000"],
      ["heraf ældreboliger", "1.000 kr.", "", "60000000"],
      ["Langfristet gæld pr. indbygger", "kr.", "", "21944"],
      ["Egenkapital ultimo", "1.000 kr.", "1320000000", "1308000000"],
    ]);
    expect(table.rows.find((r) => r.label === "Udskrivningsprocent")!.decimals).toBe(1);
    expect(table.note).toBe("Beløb pr. indbygger er divideret med 18.000 indbyggere pr. 31.12.2024 og vist i hele kroner.");
  });

  it("says in words what the signs mean (derived when rendering, never stored)", () => {
    const result = section("result");
    expect([result.ordinaryResult, result.result, result.operationsVariance].map((v) => v?.toNumber())).toEqual([-50_000_000, 10_000_000, -10_000_000]);
  });
});
