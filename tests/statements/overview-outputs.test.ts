// The sample's other overviews in every output of its build (the run's shared build): the Årsregnskab part of
// the full PDF with a bookmark and a contents entry for each table and for Anvendt regnskabspraksis, each on the
// page it names; a page each on the website; a CSV file and a workbook sheet per table; and the change report.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { diff, snapshot } from "../../src/publish/changes.js";
import { SAMPLE } from "../support/fixtures.js";
import { bookmarks, loadPdf, pdfText, squash } from "../support/pdf.js";
import { validData, websiteOf } from "../support/report.js";
import { sampleBuild } from "../support/sample-build.js";
import { copyOf } from "../support/scratch.js";

const ENTRIES = [
  "Oversigt over overførte driftsbevillinger 2024",
  "Overførsler på anlæg 2024",
  "Anlægsregnskaber aflagt med regnskabet for 2024",
  "Anlægsregnskab A587186 Energirenovering af Vestskolen",
  "Anlægsregnskab A694707 Ny daginstitution i Østbyen 2023",
  "Anlægsregnskab A752741 Nødkald og adgangskontrol",
  "Anlægsregnskab A107316 Tagrenovering af kommunale bygninger",
  "Øvrige afsluttede anlægsprojekter (under 2,0 mio. kr.)",
  "Anvendt regnskabspraksis",
  "Balance pr. 31. december 2024",
  "Garantier 2024",
  "Eventualrettigheder 2024",
  "Eventualforpligtelser 2024",
  "Personaleoversigt 2023–2024 (årsværk)",
];
const PAGES = ["overfoersler", "anlaegsregnskaber", "regnskabspraksis", "garantier", "personaleoversigt"];
const TABLES = ["overfoersler", "overfoersler-anlaeg", "anlaegsregnskaber", "anlaegsregnskab-a587186", "anlaegsregnskaber-oevrige", "garantier", "eventualrettigheder", "eventualforpligtelser", "personaleoversigt"];
let out: string;

beforeAll(async () => {
  out = await sampleBuild();
}, 300_000);

describe("the full PDF", () => {
  const file = (): string => join(out, "pdf", "aarsrapport-2024.pdf");

  it("bookmarks every overview's table, and Anvendt regnskabspraksis, in the Årsregnskab part, each on its page", async () => {
    const part = bookmarks(await loadPdf(file())).find((m) => m.title === "Årsregnskab 2024")!;
    const titles = part.children.map((c) => c.title);
    expect(titles.slice(titles.indexOf(ENTRIES[0]!))).toEqual(ENTRIES);
    for (const b of part.children.filter((c) => ENTRIES.includes(c.title))) expect(squash(pdfText(file(), b.page)), b.title).toContain(squash(b.title));
  });

  it("lists them in the contents", () => {
    const contents = squash(pdfText(file(), 2) + pdfText(file(), 3));
    for (const title of ENTRIES) expect(contents).toContain(squash(title));
  });

  it("prints the carry-over table with the rule, the staff table with one decimal, an account with its explanation", async () => {
    const part = bookmarks(await loadPdf(file())).find((m) => m.title === "Årsregnskab 2024")!;
    const page = (title: string): string => squash(pdfText(file(), part.children.find((c) => c.title === title)!.page));
    expect(page(ENTRIES[0]!)).toMatch(/20\.41 Skoler og SFO 544\.763 6\.400 531\.827 -12\.936 ±2 % 10\.895 2\.000 12\.895 41/);
    expect(page(ENTRIES[0]!)).toContain("Af driften overføres i alt 47,1 mio. kr. i uforbrugte midler");
    expect(page(ENTRIES[13]!)).toMatch(/I alt 3\.685,7 3\.705,8 20,1/);
    expect(page(ENTRIES[3]!)).toContain("Forklaring: Energirenoveringen blev 1,5 mio. kr. billigere end bevilget");
  });
});

describe("the website, the CSV files and the workbook", () => {
  it("give each overview a page of its own, linked from the report", () => {
    const index = readFileSync(join(out, "site", "index.html"), "utf8");
    for (const id of PAGES) {
      expect(readFileSync(join(out, "site", `${id}.html`), "utf8")).toContain(`id="${id}-afsnit"`);
      expect(index).toContain(`<a href="${id}.html">`);
    }
    expect(index).toContain("<h4");
    expect(index).toContain("Der er ikke ændret regnskabspraksis i forhold til sidste år.");
  });

  it("write overfoersler.csv, anlaegsregnskaber.csv, personaleoversigt.csv, garantier.csv and the rest", () => {
    const csv = (id: string): string[] => readFileSync(join(out, "csv", `${id}.csv`), "utf8").replace(/^\uFEFF/, "").split("\r\n");
    for (const id of TABLES) expect(existsSync(join(out, "csv", `${id}.csv`)), id).toBe(true);
    expect(csv("overfoersler")[0]).toBe(
      "Udvalg (1.000 kr.);Korrigeret budget 2024;Heraf overført fra 2023;Regnskab 2024;Afvigelse (R − KB);Overførselsadgang;Automatisk overførsel;Ansøgt overførsel;Overført til 2025 i alt;Ikke overført",
    );
    expect(csv("overfoersler")).toContain("20.41 Skoler og SFO;544.763;6.400;531.827;-12.936;±2 %;10.895,26;2.000;12.895,26;40,74");
    expect(csv("personaleoversigt")).toContain("I alt;3.685,7;3.705,8;20,1");
    expect(csv("garantier")).toContain("Eksempelby Fjernvarme A.m.b.A.;KommuneKredit;112.400;118.900;100 %");
    expect(csv("anlaegsregnskaber")).toContain("A107316 Tagrenovering af kommunale bygninger;25.200;0;25.286;0;86");
    const pkg = JSON.parse(readFileSync(join(out, "csv", "datapackage.json"), "utf8")) as { resources: { name: string; schema: { fields: { name: string; type: string; unit?: string }[] } }[] };
    const fields = (name: string) => pkg.resources.find((r) => r.name === name)!.schema.fields;
    expect(fields("overfoersler").find((f) => f.name === "Overførselsadgang")!.type).toBe("string");
    expect(fields("garantier").map((f) => f.type)).toEqual(["string", "string", "number", "number", "string"]);
    expect(fields("personaleoversigt")[1]!.unit).toBe("årsværk");
  });

  it("give each table a sheet of the workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, "xlsx", "aarsrapport-2024.xlsx"));
    const names = workbook.worksheets.map((s) => s.name);
    for (const id of ["overfoersler", "personaleoversigt", "garantier", "anlaegsregnskaber"]) expect(names).toContain(id);
  });
});

describe("the change report", () => {
  it("lists an overview's figures that changed: a staff row and the total", async () => {
    const facts = async (dir: string) => snapshot(validData(dir).data, [(await websiteOf(dir)).report]);
    const after = copyOf(SAMPLE, "changed");
    const file = join(after, "statements.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("{ committee: okonomi, prior_year: 318.9, actual: 322.6 }", "{ committee: okonomi, prior_year: 318.9, actual: 324.6 }").replace("total: { prior_year: 3685.7, actual: 3705.8 }", "total: { prior_year: 3685.7, actual: 3707.8 }"));
    const changes = diff(await facts(SAMPLE), await facts(after));
    const rows = changes.statements!.figures.map((f) => [f.row, f.column, f.old, f.new]);
    expect(rows).toContainEqual(["Personaleoversigt: Økonomiudvalget", "Årsværk 2024", "322,6 årsværk", "324,6 årsværk"]);
    expect(rows).toContainEqual(["Personaleoversigt: I alt", "Årsværk 2024", "3.705,8 årsværk", "3.707,8 årsværk"]);
    const { renderChanges } = await import("../../src/render/changes.js");
    expect(renderChanges(changes, "Ændringer").html).toContain("<td class=\"num\">322,6 årsværk</td>");
  });
});
