// The sample's statements in every output of its build (the run's shared build): a part of the full PDF with its
// contents entries, bookmarks and running head, each statement's page on the website and in the whole report,
// a CSV file and a workbook sheet each; and the display sign a municipality that prints the reverse chooses.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/money.js";
import { bookmarks, loadPdf, pdfText, squash } from "../support/pdf.js";
import { WORKED } from "../support/fixtures.js";
import { reportOf } from "../support/report.js";
import { sampleBuild } from "../support/sample-build.js";
import { copyOf } from "../support/scratch.js";

const STATEMENTS = ["noegletal", "regnskabsopgorelse", "finansieringsoversigt", "balance"];
const CAPTIONS = ["Hoved- og nøgletal 2024", "Regnskabsopgørelse 2024 (udgiftsbaseret)", "Finansieringsoversigt 2024", "Balance pr. 31. december 2024"];
let out: string;

beforeAll(async () => {
  out = await sampleBuild();
}, 300_000);

describe("the full PDF", () => {
  const file = (): string => join(out, "pdf", "aarsrapport-2024.pdf");

  it("has the statements as a part of their own: a bookmark with one per statement, each opening its page", async () => {
    const marks = bookmarks(await loadPdf(file()));
    const titles = marks.map((m) => m.title);
    const part = marks.find((m) => m.title === "Årsregnskab 2024")!;
    expect(titles.indexOf("Årsregnskab 2024")).toBe(titles.indexOf("Klima- og Miljøudvalget") - 1);
    expect(part.children.map((c) => c.title)).toEqual(CAPTIONS);
    for (const b of [part, ...part.children]) expect(squash(pdfText(file(), b.page)), b.title).toContain(b.title);
  });

  it("lists the part and its statements in the contents, each on the page it names", () => {
    const contents = squash(pdfText(file(), 2) + pdfText(file(), 3));
    for (const title of ["Årsregnskab 2024", ...CAPTIONS]) expect(contents).toContain(title);
  });

  it("prints each statement with its unit in the head, the sign legend under it and the part in the running head", async () => {
    const part = bookmarks(await loadPdf(file())).find((m) => m.title === "Årsregnskab 2024")!;
    const page = (caption: string): string => pdfText(file(), part.children.find((c) => c.title === caption)!.page);
    for (const caption of CAPTIONS) expect(page(caption).split("\n")[0], caption).toMatch(/Årsrapport 2024 · Eksempel Kommune\s+Årsregnskab 2024/);
    for (const caption of [CAPTIONS[1]!, CAPTIONS[2]!]) {
      expect(page(caption)).toContain("+ = udgift, − = indtægt.");
      expect(page(caption)).toContain("(1.000 kr.)");
    }
    expect(page(CAPTIONS[3]!)).toContain("Balance (1.000 kr.)");
    expect(squash(page(CAPTIONS[1]!))).toMatch(/C\. Resultat i alt \(A \+ B\) 4\.000 -233\.023 -60\.888 -189\.737 -128\.849/);
  });
});

describe("the website, the workbook and the CSV files", () => {
  it("give each statement a page of its own, linked from every page, and the whole report its part", () => {
    const index = readFileSync(join(out, "site", "index.html"), "utf8");
    expect(index).toContain('<a href="#aarsregnskab">Årsregnskab 2024</a>');
    for (const id of STATEMENTS) {
      const page = readFileSync(join(out, "site", `${id}.html`), "utf8");
      expect(page).toContain(`id="${id}"`);
      expect(page).toContain('<link rel="stylesheet" href="statements.css">');
      expect(index).toContain(`<a href="${id}.html">`);
      expect(index).toContain(`id="${id}-afsnit"`);
    }
    expect(existsSync(join(out, "site", "statements.css"))).toBe(true);
  });

  it("write out/csv/regnskabsopgorelse.csv, finansieringsoversigt.csv, balance.csv and noegletal.csv, with the Danish labels", () => {
    const csv = (id: string): string => readFileSync(join(out, "csv", `${id}.csv`), "utf8");
    expect(csv("regnskabsopgorelse").split("\r\n").slice(0, 3)).toEqual([
      "\uFEFFRegnskabsopgørelse (1.000 kr.);Regnskab 2023;Oprindeligt budget 2024;Korrigeret budget 2024;Regnskab 2024;Afvigelse (R − KB)",
      "A. Det skattefinansierede område;;;;;",
      "Skatter;-3.280.000;-3.352.600;-3.352.600;-3.361.958;-9.358",
    ]);
    expect(csv("finansieringsoversigt")).toContain("Ændring af likvide aktiver;1.700;214.423;49.788;169.120;119.332");
    expect(csv("balance")).toContain("Aktiver i alt;4.432.367;4.667.537;235.170");
    expect(csv("noegletal")).toContain("Likviditet efter kassekreditreglen pr. indbygger;kr.;;16.878");
  });

  it("give each statement a sheet of the workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, "xlsx", "aarsrapport-2024.xlsx"));
    const names = workbook.worksheets.map((s) => s.name);
    for (const id of STATEMENTS) expect(names).toContain(id);
    const balance = workbook.getWorksheet("balance")!;
    const assets = balance.getRows(3, balance.rowCount)!.find((r) => r.getCell(1).value === "Aktiver i alt")!;
    expect([assets.getCell(2).value, assets.getCell(3).value, assets.font?.bold]).toEqual([4432367, 4667537, true]);
  });
});

describe("sign: reversed", () => {
  it("prints the regnskabsopgørelse and the finansieringsoversigt with the sign turned, and says so; the balance and the words stay", () => {
    const dir = copyOf(WORKED, "reversed");
    const file = join(dir, "statements.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("sign: udgift", "sign: reversed"));
    const reversed = reportOf(dir).statements!.sections;
    const plain = reportOf(WORKED).statements!.sections;
    for (const kind of ["result", "financing"] as const) {
      const [r, p] = [reversed.find((s) => s.kind === kind)!, plain.find((s) => s.kind === kind)!];
      if (r.kind === "key-figures" || p.kind === "key-figures") continue;
      r.table.rows.forEach((row, i) => row.cells.forEach((c, j) => expect(c, `${row.label} ${j}`).toEqual((p.table.rows[i]!.cells[j] as Decimal | undefined)?.negated())));
      expect(r.table.note).toMatch(/^− = udgift, \+ = indtægt\./);
    }
    const result = reversed.find((s) => s.kind === "result");
    expect(result?.kind === "result" && result.ordinaryResult?.toNumber()).toBe(-50_000_000); // udgift sign: "et overskud"
    expect(reversed.find((s) => s.kind === "balance")).toEqual(plain.find((s) => s.kind === "balance"));
  });
});
