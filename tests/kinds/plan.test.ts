// The implementation plan (kind: plan): every initiative of the budget agreement across the committees,
// grouped by theme and type, with its committee, deadline, amounts per year and status in a mark and words —
// completed ones included — and an initiative's amount checked against the capital project that carries it.
import { describe, expect, it } from "vitest";
import { reportGrids } from "../../src/export/tables.js";
import { validateDataDir } from "../../src/validate/index.js";
import { at, only } from "../support/problems.js";
import { dataDir } from "../support/scratch.js";
import { reportsOf, textOf } from "./helpers.js";

const MUNICIPALITY = "name: Testkommune\nyear: 2024\nreports:\n  - { kind: annual }\n  - { kind: plan, title: Udmøntningsplan 2024 }\n";

const KLIMA = `id: klima
committee: Klimaudvalget
order: 1
status: approved
initiatives:
  - { nr: "4.1.", topic: Træer, description: Borgere planter træer., status: delayed, note: Arealet er fredet., theme: Klima, type: operations, deadline: 2025, amounts: { 2024: 400, 2025: 400 } }
  - { nr: "4.3.", topic: Lygter, status: in-progress, theme: Klima, type: capital, deadline: 2025-06-30, amounts: { 2024: 7500, 2025: 15000 }, project: A000001 }
  - { nr: "4.4.", topic: Trafik, status: completed, theme: By, type: intent, deadline: 2. kvartal 2024 }
capital:
  - { id: A000001, name: Vejbelysning, budget: 7500, adjusted: 7500 }
`;
const SKOLE = `id: skole
committee: Skoleudvalget
order: 2
initiatives:
  - { nr: "2.1.", topic: Pædagoger, status: completed, theme: Klima, type: operations, amounts: { 2024: 6000 } }
  - { nr: "2.2.", topic: Uden tema, status: not-started }
`;

describe("the implementation plan", async () => {
  const { plan, files } = await reportsOf(dataDir({ "municipality.yaml": MUNICIPALITY, "committees/01-klima.yaml": KLIMA, "committees/02-skole.yaml": SKOLE }));

  it("groups every initiative by theme (in the order they appear), then by type, completed ones included", () => {
    expect(plan!.plan.themes.map((t) => [t.title, t.total, t.table.groups.map((g) => [g.label, g.rows.map((r) => `${r.nr} ${r.topic}`)])])).toEqual([
      ["Klima", 3, [["Drift", ["4.1. Træer", "2.1. Pædagoger"]], ["Anlæg", ["4.3. Lygter"]]]],
      ["By", 1, [["Hensigtserklæringer", ["4.4. Trafik"]]]],
      ["Skoleudvalget", 1, [["Øvrige", ["2.2. Uden tema"]]]],
    ]);
    expect(plan!.plan.total).toBe(5);
  });

  it("gives each its committee, deadline (a date in Danish), amounts per year of the plan, and status", () => {
    const klima = plan!.plan.themes[0]!.table;
    expect(klima.years).toEqual([2024, 2025]);
    expect(klima.amountsHead).toBe("Beløb (1.000 kr.)");
    const rows = klima.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => [r.topic, r.committee, r.deadline, r.amounts.map((a) => a?.toString()), r.statusLabel, r.done])).toEqual([
      ["Træer", "Klimaudvalget", "2025", ["400000", "400000"], "Forsinket", false],
      ["Pædagoger", "Skoleudvalget", undefined, ["6000000", undefined], "Gennemført", true],
      ["Lygter", "Klimaudvalget", "30.06.2025", ["7500000", "15000000"], "I gang", false],
    ]);
    expect(rows[2]!.project).toBe("A000001 Vejbelysning");
  });

  it("prints status as a mark and words, marks completed rows as done, and names the committees in an overview", () => {
    const page = files.get("udmoentningsplan-2024/index.html")!;
    expect(page).toMatch(/<td class="status status-completed"><svg class="initiative-mark" aria-hidden="true"[^>]*>[\s\S]*?<\/svg> Gennemført<\/td>/);
    expect(page).toMatch(/<td class="status status-delayed"><svg class="initiative-mark"[\s\S]*?<\/svg> Forsinket<span class="plan-note">Arealet er fredet.<\/span>/);
    expect(page).toContain('<tr class="plan-done">');
    const text = textOf(page);
    expect(text).toContain("Udmøntningsplan for Aftale om budget 2024");
    expect(text).toMatch(/Klimaudvalget 1 1 1 0 3/);
    expect(text).toContain("Træer Borgere planter træer. Klimaudvalget 2025 400 400");
  });

  it("gives each committee its page with its initiatives by theme", () => {
    const text = textOf(files.get("udmoentningsplan-2024/skole.html")!);
    expect(text).toContain("Udvalget har 2 indsatser i Aftale om budget 2024: Gennemført 1, Ikke igangsat 1.");
    expect(text).toContain("Tabel 1. Skoleudvalgets indsatser under temaet Klima");
    expect(text).not.toContain("Lygter");
  });

  it("is one table of every initiative for spreadsheets and CSV, amounts as numbers", () => {
    const [grid, ...rest] = reportGrids(plan!);
    expect(rest).toEqual([]);
    expect(grid!.kind).toBe("records");
    expect(grid!.head).toEqual(["Tema", "Type", "Nr.", "Emne", "Beskrivelse", "Ansvarligt udvalg", "Tidsplan", "Anlægsprojekt", "Beløb 2024 (1.000 kr.)", "Beløb 2025 (1.000 kr.)", "Status", "Statusbemærkning"]);
    expect(grid!.kind === "records" && grid!.rows.length).toBe(5);
  });
});

describe("an initiative and the capital project that carries it", () => {
  const check = (amount: string, budget = 7500) =>
    validateDataDir(
      dataDir({
        "municipality.yaml": MUNICIPALITY,
        "committees/01-klima.yaml": KLIMA.replace("amounts: { 2024: 7500, 2025: 15000 }", `amounts: { ${amount}2025: 15000 }`).replace("budget: 7500", `budget: ${budget}`),
      }),
    );

  it("agrees when the initiative's amount for the report year is the project's original budget", () => {
    expect(check("2024: 7500, ").problems).toEqual([]);
  });

  it("is a rounding difference within a unit, an error beyond it, at the initiative's amount", () => {
    expect(at(only(check("2024: 7501, ").problems, "rounding-difference"))).toEqual(["committees/01-klima.yaml", 7, 123, "warning"]);
    const wrong = only(check("2024: 7000, ").problems, "result-mismatch");
    expect(at(wrong)).toEqual(["committees/01-klima.yaml", 7, 123, "error"]);
    expect(wrong.message).toContain('indsats 4.3. "Lygter", amounts: 2024: oplyst 7.000, men det oprindelige budget (budget) for anlægsprojekt A000001 giver 7.500');
  });

  it("prints the project's budget for the report year when the initiative states none", async () => {
    const { plan } = await reportsOf(
      dataDir({ "municipality.yaml": MUNICIPALITY, "committees/01-klima.yaml": KLIMA.replace("amounts: { 2024: 7500, 2025: 15000 }", "amounts: { 2025: 15000 }").replace("budget: 7500", "budget: 8000") }),
    );
    const lygter = plan!.plan.rows.find((r) => r.topic === "Lygter")!;
    expect(lygter.amounts.map((a) => a?.toString())).toEqual(["8000000", "15000000"]);
  });
});
