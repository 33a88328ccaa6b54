// The implementation plan's audit trail: its figures.csv lists every amount the plan prints — per year per
// initiative, in the whole plan's theme tables and in each committee's own — counted against the plan's model,
// each with its source: the initiative's amount at its place in the committee file, or, for an initiative a
// capital project carries, the amount reconciled with the project's budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PlanTable } from "../../src/compute/plan.js";
import { Decimal } from "../../src/core/money.js";
import { auditFigures, renderAuditCsv } from "../../src/export/audit.js";
import { SAMPLE } from "../support/fixtures.js";
import { sampleBuild } from "../support/sample-build.js";
import { reportsOf } from "../kinds/helpers.js";

const { plan } = await reportsOf(SAMPLE);
if (!plan) throw new Error("the sample makes an implementation plan");
const figures = auditFigures(plan);

/** The text at a position "file:line:column" of the data directory. */
function textAt(pos: string): string {
  const [file, line, col] = pos.split(":");
  return readFileSync(join(SAMPLE, file!), "utf8").split("\n")[Number(line) - 1]!.slice(Number(col) - 1);
}

describe("the implementation plan's figures.csv", () => {
  it("lists every amount of every table the plan prints, table by table", () => {
    const tables: PlanTable[] = [...plan.plan.themes.map((t) => t.table), ...plan.committees.flatMap((c) => c.themes)];
    const counted = tables.map((t) => [t.anchor, t.groups.flatMap((g) => g.rows.flatMap((r) => r.amounts.filter((a) => a instanceof Decimal))).length] as const);
    // A table of initiatives without amounts (intents) has no figure to list.
    const expected = Object.fromEntries(counted.filter(([, n]) => n > 0));
    expect(counted.length - Object.keys(expected).length).toBe(6);
    const listed: Record<string, number> = {};
    for (const f of figures) listed[f.anchor] = (listed[f.anchor] ?? 0) + 1;
    expect(listed).toEqual(expected);
    // 6 themes (41 amounts) and the committees' own tables (the same 41 again).
    expect(figures).toHaveLength(82);
  });

  it("gives every amount its source, an initiative's at its place in the committee file", () => {
    expect(figures.filter((f) => !f.source).map((f) => `${f.anchor} › ${f.row} › ${f.column}`)).toEqual([]);
    const found = figures.filter((f) => f.anchor === "tema-boern-unge-og-uddannelse-tabel" && f.row === "Drift › 2.1. Flere pædagoger i dagtilbud" && f.column === "2025");
    expect(found).toHaveLength(1);
    expect(found[0]!.printed).toBe("6,0");
    expect(found[0]!.text).toBe("committees/02-born-skole.yaml:231:34");
    expect(textAt(found[0]!.text)).toMatch(/^6000,/);
  });

  it("says an amount a capital project carries is declared and reconciled with the project", () => {
    const carried = figures.find((f) => f.anchor === "tema-sundhed-og-aeldre-tabel" && f.row === "Anlæg › 5.1. Flere plejeboliger" && f.column === "2024");
    expect(carried?.text).toBe("angivet i committees/03-social-sundhed.yaml:226:22, afstemt: ingen difference");
  });

  it("is published as out/udmoentningsplan/audit/figures.csv", async () => {
    const out = await sampleBuild();
    const csv = readFileSync(join(out, "udmoentningsplan", "audit", "figures.csv"), "utf8");
    expect(csv).toBe(String(renderAuditCsv(plan).content));
    expect(csv.trimEnd().split("\r\n")).toHaveLength(1 + 82);
  }, 600_000);
});
