// The spreadsheet export of the sample report, read back with the libraries: every table is a sheet and a CSV
// file with the report's rows and heads, and every amount equals the report model's figure exactly.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { renderCsvTables } from "../../src/export/csv.js";
import { reportGrids, type AmountGrid } from "../../src/export/tables.js";
import type { MeasureRow } from "../../src/compute/statements/sections.js";
import { renderWorkbook, workbookName } from "../../src/export/workbook.js";
import { fileSlug } from "../../src/format/slug.js";
import { Decimal } from "../../src/core/money.js";
import { UNIT_FACTOR } from "../../src/core/units.js";
import { SAMPLE } from "../support/fixtures.js";
import { reportOf } from "../support/report.js";


const report = reportOf(SAMPLE);
const grids = reportGrids(report);

/** A cell's exact figure in the table's unit, as the report model holds it (a quotient to six decimals of the unit). */
function expected(cell: Decimal | string | undefined, grid: AmountGrid): Decimal | string | undefined {
  return cell instanceof Decimal ? cell.dividedBy(UNIT_FACTOR[grid.unit.unit]).toDecimalPlaces(6) : cell;
}

/** A key figure in its row's unit: money in the unit it is shown in, a count or a rate as it is. */
function measured(cell: Decimal | undefined, row: MeasureRow): Decimal | undefined {
  return cell && row.money ? cell.dividedBy(UNIT_FACTOR[row.money]) : cell;
}

describe("the tables exported", () => {
  it("are the strategy's box, anlægsrammen, the overview tables, the charts' tables, the statements' and every committee's numbered tables, in the report's order", () => {
    const committeeTables = report.committees.flatMap((c) => c.tables.map((t) => t.anchor));
    const names = grids.map((g) => g.name);
    const overview = names.slice(0, names.length - committeeTables.length);
    expect(names.slice(overview.length)).toEqual(committeeTables);
    expect(overview.slice(0, 4)).toEqual(["strategi", "anlaegsrammen", "oversigt-drift", "oversigt-anlaeg"]);
    expect(grids[0]!.kind).toBe("targets");
    // Every chart's data table, after the overviews and before the statements.
    const charts = report.main.charts.map((c) => c.table.anchor);
    expect(charts).toHaveLength(3);
    expect(overview.slice(5, 8)).toEqual(charts);
    expect(overview[8]).toBe("noegletal");
    expect(committeeTables).toEqual(expect.arrayContaining(["klima-miljo-tabel-1", "klima-miljo-tabel-2", "klima-miljo-tabel-3", "okonomi-tabel-2"]));
  });
});

describe("the workbook", async () => {
  const bytes = await renderWorkbook(report);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);

  it("has one sheet per table whose cells equal the report model's figures exactly, numbers as numbers", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(grids.map((g) => g.name));
    let amounts = 0;
    for (const grid of grids) {
      const sheet = workbook.getWorksheet(grid.name)!;
      expect(sheet.getCell("A1").value).toBe(grid.title);
      expect(sheet.getRow(2).values).toEqual([undefined, ...grid.head]);
      if (grid.kind === "measures") {
        grid.rows.forEach((row, i) => {
          const r = sheet.getRow(i + 3);
          expect([r.getCell(1).value, r.getCell(2).value]).toEqual([row.label, row.unit]);
          row.cells.forEach((cell, c) => {
            const want = measured(cell, row);
            const value = r.getCell(c + 3).value;
            if (want) expect(new Decimal(String(value)).equals(want), `${grid.name} "${row.label}"`).toBe(true);
            else expect(value ?? undefined).toBeUndefined();
          });
        });
        continue;
      }
      if (grid.kind === "targets") {
        grid.rows.forEach((row, i) => {
          const r = sheet.getRow(i + 3);
          expect([r.getCell(1).value, r.getCell(2).value, r.getCell(6).value]).toEqual([row.label, row.unit, row.verdict]);
          row.cells.forEach((cell, c) => {
            const value = r.getCell(c + 3).value;
            if (cell) expect(new Decimal(String(value)).equals(cell.dividedBy(UNIT_FACTOR[row.display.unit])), `${grid.name} "${row.label}"`).toBe(true);
            else expect(value ?? undefined).toBeUndefined();
          });
        });
        continue;
      }
      if (grid.kind === "text" || grid.kind === "records") {
        grid.rows.forEach((cells, i) => expect(sheet.getRow(i + 3).values).toEqual([undefined, ...cells]));
        continue;
      }
      grid.rows.forEach((row, i) => {
        const r = sheet.getRow(i + 3);
        expect(r.getCell(1).value).toBe(row.label);
        row.cells.forEach((cell, c) => {
          const value = r.getCell(c + 2).value;
          const want = expected(cell, grid);
          if (want instanceof Decimal) {
            expect(typeof value).toBe("number");
            expect(new Decimal(String(value)).equals(want), `${grid.name} row ${i + 3} "${row.label}" column ${c + 2}`).toBe(true);
            amounts++;
          } else {
            expect(value ?? undefined).toBe(want);
          }
        });
      });
    }
    expect(amounts).toBeGreaterThan(1000);
  });

  it("prints Tabel 1 as the report does: bold totals and frames, italic subtotals, Danish number format, frozen head", () => {
    const sheet = workbook.getWorksheet("klima-miljo-tabel-1")!;
    const row = (label: string) => sheet.getRows(3, sheet.rowCount)!.find((r) => r.getCell(1).value === label)!;
    expect(sheet.getRow(2).getCell(1).value).toBe("Driftsvirksomhed (1.000 kr.)");
    expect(row("Årets resultat").font?.bold).toBe(true);
    expect(row("10.26 Renovation mv.").font?.bold).toBe(true);
    expect(sheet.getRow(4).font?.italic).toBe(true); // Inden for servicerammen
    expect(row("Årets resultat").getCell(2).value).toBe(104092);
    expect(row("Årets resultat").getCell(2).numFmt).toBe("#,##0");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    const capital = workbook.getWorksheet("klima-miljo-tabel-3")!;
    expect(capital.getRows(3, capital.rowCount)!.find((r) => String(r.getCell(1).value).startsWith("A020221"))!.getCell(5).value).toBe("R");
  });

  it("is the same bytes every time (fixed workbook and zip dates)", async () => {
    await new Promise((r) => setTimeout(r, 2100)); // zip times have two-second steps
    expect(Buffer.from(await renderWorkbook(report)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("is named after the report", () => {
    expect(workbookName(report)).toBe("aarsrapport-2024.xlsx");
    expect(fileSlug("Årsrapport 2024 – Ørsted Kommune")).toBe("aarsrapport-2024-oersted-kommune");
    expect(fileSlug("Årsrapport – Café Kommune")).toBe("aarsrapport-cafe-kommune");
    expect(fileSlug("– –")).toBe("aarsrapport");
  });
});

describe("the CSV files", () => {
  const csv = renderCsvTables(report);

  it("are UTF-8 with a BOM, ';' and CRLF, one per table", () => {
    expect(csv.map((f) => f.path)).toEqual(grids.map((g) => `${g.name}.csv`));
    const first = csv.find((f) => f.path === "oversigt-drift.csv")!.content as string;
    expect(first.startsWith("\uFEFFUdvalg (1.000 kr.);Vedtaget budget 2024 (1);")).toBe(true);
    expect(first).toContain("\r\n");
  });

  it("read back to the report model's figures exactly (Danish decimal comma and thousands dot)", () => {
    const danish = (text: string): Decimal => new Decimal(text.replaceAll(".", "").replace(",", "."));
    csv.forEach((file, i) => {
      const grid = grids[i]!;
      const records = parse((file.content as string).slice(1), { delimiter: ";" }) as string[][];
      expect(records[0]).toEqual(grid.head);
      if (grid.kind === "text") return expect(records.slice(1)).toEqual(grid.rows);
      if (grid.kind === "measures") {
        return grid.rows.forEach((row, r) => {
          const [label, unit, ...cells] = records[r + 1]!;
          expect([label, unit]).toEqual([row.label, row.unit]);
          row.cells.forEach((cell, c) => {
            const want = measured(cell, row);
            if (want) expect(danish(cells[c]!).equals(want), `${file.path} "${row.label}"`).toBe(true);
            else expect(cells[c]).toBe("");
          });
        });
      }
      if (grid.kind === "targets") {
        return grid.rows.forEach((row, r) => {
          const [label, unit, ...rest] = records[r + 1]!;
          expect([label, unit, rest.at(-1)]).toEqual([row.label, row.unit, row.verdict]);
          row.cells.forEach((cell, c) => {
            if (cell) expect(danish(rest[c]!).equals(cell.dividedBy(UNIT_FACTOR[row.display.unit])), `${file.path} "${row.label}"`).toBe(true);
            else expect(rest[c]).toBe("");
          });
        });
      }
      if (grid.kind !== "amounts") return expect(records.slice(1)).toEqual(grid.rows);
      grid.rows.forEach((row, r) => {
        const [label, ...cells] = records[r + 1]!;
        expect(label).toBe(row.label);
        row.cells.forEach((cell, c) => {
          const want = expected(cell, grid);
          if (want instanceof Decimal) expect(danish(cells[c]!).equals(want)).toBe(true);
          else expect(cells[c]).toBe(want ?? "");
        });
      });
    });
    expect((csv.find((f) => f.path === "klima-miljo-tabel-1.csv")!.content as string).split("\r\n")[1]).toBe("Årets resultat;104.092;123.949;136.343;12.394");
  });
});
