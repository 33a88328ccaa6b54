// The sample data directory makes the annual report, a budget follow-up and the implementation plan from the
// same committee files in one build, side by side: each with its website, full PDF, section PDFs, workbook
// and CSV files, named and titled as its kind says; and a nightly build after a change to a follow-up's figure
// makes that report's outputs again and nothing of the others.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../support/cli.js";
import { pdfInfo, pdfText } from "../support/pdf.js";
import { sampleBuild, sampleBuildCopy } from "../support/sample-build.js";
import { textOf } from "./helpers.js";

const COMMITTEES = ["beskaeftigelse", "born-skole", "klima-miljo", "kultur-fritid", "okonomi", "plan-erhverv", "social-sundhed"];
const squash = (text: string): string => text.replace(/\s+/g, " ");

describe("the sample's three reports", { timeout: 300_000 }, () => {
  let out: string;
  // Three reports' PDFs from one build: on a loaded two-core machine this took over five minutes.
  beforeAll(async () => {
    out = await sampleBuild();
  }, 600_000);

  it("are published side by side: the annual report at the top, the others in their own directories", () => {
    expect(readdirSync(join(out, "pdf")).sort()).toEqual(["aarsrapport-2024.pdf", ...COMMITTEES.map((c) => `${c}.pdf`)].sort());
    expect(readdirSync(join(out, "budgetopfoelgning/pdf")).sort()).toEqual(["budgetopfoelgning-2-2024.pdf", ...COMMITTEES.map((c) => `${c}.pdf`)].sort());
    expect(readdirSync(join(out, "udmoentningsplan/pdf")).sort()).toEqual(["udmoentningsplan-2024.pdf", ...COMMITTEES.map((c) => `${c}.pdf`)].sort());
    expect(readdirSync(join(out, "budgetopfoelgning/xlsx"))).toEqual(["budgetopfoelgning-2-2024.xlsx"]);
    expect(readdirSync(join(out, "udmoentningsplan/xlsx"))).toEqual(["udmoentningsplan-2024.xlsx"]);
    expect(readdirSync(join(out, "udmoentningsplan/csv")).sort()).toEqual(["datapackage.json", "udmoentningsplan.csv"]);
    for (const dir of ["site", "budgetopfoelgning/site", "udmoentningsplan/site"]) {
      expect(readdirSync(join(out, dir))).toEqual(expect.arrayContaining(["index.html", "data-til-genbrug.html", "report.css", ...COMMITTEES.map((c) => `${c}.html`)]));
    }
    expect(existsSync(join(out, "site/kinds.css"))).toBe(false);
    expect(existsSync(join(out, "budgetopfoelgning/site/kinds.css"))).toBe(true);
  });

  it("are listed on one page at the top of the output, each linking its website and its PDF", () => {
    const page = readFileSync(join(out, "index.html"), "utf8");
    const links = [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => !h.startsWith("site/fonts") && h !== "site/report.css");
    expect(links).toEqual([
      "site/index.html",
      "pdf/aarsrapport-2024.pdf",
      "budgetopfoelgning/site/index.html",
      "budgetopfoelgning/pdf/budgetopfoelgning-2-2024.pdf",
      "udmoentningsplan/site/index.html",
      "udmoentningsplan/pdf/udmoentningsplan-2024.pdf",
      "changes.html",
    ]);
    for (const link of links) expect(existsSync(join(out, link)), link).toBe(true);
    expect(textOf(page)).toContain("Budgetopfølgning 2 2024 (Budgetopfølgning)");
  });

  it("carry their kind in the PDFs' title and subject", () => {
    const info = (path: string) => pdfInfo(join(out, path));
    expect(info("pdf/aarsrapport-2024.pdf")).toMatchObject({ Title: "Årsrapport 2024 – Eksempel Kommune", Subject: "Eksempel Kommunes årsrapport for 2024" });
    expect(info("budgetopfoelgning/pdf/budgetopfoelgning-2-2024.pdf")).toMatchObject({
      Title: "Budgetopfølgning 2 2024 – Eksempel Kommune",
      Subject: "Eksempel Kommunes forventede regnskab for 2024 pr. 30.06.2024 (budgetopfølgning)",
    });
    expect(info("budgetopfoelgning/pdf/klima-miljo.pdf")).toMatchObject({
      Title: "Klima- og Miljøudvalget – Budgetopfølgning 2 2024 – Eksempel Kommune",
      Subject: "Klima- og Miljøudvalgets afsnit af Eksempel Kommunes forventede regnskab for 2024 pr. 30.06.2024 (budgetopfølgning)",
    });
    expect(info("udmoentningsplan/pdf/udmoentningsplan-2024.pdf")).toMatchObject({
      Title: "Udmøntningsplan 2024 – Eksempel Kommune",
      Subject: "Eksempel Kommunes udmøntningsplan for Aftale om budget 2024",
    });
  });

  it("the follow-up: its cover, running head, column heads, verdicts and change column", () => {
    const file = join(out, "budgetopfoelgning/pdf/budgetopfoelgning-2-2024.pdf");
    expect(squash(pdfText(file, 1))).toContain("Eksempel Kommune Budgetopfølgning 2 2024");
    const all = squash(pdfText(file));
    expect(all).toContain("Forventet regnskab 2024 – Hovedresultater");
    expect(all).toContain("Forventes overholdt");
    // The heads as the website has them; the PDF printed from the same HTML wraps them over lines.
    const site = textOf(readFileSync(join(out, "budgetopfoelgning/site/klima-miljo.html"), "utf8"));
    expect(site).toContain(
      "Driftsvirksomhed (1.000 kr.) Vedtaget budget 2024 (1) Korrigeret budget 2024 (2) Forbrug pr. 30.06.2024 Forbrug i pct. af (2) Forventet regnskab 2024 (3) Resultat (3)-(2)=(4) Ændring siden 1. budgetopfølgning",
    );
    for (const word of ["Forbrug i pct.", "30.06.2024", "Forventet", "Ændring siden 1."]) expect(all, word).toContain(word);
    expect(all).toContain("Tabel 4. Ændringer i forventet regnskab siden 1. budgetopfølgning på Klima- og Miljøudvalgets område");
    const pages = pdfText(file).split("\f");
    // The page of the table itself, not the contents that list it: its running head names report and committee.
    const klima = pages.find((p) => p.includes("Tabel 1. Klima- og Miljøudvalgets driftsudgifter") && !p.includes("Indhold"))!;
    expect(klima).toMatch(/^Budgetopfølgning 2 2024 · Eksempel Kommune\s+Klima- og Miljøudvalget\n/);
    expect(all).not.toContain("Regnskab 2024 (3)");
  });

  it("the plan: its themes as chapters, statuses in words, completed initiatives included", () => {
    const file = join(out, "udmoentningsplan/pdf/udmoentningsplan-2024.pdf");
    const all = squash(pdfText(file));
    expect(all).toContain("Udmøntningsplan for Aftale om budget 2024");
    for (const theme of ["Klima, natur og miljø", "By, trafik og tryghed", "Børn, unge og uddannelse", "Sundhed og ældre", "En effektiv kommune"]) expect(all, theme).toContain(theme);
    expect(all).toContain("Gennemført");
    expect(all).toContain("Hensigtserklæringer");
    expect(all).toContain("Anlægsprojekt A230006");
    const section = squash(pdfText(join(out, "udmoentningsplan/pdf/okonomi.pdf")));
    expect(section).toContain("Økonomiudvalget Udmøntningsplan 2024 – udvalgets afsnit");
  });

  it("the annual report: front section placed after the main results, a capital table in mio. kr. with three decimals", () => {
    const file = join(out, "pdf/aarsrapport-2024.pdf");
    const contents = squash(pdfText(file, 2));
    expect(contents.indexOf("Årets gang")).toBeGreaterThan(contents.indexOf("Regnskab 2024 – Hovedresultater"));
    const plan = textOf(readFileSync(join(out, "site/plan-erhverv.html"), "utf8"));
    expect(plan).toContain("Anlægsvirksomhed (mio. kr.) Budget 2024 Korrigeret budget 2024 Regnskab 2024 Forventede overførsler Årets resultat 14,000 24,150 19,190 -0,688");
    expect(squash(pdfText(join(out, "pdf/plan-erhverv.pdf")))).toMatch(/Årets resultat 14,000 24,150 19,190 -0,688/);
  });
});

describe("a nightly build after a change to a follow-up's figure", { timeout: 300_000 }, () => {
  let data: string;
  let out: string;
  beforeAll(async () => {
    ({ data, out } = await sampleBuildCopy());
  }, 300_000);

  it("makes that committee's part of the follow-up and its full report again, and nothing of the annual report or the plan", () => {
    const file = join(data, "committees/03-social-sundhed.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("expected: 284351", "expected: 284551"));
    const r = runCli(["build", data, "--out", out, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const rebuilt: string[] = JSON.parse(r.stdout).rebuilt;
    expect(rebuilt.every((p) => p.startsWith("budgetopfoelgning/")), rebuilt.join(", ")).toBe(true);
    expect(rebuilt).toEqual(
      expect.arrayContaining([
        "budgetopfoelgning/csv/social-sundhed-tabel-1.csv",
        "budgetopfoelgning/pdf/budgetopfoelgning-2-2024.pdf",
        "budgetopfoelgning/pdf/social-sundhed.pdf",
        "budgetopfoelgning/site/index.html",
        "budgetopfoelgning/site/social-sundhed.html",
        "budgetopfoelgning/xlsx/budgetopfoelgning-2-2024.xlsx",
      ]),
    );
    expect(rebuilt.filter((p) => /\/pdf\//.test(p)).sort()).toEqual(["budgetopfoelgning/pdf/budgetopfoelgning-2-2024.pdf", "budgetopfoelgning/pdf/social-sundhed.pdf"]);
    const changes = JSON.parse(readFileSync(join(out, "changes.json"), "utf8"));
    expect(changes.committees).toEqual([
      expect.objectContaining({
        id: "social-sundhed",
        figures: [{ row: "30.50 Ældre og pleje: Plejecentre", column: "Forventet regnskab", old: "284351000", new: "284551000", difference: "200000" }],
      }),
    ]);
  });
});
