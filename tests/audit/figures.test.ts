// The audit trail of the sample report: out/audit/figures.csv lists every printed figure of every printed table —
// counted against the report model, table by table, and against the figures the website prints — each with its
// source; a line's figure, a computed total and a declared total point at the right place in the data; and the
// build publishes the file with the rest, the same bytes every time.
import { amountTablesOf } from "../../src/compute/statements/section-tables.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import { describe, expect, it } from "vitest";
import type { AmountTable, Cell } from "../../src/compute/tables.js";
import { Decimal } from "../../src/core/money.js";
import { auditFigures, renderAuditCsv } from "../../src/export/audit.js";
import { SAMPLE } from "../support/fixtures.js";
import { websiteOf } from "../support/report.js";
import { sampleBuild } from "../support/sample-build.js";

const website = await websiteOf(SAMPLE);
const report = website.report;
if (report.kind === "plan") throw new Error("the sample's main report is its annual report");
const csv = String(renderAuditCsv(report).content);
const figures = auditFigures(report);
const [head, ...records] = parse(csv.replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
const HEAD = ["Tabel", "Række nr.", "Række", "Kolonne", "Vist", "Præcis værdi", "Enhed", "Kilde", "Placering"];
const field = (name: string) => (r: string[]): string => r[HEAD.indexOf(name)]!;
const table = field("Tabel");
const row = field("Række");
const column = field("Kolonne");
const printed = field("Vist");
const source = field("Kilde");
const position = field("Placering");

/** The record of one figure: its table (by title start), its row's path, its column head. */
function figure(tableStart: string, rowPath: string, columnHead: string): string[] {
  const found = records.filter((r) => table(r).startsWith(tableStart) && row(r) === rowPath && column(r) === columnHead);
  expect(found, `${tableStart} › ${rowPath} › ${columnHead}`).toHaveLength(1);
  return found[0]!;
}

/** The text at a position "file:line:column" of the data directory. */
function textAt(pos: string): string {
  const [file, line, col] = pos.split(":");
  return readFileSync(join(SAMPLE, file!), "utf8").split("\n")[Number(line) - 1]!.slice(Number(col) - 1);
}

const isFigure = (c: Cell): boolean => c instanceof Decimal;

describe("figures.csv", () => {
  it("is a Danish CSV: a BOM, ';' between fields, CRLF line ends, the heads first", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    expect(head).toEqual(HEAD);
  });

  // Part 2's overviews: carry-overs (operations, capital), the accounts' summary, 4 accounts, the small projects,
  // guarantees, contingent assets and liabilities, staff.
  const PART_2_TABLES = 2 + 1 + 4 + 1 + 3 + 1;

  it("lists every figure of every table of the report model, table by table", () => {
    const { main, committees } = report;
    const tables: AmountTable[] = [
      ...[main.strategy?.capitalFrame, main.operations, main.capital, main.financing].filter((t): t is AmountTable => t !== undefined),
      ...main.charts.map((c) => c.table),
      ...committees.flatMap((c) => [c.operations.table, c.financing, c.capital?.table].filter((t): t is AmountTable => t !== undefined)),
    ];
    const expected = new Map<string, number>(tables.map((t) => [t.anchor, t.rows.flatMap((r) => r.cells.filter(isFigure)).length]));
    const box = main.strategy!.targets.flatMap((t) => t.rows.flatMap((r) => [r.target, r.result, r.difference].filter(isFigure)));
    expected.set("strategi", box.length);
    // The statements of the annual accounts: the key figures (each row in its own unit), the three statements and
    // the overviews of part 2 (their amount tables).
    for (const section of report.statements!.sections) {
      const own = section.kind === "key-figures" ? [section.table] : amountTablesOf(section);
      for (const table of own) expected.set(table.anchor, (table.rows as { cells: Cell[] }[]).flatMap((r) => r.cells.filter(isFigure)).length);
    }
    const listed = new Map<string, number>();
    for (const f of figures) listed.set(f.anchor, (listed.get(f.anchor) ?? 0) + 1);
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(expected));
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    expect(records).toHaveLength(total);
    expect(records.map(printed)).toEqual(figures.map((f) => f.printed));
    expect(total).toBe(2420);
    // The box, anlægsrammen, 3 overviews, 3 charts' tables, 7 × Tabel 1, 6 × Tabel 3 (one committee has no projects),
    // financing, and the 4 statements' tables (key figures, regnskabsopgørelse, finansieringsoversigt, balance).
    expect(expected.size).toBe(1 + 1 + 3 + 3 + 7 + 6 + 1 + 4 + PART_2_TABLES);
  });

  it("lists the figures the website prints, table by table, each as printed", () => {
    const printedTables = new Map<string, string[]>();
    // The main report's pages (another report's are under its id: budgetopfoelgning/…).
    for (const page of website.files.filter((f) => f.path.endsWith(".html") && !f.path.includes("/"))) {
      for (const t of selectAll("figure.report-table", fromHtml(String(page.content)))) {
        const shown = selectAll("td.num", t).map((td) => toText(td)).filter((text) => text !== "" && text !== "R");
        printedTables.set(String(t.properties.id), shown);
      }
    }
    for (const [anchor, shown] of printedTables) expect(figures.filter((f) => f.anchor === anchor).map((f) => f.printed), anchor).toEqual(shown);
    expect([...new Set(figures.map((f) => f.anchor))].sort()).toEqual([...printedTables.keys()].filter((a) => printedTables.get(a)!.length > 0).sort());
  });

  it("gives every figure a source", () => {
    const unknown = records.filter((r) => source(r) === "" || source(r) === "ukendt kilde");
    expect(unknown.map((r) => `${table(r)} › ${row(r)} › ${column(r)}`)).toEqual([]);
  });

  it("says how a carry-over is derived, and points a stated one at the committee file", () => {
    const frame = "20.41 Skoler og SFO";
    const automatic = figure("Oversigt over overførte driftsbevillinger", frame, "Automatisk overførsel");
    expect(printed(automatic)).toBe("10.895");
    expect(source(automatic)).toBe("beregnet: korrigeret budget − regnskab, højst ±2 % af korrigeret budget · overførsler, bevillingsramme 20.41");
    expect(textAt(position(automatic))).toMatch(/^number: "20\.41"/);
    expect(source(figure("Oversigt over overførte driftsbevillinger", frame, "Afvigelse (R − KB)"))).toBe("difference: regnskab − korrigeret budget · overførsler, bevillingsramme 20.41");
    const applied = figure("Oversigt over overførte driftsbevillinger", frame, "Ansøgt overførsel");
    expect(source(applied)).toBe("committees/02-born-skole.yaml:83:46");
    expect(textAt(source(applied))).toMatch(/^2000 }/);
    const committee = figure("Oversigt over overførte driftsbevillinger", "Børne- og Skoleudvalget", "Overført til 2025 i alt");
    expect(source(committee)).toBe("sum af 4: udvalgets rammer · overførsler, Børne- og Skoleudvalget");
    expect(source(figure("Overførsler på anlæg", "I alt", "Bortfalder"))).toBe("sum af 6: udvalgene · overførsler på anlæg i alt");
  });

  it("points an anlægsregnskab's figures at the account, and says what its totals are", () => {
    const account = "Anlægsregnskab A587186";
    const year = figure(account, "Indtægter", "Regnskab 2023");
    expect(printed(year)).toBe("-1.500");
    expect(source(year)).toBe("committees/02-born-skole.yaml:328:50");
    expect(textAt(source(year))).toMatch(/^-1500 }/);
    expect(source(figure(account, "Udgifter", "Regnskab i alt"))).toBe("sum af 2: årenes regnskab · anlægsregnskab A587186");
    const deviation = figure(account, "Netto", "Afvigelse");
    expect(source(deviation)).toBe("difference: regnskab i alt − bevilling · anlægsregnskab A587186");
    expect(textAt(position(deviation))).toMatch(/^account:/);
  });

  it("points a staff figure at statements.yaml, and the stated total (the key figure Årsværk too) at its place", () => {
    const r = figure("Personaleoversigt", "Børne- og Skoleudvalget", "Årsværk 2023");
    expect(printed(r)).toBe("1.562,3");
    expect(field("Enhed")(r)).toBe("årsværk"); // a count, not money
    expect(source(r)).toMatch(/^statements\.yaml:\d+:\d+$/);
    expect(textAt(source(r))).toMatch(/^1562\.3,/);
    const total = figure("Personaleoversigt", "I alt", "Årsværk 2024");
    expect(source(total)).toMatch(/^angivet i statements\.yaml:\d+:\d+, afstemt: ingen difference$/);
    expect(textAt(position(total))).toMatch(/^3705\.8 }/);
    expect(source(figure("Hoved- og nøgletal", "Årsværk", "2024"))).toBe(source(total));
    expect(source(figure("Personaleoversigt", "Børne- og Skoleudvalget", "Ændring"))).toBe("difference: årsværk i året − året før");
  });

  it("points a line's figure at its value in its committee file", () => {
    const r = figure("Tabel 1. Klima- og Miljøudvalgets", "10.26 Renovation mv. › Uden for servicerammen › Storskrald og haveaffald", "Vedtaget budget 2024 (1)");
    expect(printed(r)).toBe("624");
    expect(source(r)).toBe("committees/01-klima-miljo.yaml:60:18");
    expect(position(r)).toBe(source(r));
    expect(textAt(position(r))).toMatch(/^624$/);
  });

  it("says what a computed total sums, and points at the frame it belongs to", () => {
    const r = figure("Tabel 1. Social- og Sundhedsudvalgets", "30.50 Ældre og pleje › Inden for servicerammen", "Vedtaget budget 2024 (1)");
    expect(printed(r)).toBe("623.858");
    expect(source(r)).toBe("sum af 7: rammens indsatsområder i den gruppe · bevillingsramme 30.50, subtotal inden for servicerammen");
    expect(textAt(position(r))).toMatch(/^number: "30\.50"/);
  });

  it("says a declared total is declared and reconciled, with its rounding difference, at its place in the file", () => {
    const r = figure("Tabel 1. Klima- og Miljøudvalgets", "Årets resultat", "Vedtaget budget 2024 (1)");
    expect(printed(r)).toBe("104.092");
    expect(source(r)).toBe("angivet i committees/01-klima-miljo.yaml:260:20, afstemt: afrundingsdifference +2 t.kr.");
    expect(textAt(position(r))).toMatch(/^104092,/);
    const agrees = figure("Tabel 1. Klima- og Miljøudvalgets", "Årets resultat", "Resultat (3)-(2)=(4)");
    expect(source(agrees)).toBe("angivet i committees/01-klima-miljo.yaml:260:72, afstemt: ingen difference");
  });

  it("names the strategy's computed results and the overviews' sums", () => {
    expect(source(figure("Overholdelse af den økonomiske strategi", "1. Servicerammen overholdes", "Difference (resultat − måltal)"))).toBe("difference: resultat − måltal");
    expect(source(figure("Driftsudgifter i 2024 fordelt på udvalg", "I alt", "Regnskab 2024 (3)"))).toBe("sum af 7: udvalgenes totaler");
  });
});

describe("the build", () => {
  it("publishes out/audit/figures.csv, the same as the report model gives", async () => {
    const out = await sampleBuild();
    expect(readFileSync(join(out, "audit", "figures.csv"), "utf8")).toBe(csv);
  }, 600_000);
});
