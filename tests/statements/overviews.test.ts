// The other overviews of the worked example of statements.md §13.5, figure by figure: the carry-overs under each
// rule (cap, none, 100 %, free, with an application beyond the rule and a cap of the adopted budget), the
// anlægsregnskab of A100001 and AR-1/AR-2, the personaleoversigt (PO-1) and the key figure it feeds; the
// guarantees' totals per group; the accounting policies as a section of their own.
import { describe, expect, it } from "vitest";
import { amountTablesOf } from "../../src/compute/statements/section-tables.js";
import type { StatementSection } from "../../src/compute/statements/sections.js";
import type { Cell } from "../../src/compute/tables.js";
import { Decimal } from "../../src/core/money.js";
import { validateDataDir } from "../../src/validate/index.js";
import { WORKED } from "../support/fixtures.js";
import { reportOf } from "../support/report.js";
import { editedCopy } from "../support/scratch.js";

type Sections = StatementSection[];
const section = <K extends StatementSection["kind"]>(sections: Sections, kind: K) =>
  sections.find((s): s is Extract<StatementSection, { kind: K }> => s.kind === kind)!;

/** A table's rows: label, then each cell in t.kr. (a text cell as it is, "" for a blank). */
function rowsOf(rows: { label: string; cells: Cell[] }[], factor = 1000): (string | number)[][] {
  const shown = (c: Cell): string | number => (c instanceof Decimal ? c.dividedBy(factor).toNumber() : (c ?? ""));
  return rows.map((r) => [r.label, ...r.cells.map(shown)]);
}

/** The worked example with text replaced in some of its files. */
const worked = (edits: [file: string, from: string, to: string][]): string => editedCopy(WORKED, edits, "worked");

const sectionsOf = (dir: string): Sections => reportOf(dir).statements!.sections;
const carryRows = (dir: string) => rowsOf(section(sectionsOf(dir), "carry-overs").operations.rows);

describe("the worked example's other overviews (statements.md §13.5)", () => {
  const sections = sectionsOf(WORKED);

  it("is still valid, and the overviews stand in BRS 7.2's order", () => {
    expect(validateDataDir(WORKED).problems).toEqual([]);
    expect(sections.map((s) => s.id)).toEqual([
      "noegletal",
      "regnskabsopgorelse",
      "finansieringsoversigt",
      "overfoersler",
      "anlaegsregnskaber",
      "balance",
      "personaleoversigt",
    ]);
  });

  it("overførsler (drift): ±5 % for BU, SS and ØU, none for Beskæftigelse, 100 % for TM — automatic 600, not carried 9.400", () => {
    const { operations } = section(sections, "carry-overs");
    expect(operations.columns).toEqual([
      "Korrigeret budget 2024",
      "Heraf overført fra 2023",
      "Regnskab 2024",
      "Afvigelse (R − KB)",
      "Overførselsadgang",
      "Automatisk overførsel",
      "Ansøgt overførsel",
      "Overført til 2025 i alt",
      "Ikke overført",
    ]);
    expect(carryRows(WORKED)).toEqual([
      ["Børne- og Ungeudvalget", 382000, "", 383000, 1000, "±5 %", -1000, 0, -1000, 0],
      ["Social- og Sundhedsudvalget", 402000, "", 405000, 3000, "±5 %", -3000, 0, -3000, 0],
      ["Beskæftigelsesudvalget", 252000, "", 245000, -7000, "Ingen", 0, 0, 0, 7000],
      ["Teknik- og Miljøudvalget", 42000, "", 41000, -1000, "100 %", 1000, 0, 1000, 0],
      ["Økonomiudvalget", 72000, "", 66000, -6000, "±5 %", 3600, 0, 3600, 2400],
      ["I alt", 1150000, "", 1140000, -10000, "", 600, 0, 600, 9400],
    ]);
  });

  it("overførsler (anlæg): KB 95.000 − R 70.000 = 25.000 unspent; 24.000 carried to 2025, 1.000 lapses", () => {
    const { capital } = section(sections, "carry-overs");
    expect(rowsOf(capital!.rows)).toEqual([
      ["Børne- og Ungeudvalget", 39000, 15000, 30000, 9000, 8000, 1000],
      ["Social- og Sundhedsudvalget", 25000, "", 18000, 7000, 7000, 0],
      ["Teknik- og Miljøudvalget", 31000, "", 22000, 9000, 9000, 0],
      ["I alt", 95000, 15000, 70000, 25000, 24000, 1000],
    ]);
  });

  it("free carries all of it, as 100 % does; the cap binds both ways; an application is carried on top of the rule", () => {
    const dir = worked([
      ["committees/04-teknik-miljo.yaml", "carry_over: { rule: full }", "carry_over: { rule: free }"],
      ["committees/01-born-unge.yaml", 'name: Dagtilbud og skoler\n', 'name: Dagtilbud og skoler\n    carry_over: { rule: cap, percent: 0.1, carried_in: 2000 }\n'],
      ["committees/05-okonomi.yaml", "name: Administration\n", "name: Administration\n    carry_over: { applied: 1500 }\n"],
    ]);
    expect(validateDataDir(dir).problems).toEqual([]);
    expect(carryRows(dir)).toEqual([
      // 0,1 % of 382.000 = 382: the overspend of 1.000 is carried up to 382, the treasury covers 618
      ["Børne- og Ungeudvalget", 382000, 2000, 383000, 1000, "±0,1 %", -382, 0, -382, -618],
      ["Social- og Sundhedsudvalget", 402000, "", 405000, 3000, "±5 %", -3000, 0, -3000, 0],
      ["Beskæftigelsesudvalget", 252000, "", 245000, -7000, "Ingen", 0, 0, 0, 7000],
      ["Teknik- og Miljøudvalget", 42000, "", 41000, -1000, "Fri", 1000, 0, 1000, 0],
      ["Økonomiudvalget", 72000, "", 66000, -6000, "±5 %", 3600, 1500, 5100, 900],
      ["I alt", 1150000, 2000, 1140000, -10000, "", 1218, 1500, 2718, 7282],
    ]);
  });

  it("a cap of the adopted budget (cap_base: adopted): ØU 5 % of 69.000 = 3.450", () => {
    const dir = worked([["statements.yaml", "  percent: 5\n", "  percent: 5\n  cap_base: adopted\n"]]);
    const okonomi = carryRows(dir).find((r) => r[0] === "Økonomiudvalget");
    expect(okonomi).toEqual(["Økonomiudvalget", 72000, "", 66000, -6000, "±5 %", 3450, 0, 3450, 2550]);
  });

  it("anlægsregnskab A100001: bevilling 24.000, regnskab 6.000 + 14.000 + 3.500 = 23.500, afvigelse −500 (AR-1)", () => {
    const accounts = section(sections, "capital-accounts");
    expect(accounts.accounts).toHaveLength(1);
    const { table, takenIntoUse, explanation, committee } = accounts.accounts[0]!;
    expect(table.caption).toBe("Anlægsregnskab A100001 Ny daginstitution Solsikken");
    expect(table.columns).toEqual(["Bevilling", "Regnskab 2022", "Regnskab 2023", "Regnskab 2024", "Regnskab i alt", "Afvigelse"]);
    expect(rowsOf(table.rows)).toEqual([["Udgifter", 24000, 6000, 14000, 3500, 23500, -500]]);
    expect([committee, takenIntoUse, explanation]).toEqual(["Børne- og Ungeudvalget", "1.8.2024", "Udbuddet af legepladsen blev billigere end forudsat."]);
    expect(rowsOf(accounts.summary!.rows)).toEqual([
      ["A100001 Ny daginstitution Solsikken", 24000, 0, 23500, 0, -500],
      ["I alt", 24000, 0, 23500, 0, -500],
    ]);
    expect(accounts.small).toBeUndefined();
  });

  it("AR-2: this year's column over all projects is the regnskabsopgørelse's anlæg, jordforsyning and forsyning anlæg: 70.000 − 15.000 + 8.000", () => {
    const accounts = section(sections, "capital-accounts");
    const result = section(sections, "result").table.rows;
    const actual = (label: string): number => (result.find((r) => r.label === label)!.cells[3] as Decimal).dividedBy(1000).toNumber();
    const rows = actual("Anlægsudgifter (ekskl. forsyningsvirksomhed)") + actual("Jordforsyning") + actual("Forsyningsvirksomheder, anlæg");
    expect(accounts.thisYear.dividedBy(1000).toNumber()).toBe(63000);
    expect(rows).toBe(63000);
  });

  it("a closed project below the threshold is listed with the others; inclusive or not decides a project exactly at it", () => {
    const below = worked([["statements.yaml", "threshold_kr: 2000000", "threshold_kr: 25000000"]]);
    const listed = section(sectionsOf(below), "capital-accounts");
    expect(listed.accounts).toEqual([]);
    expect(rowsOf(listed.small!.rows)).toEqual([["A100001 Ny daginstitution Solsikken", 4000, 3500, -500]]);
    const at = (inclusive: boolean) =>
      worked([["statements.yaml", "threshold_kr: 2000000\n  inclusive: true", `threshold_kr: 24000000\n  inclusive: ${inclusive}`]]);
    expect(section(sectionsOf(at(true)), "capital-accounts").accounts).toHaveLength(1);
    expect(section(sectionsOf(at(false)), "capital-accounts").accounts).toHaveLength(0);
  });

  it("personaleoversigt: one decimal, the change per committee, I alt 1.465,0 → 1.473,5 (PO-1), and the key figure Årsværk", () => {
    const { table } = section(sections, "staff");
    expect(table.columns).toEqual(["Årsværk 2023", "Årsværk 2024", "Ændring"]);
    expect(table.unit).toEqual({ unit: "kr.", decimals: 1 });
    expect(rowsOf(table.rows, 1)).toEqual([
      ["Børne- og Ungeudvalget", 520, 530.5, 10.5],
      ["Social- og Sundhedsudvalget", 610, 605.2, -4.8],
      ["Beskæftigelsesudvalget", 95, 97, 2],
      ["Teknik- og Miljøudvalget", 60, 58.5, -1.5],
      ["Økonomiudvalget", 180, 182.3, 2.3],
      ["I alt", 1465, 1473.5, 8.5],
    ]);
    const keyFigures = section(sections, "key-figures").table.rows.find((r) => r.label === "Årsværk")!;
    expect([keyFigures.unit, keyFigures.decimals, keyFigures.cells.map((c) => c?.toNumber())]).toEqual(["årsværk", 1, [1465, 1473.5]]);
  });

  it("garantier, eventualrettigheder, eventualforpligtelser: a list each with its total per column; regnskabspraksis as text", () => {
    const dir = worked([
      [
        "statements.yaml",
        "staff:",
        [
          "guarantees:",
          "  - { recipient: Boligselskabet A, lender: KommuneKredit, start: 10000, end: 9500, share: 100 }",
          "  - { recipient: Boligselskabet B, lender: Nykredit, start: 4000, end: 3600, share: 50, note: regaranti }",
          "contingent_liabilities:",
          "  - { recipient: Retssag, end: 1200 }",
          "accounting_policies: Regnskabet følger BRS.",
          "staff:",
        ].join("\n"),
      ],
    ]);
    const all = sectionsOf(dir);
    const lists = section(all, "guarantees").lists;
    expect(lists.map((l) => l.anchor)).toEqual(["garantier", "eventualforpligtelser"]);
    expect(rowsOf(lists[0]!.rows)).toEqual([
      ["Boligselskabet A", "KommuneKredit", 10000, 9500, "100 %"],
      ["Boligselskabet B", "Nykredit", 4000, 3600, "50 %"],
      ["I alt", "", 14000, 13100, ""],
    ]);
    expect(lists[0]!.note).toBe("Noter. Boligselskabet B: regaranti");
    expect(rowsOf(lists[1]!.rows)).toEqual([["Retssag", "", "", 1200, ""], ["I alt", "", "", 1200, ""]]);
    const policies = section(all, "policies");
    expect([policies.title, policies.text.markdown]).toEqual(["Anvendt regnskabspraksis", "Regnskabet følger BRS."]);
    expect(all.map((s) => s.id).slice(-4)).toEqual(["regnskabspraksis", "balance", "garantier", "personaleoversigt"]);
    expect(all.flatMap(amountTablesOf).map((t) => t.anchor)).toContain("personaleoversigt");
  });
});
