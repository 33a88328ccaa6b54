// The report model: Tabel 1's rows and subtotals, table numbering, and the committees without capital
// projects, without initiatives, and with financing items — computed and rendered.
import { describe, expect, it } from "vitest";
import { formatAmount } from "../../src/format/danish.js";
import { accounts, websiteOf } from "../support/report.js";
import { committee } from "../support/fixtures.js";
import { dataDir } from "../support/scratch.js";

const MIXED = committee(`status: approved
frames:
  - number: "10.01"
    name: Blandet
    lines:
      - { name: Inde, service: inside, adopted: 100, adjusted: 120, actual: 130 }
      - { name: Ude, service: outside, adopted: -50, adjusted: -50, actual: -40 }
      - { name: Inde igen, service: inside, actual: 7 }
  - number: "10.02"
    name: Kun inde
    service: inside
    lines:
      - { name: Løn, adopted: 10, adjusted: 10, actual: 10 }
`);

const WITH_EVERYTHING = committee(
  `frames:
  - number: "70.10"
    name: Administration
    service: inside
    lines:
      - { name: Direktion, adopted: 1000, adjusted: 1100, actual: 1050 }
financing:
  - { number: "70.82", name: Skatter, adopted: -5000, adjusted: -5000, actual: -5100 }
  - { number: "80.85", name: Optagelse af lån, actual: -300 }
initiatives:
  - { nr: "1.1.", topic: Færdig, status: completed }
  - { nr: "1.1.", topic: Forsinket <b>sag</b>, description: Noget, status: delayed, note: Venter }
  - { nr: "1.2.", topic: Ikke startet, status: not-started }
capital:
  - { id: A000001, name: Rådhus, budget: 100, adjusted: 200, actual: 150, transfer: 50 }
  - { id: A000002, name: Arkiv, actual: 20, closed: true }
`,
  "id: okonomi\ncommittee: Økonomiudvalget\norder: 9\nstatus: draft\n",
);

function report(files: Record<string, string>) {
  return websiteOf(dataDir(files));
}

const cells = (row: { cells: unknown[] }): string[] => row.cells.map((c) => (typeof c === "string" ? c : formatAmount(c as never)));

describe("Tabel 1", async () => {
  const model = accounts((await report({ "committees/01-test.yaml": MIXED })).report).committees[0]!;
  const rows = model.operations.table.rows;

  it("has Årets resultat, the service subtotals, then each frame with its subtotals and lines", () => {
    expect(rows.map((r) => `${r.style}:${r.label}`)).toEqual([
      "total:Årets resultat",
      "group:Inden for servicerammen",
      "group:Uden for servicerammen",
      "frame:10.01 Blandet",
      "group:Inden for servicerammen",
      "line:Inde",
      "line:Inde igen",
      "group:Uden for servicerammen",
      "line:Ude",
      "frame:10.02 Kun inde",
      "group:Inden for servicerammen",
      "line:Løn",
    ]);
  });

  it("sums every column and computes (4) = (3) − (2), blank only where nothing is budgeted or booked", () => {
    const byLabel = (label: string, n = 0) => cells(rows.filter((r) => r.label === label)[n]!);
    expect(byLabel("Inde igen")).toEqual(["", "", "7", "7"]);
    expect(byLabel("Årets resultat")).toEqual(["60", "80", "107", "27"]);
    expect(byLabel("Inden for servicerammen", 0)).toEqual(["110", "130", "147", "17"]);
    expect(byLabel("Uden for servicerammen", 0)).toEqual(["-50", "-50", "-40", "10"]);
    expect(byLabel("10.01 Blandet")).toEqual(["50", "70", "97", "27"]);
  });

  it("summarises the committee's result for the Driftsudgifter sentence", () => {
    expect(model.operations.summary.direction).toBe("balance"); // 27 t.kr. is below 0,05 mio. kr.
  });
});

describe("a figure the data does not have", () => {
  it("prints as a blank in the committee's sentences, never as 0,0 (absent is not zero)", async () => {
    const onlyActual = committee(`frames:\n  - number: "10.01"\n    name: Ramme\n    service: inside\n    lines:\n      - { name: Linje, actual: 1000 }\n`);
    const { files } = await report({ "committees/01-test.yaml": onlyActual });
    const page = String(files.find((f) => f.path === "test.html")!.content);
    expect(page).toContain("et oprindeligt budget på  mio. kr.");
    expect(page).toContain("Forbruget i året har været på 1,0 mio. kr.");
    expect(page).not.toContain("0,0 mio. kr.");
  });
});

describe("committees with and without the optional parts", async () => {
  const { report: drawn, files } = await report({
    "committees/01-test.yaml": MIXED,
    "committees/02-okonomi.yaml": WITH_EVERYTHING,
  });
  const model = accounts(drawn);
  const [plain, okonomi] = model.committees;
  const page = (id: string): string => String(files.find((f) => f.path === `${id}.html`)!.content);

  it("a committee without capital projects or initiatives gets sentences, not empty tables", () => {
    expect(plain!.capital).toBeUndefined();
    expect(plain!.initiatives.table).toBeUndefined();
    expect(plain!.tables.map((t) => t.number)).toEqual([1]);
    expect(page("test")).toContain("Udvalget har ingen anlægsprojekter i 2024.");
    expect(page("test")).toContain("Aftale om budget 2024 har ingen indsatser på udvalgets område.");
  });

  it("a committee with financing items gets the financing table as Tabel 2, and tables renumbered after it", () => {
    expect(okonomi!.tables.map((t) => `${t.number} ${t.caption}`)).toEqual([
      "1 Økonomiudvalgets driftsudgifter i 2024 fordelt på bevillingsrammer og indsatsområder",
      "2 Økonomiudvalgets finansieringsposter i 2024 fordelt på bevillingsrammer",
      "3 Status på indsatser i Aftale om budget 2024 på Økonomiudvalgets område, som ikke er gennemført",
      "4 Anlægsvirksomhed på Økonomiudvalgets område – regnskab 2024",
    ]);
    const financing = okonomi!.financing!.rows.map((r) => `${r.label}: ${cells(r).join(" | ")}`);
    expect(financing).toEqual(["I alt: -5.000 | -5.000 | -5.400 | -400", "70.82 Skatter: -5.000 | -5.000 | -5.100 | -100", "80.85 Optagelse af lån:  |  | -300 | -300"]);
    expect(page("okonomi")).toContain("<h3>Driftsudgifter og finansieringsposter</h3>");
  });

  it("Tabel 2 lists only initiatives not completed, with status words", () => {
    expect(okonomi!.initiatives.shown.map((i) => `${i.nr} ${i.topic}: ${i.statusLabel}`)).toEqual([
      "1.1. Forsinket <b>sag</b>: Forsinket",
      "1.2. Ikke startet: Ikke igangsat",
    ]);
    expect(okonomi!.initiatives.byStatus.map((s) => `${s.label} ${s.count}`)).toEqual(["Gennemført 1", "Forsinket 1", "Ikke igangsat 1"]);
    // Text from the data is escaped, never markup.
    expect(page("okonomi")).toContain("Forsinket &lt;b&gt;sag&lt;/b&gt;");
  });

  it("Tabel 3 prints R for closed projects and the note that explains it", () => {
    const rows = okonomi!.capital!.table.rows.map((r) => `${r.label}: ${cells(r).join(" | ")}`);
    expect(rows).toEqual(["Årets resultat: 100 | 200 | 170 | 50", "A000001 Rådhus: 100 | 200 | 150 | 50", "A000002 Arkiv:  |  | 20 | R"]);
    expect(page("okonomi")).toContain("&quot;R&quot; i kolonnen &quot;Forventede overførsler&quot; betyder regnskabsaflagt.");
  });

  it("marks a draft committee as draft in words (a committee without status is a draft)", () => {
    expect(page("okonomi")).toMatch(/Økonomiudvalget <span class="draft-mark">Udkast<\/span>/);
    expect(page("test")).not.toContain("draft-mark");
  });

  it("sums the committees into the municipality's summary, each with its part inside and outside the service frame", () => {
    const summary = model.main.operations.rows.map((r) => `${r.label}: ${cells(r).join(" | ")}`);
    expect(summary).toEqual([
      "I alt: 1.060 | 1.180 | 1.157 | -23",
      "Inden for servicerammen: 1.110 | 1.230 | 1.197 | -33",
      "Uden for servicerammen: -50 | -50 | -40 | 10",
      "Testudvalget: 60 | 80 | 107 | 27",
      "Inden for servicerammen: 110 | 130 | 147 | 17",
      "Uden for servicerammen: -50 | -50 | -40 | 10",
      "Økonomiudvalget: 1.000 | 1.100 | 1.050 | -50",
      "Inden for servicerammen: 1.000 | 1.100 | 1.050 | -50",
    ]);
  });
});
