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

  // Known gap: the overviews of the årsregnskab's part 2 (carry-overs, capital accounts, guarantees, staff, and
  // the staff row of the key figures) came after the audit trail and do not record their figures' sources yet.
  // They are listed in figures.csv without one; every other figure must have one.
  const PART_2 = ["Oversigt over overførte", "Overførsler på anlæg", "Anlægsregnskab", "Øvrige afsluttede", "Garantier", "Eventual", "Personaleoversigt"];
  const part2 = (r: string[]): boolean => PART_2.some((t) => table(r).startsWith(t)) || (table(r).startsWith("Hoved- og nøgletal") && row(r) === "Årsværk");

  it("gives every figure a source (but part 2's overviews: a known gap)", () => {
    const unknown = records.filter((r) => source(r) === "" || source(r) === "ukendt kilde");
    expect(unknown.filter((r) => !part2(r))).toEqual([]);
    expect(unknown.filter(part2).length).toBeGreaterThan(0); // when they get sources, remove the exception
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
