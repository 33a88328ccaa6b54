// The PDFs, printed by real Chromium from the sample data (the run's shared build): contents that point at the
// right pages, page numbers, bookmarks, tags and metadata, draft marks, no wall-clock time. That two builds give
// the same bytes: tests/e2e/cli.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { bookmarks, catalogString, loadPdf, pageCount, pageScales, pdfInfo, pdfText, squash, structureFaults, taggedTables } from "../support/pdf.js";
import { sampleBuild } from "../support/sample-build.js";

const HEAD = "Årsrapport 2024 · Eksempel Kommune";
const DRAFT = new Set(["social-sundhed", "plan-erhverv"]);
let out: string;
const pdf = (name: string): string => join(out, "pdf", `${name}.pdf`);

beforeAll(async () => {
  out = await sampleBuild();
}, 600_000);

/** The contents of a PDF: its entries with the page they name, read from the contents pages' text. */
function contents(file: string): { title: string; page: number }[] {
  const entries: { title: string; page: number }[] = [];
  const pages = pageCount(file);
  let pending = "";
  for (let p = 2; p <= pages; p++) {
    const text = pdfText(file, p);
    if (text.includes(HEAD)) break; // the first page with a running head is past the contents
    for (const line of text.split("\n")) {
      if (/^\s*(Indhold|Side \d+ af \d+)\s*$/.test(line) || line.trim() === "") continue;
      const m = /^(.*?)\s+(\d+)\s*$/.exec(line);
      if (m) {
        entries.push({ title: squash(`${pending} ${m[1]}`), page: Number(m[2]) });
        pending = "";
      } else pending = squash(`${pending} ${line}`);
    }
  }
  return entries;
}

describe("the full report", () => {
  const file = (): string => pdf("aarsrapport-2024");

  it("is A4, tagged, titled, in Danish, by the municipality, dated from the data", async () => {
    const info = pdfInfo(file());
    expect(info.Tagged).toBe("yes");
    expect(info["Page size"]).toMatch(/\(A4\)$/);
    expect(info.Title).toBe("Årsrapport 2024 – Eksempel Kommune");
    expect(info.Author).toBe("Eksempel Kommune");
    expect(info.CreationDate).toMatch(/2024/);
    const doc = await loadPdf(file());
    expect(catalogString(doc, "Lang")).toBe("da");
  });

  it("embeds every font it uses, all of them the shipped Source Sans 3 (no system-font luck)", () => {
    const lines = execFileSync("pdffonts", [file()], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line, line).toMatch(/^\S*SourceSans3/);
      expect(line.split(/\s+/).at(-5), line).toBe("yes"); // the "emb" column
    }
  });

  it("has a cover, then contents whose every entry sits on the page it names", () => {
    expect(pdfText(file(), 1)).toContain("Årsrapport 2024");
    expect(pdfText(file(), 2)).toContain("Indhold");
    const entries = contents(file());
    expect(entries.length).toBeGreaterThan(25);
    for (const committee of ["Klima- og Miljøudvalget", "Økonomiudvalget", "Indledning"]) {
      expect(entries.map((e) => e.title)).toContain(committee);
    }
    for (const entry of entries) {
      expect(squash(pdfText(file(), entry.page)), `"${entry.title}" on page ${entry.page}`).toContain(entry.title);
    }
  });

  it("numbers its pages 'Side X af Y', right on the first and the last page", () => {
    const pages = pageCount(file());
    expect(pdfText(file(), 1)).toContain(`Side 1 af ${pages}`);
    expect(pdfText(file(), pages)).toContain(`Side ${pages} af ${pages}`);
  });

  it("runs a head with the report's title and the current committee", () => {
    const entry = contents(file()).find((e) => e.title === "Børne- og Skoleudvalget")!;
    const text = pdfText(file(), entry.page + 1);
    expect(text.split("\n")[0]).toMatch(/Årsrapport 2024 · Eksempel Kommune\s+.*Børne- og Skoleudvalget/);
  });

  it("has a bookmark for every committee and for every table, each opening its page", async () => {
    const marks = bookmarks(await loadPdf(file()));
    const committees = marks.filter((m) => m.title.endsWith("udvalget"));
    expect(committees.map((m) => m.title)).toEqual([
      "Klima- og Miljøudvalget",
      "Børne- og Skoleudvalget",
      "Social- og Sundhedsudvalget",
      "Beskæftigelsesudvalget",
      "Kultur- og Fritidsudvalget",
      "Plan- og Erhvervsudvalget",
      "Økonomiudvalget",
    ]);
    for (const m of committees) {
      expect(m.children.length, m.title).toBeGreaterThanOrEqual(1);
      for (const b of [m, ...m.children]) expect(squash(pdfText(file(), b.page)), b.title).toContain(b.title);
    }
  });

  it("marks the pages of draft committees UDKAST, and only those", async () => {
    const marks = bookmarks(await loadPdf(file()));
    const pages = pageCount(file());
    const committees = marks.filter((m) => m.title.endsWith("udvalget"));
    committees.forEach((m, i) => {
      const end = committees[i + 1]?.page ?? pages + 1;
      const draft = m.title === "Social- og Sundhedsudvalget" || m.title === "Plan- og Erhvervsudvalget";
      for (let p = m.page; p < end; p++) expect(pdfText(file(), p).includes("UDKAST"), `${m.title} page ${p}`).toBe(draft);
    });
  });

  // Chromium does not honour a caption's break-after: avoid; print.css keeps short tables whole instead (this
  // failed on "Finansieringsposter i 2024", alone at the foot of page 7, before that).
  it("keeps every caption with its table", async () => {
    const tables = taggedTables(await loadPdf(file()));
    for (const table of tables.filter((t) => t.hasHead && t.captionPage !== undefined && t.rows.length > 1)) {
      expect(table.rows[1]![0], "the first row on the caption's page").toBe(table.captionPage);
    }
  });

  it("keeps every table row on one page, and repeats the head row on every page", async () => {
    const tables = taggedTables(await loadPdf(file()));
    expect(tables.length).toBeGreaterThan(20);
    let spanning = 0;
    for (const table of tables.filter((t) => t.hasHead)) {
      const [head, ...body] = table.rows;
      for (const row of body) expect(row.length, `a row split over pages ${row}`).toBe(1);
      // Chromium tags each repetition of the head row as content of that row: it must be on every page.
      const bodyPages = [...new Set(body.flat())];
      expect(head, "the head row is on every page the table spans").toEqual(bodyPages);
      if (bodyPages.length > 1) spanning++;
    }
    expect(spanning, "tables that span pages").toBeGreaterThan(3);
  });
});

describe("the section PDFs", () => {
  it("exist for every committee, each with its own cover, contents and page numbers", () => {
    const files = readdirSync(join(out, "pdf")).sort();
    expect(files).toEqual(
      ["aarsrapport-2024", "beskaeftigelse", "born-skole", "klima-miljo", "kultur-fritid", "okonomi", "plan-erhverv", "social-sundhed"].map((f) => `${f}.pdf`),
    );
    const file = pdf("klima-miljo");
    expect(pdfText(file, 1)).toContain("Klima- og Miljøudvalget");
    const entries = contents(file);
    expect(entries.map((e) => e.title)).toContain("Driftsudgifter");
    expect(entries.some((e) => e.title.startsWith("Tabel 3."))).toBe(true);
    for (const entry of entries) expect(squash(pdfText(file, entry.page)), entry.title).toContain(entry.title);
    const pages = pageCount(file);
    expect(pdfText(file, pages)).toContain(`Side ${pages} af ${pages}`);
    expect(pdfInfo(file).Tagged).toBe("yes");
  });

  it("carry UDKAST on every page while the committee is a draft, and nowhere once approved", () => {
    for (const id of ["klima-miljo", "social-sundhed", "plan-erhverv", "okonomi"]) {
      const file = pdf(id);
      for (let p = 1; p <= pageCount(file); p++) expect(pdfText(file, p).includes("UDKAST"), `${id} page ${p}`).toBe(DRAFT.has(id));
    }
  });

  it("have one bookmark for the committee with one per table", async () => {
    const marks = bookmarks(await loadPdf(pdf("okonomi")));
    const committee = marks.find((m) => m.title === "Økonomiudvalget")!;
    expect(committee.children.map((c) => c.title.slice(0, 9))).toEqual(["Tabel 1. ", "Tabel 2. ", "Tabel 3. ", "Tabel 4. "]);
  });
});

describe("the tags of every PDF", () => {
  // Parts printed together in one batch are split by the page each begins on; an element assigned to the wrong
  // part once left a committee's tables tagged on pages that were not in the PDF (and its own pages untagged).
  it("point at the document's own pages and reach every page's marked content", async () => {
    const files = readdirSync(join(out, "pdf"));
    expect(files.length).toBe(8);
    for (const file of files) {
      const faults = structureFaults(await loadPdf(join(out, "pdf", file)));
      expect(faults.length, `${file}: ${faults.slice(0, 5).join("; ")}`).toBe(0);
    }
  });
});

describe("the print scale", () => {
  // Chromium shrinks a whole printed document whose content is wider than the page: the carry-over table's nine
  // columns once printed the årsregnskab (and, printed with it, three committees) at 98.3 %.
  it("is 100 % on every page of every report's PDFs: nothing is wider than the page", async () => {
    const dirs = ["pdf", "budgetopfoelgning/pdf", "udmoentningsplan/pdf"].map((d) => join(out, d));
    let pages = 0;
    for (const dir of dirs) {
      for (const file of readdirSync(dir)) {
        const scales = pageScales(await loadPdf(join(dir, file)));
        pages += scales.length;
        const shrunk = scales.map((s, i) => [i + 1, s]).filter(([, s]) => s !== 3.125);
        expect(shrunk, `${dir}/${file}: [page, scale]`).toEqual([]);
      }
    }
    expect(pages).toBeGreaterThan(100);
  });
});

describe("reproducibility", () => {
  it("puts no wall-clock time into the PDFs", () => {
    const raw = readFileSync(pdf("aarsrapport-2024")).toString("latin1");
    const year = String(new Date().getFullYear());
    expect(raw).not.toMatch(new RegExp(`D:${year}`));
  });
});
