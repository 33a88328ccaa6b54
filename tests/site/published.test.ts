// The published output as its readers meet it: the report PDF, the workbook and the data page on the front
// page, each committee's PDF on its page, every table's CSV beside the table; every link of every page leads
// to a file inside out/ (and every fragment to an element there); the printed PDFs carry no download link;
// and every generated page — the website, the change report, the preview's pages (its audit trail and the marks
// of data with errors included) and its error page — is
// valid HTML by the W3C Nu Html Checker, without a single warning.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import type { Root } from "hast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataPackage } from "../../src/export/datapackage.js";
import { build } from "../../src/build/build.js";
import { fileSize } from "../../src/render/downloads.js";
import { startPreview } from "../../src/serve/server.js";
import { FULL as EVERY_KEY, SAMPLE } from "../support/fixtures.js";
import { validData } from "../support/report.js";
import { sampleBuild } from "../support/sample-build.js";
import { copyOf, scratchDir } from "../support/scratch.js";
import { vnuMessages } from "./vnu.js";

const SIZE = /\((?:[A-Za-z]+, )?\d+(?:,\d)? (?:byte|kB|MB)\)/;

let out: string;
const parsed = new Map<string, Root>();

beforeAll(async () => {
  out = await sampleBuild();
}, 600_000);

/** The published pages: the website's and the change report. */
function pages(dir = out): string[] {
  const site = join(dir, "site");
  return [...readdirSync(site).filter((f) => f.endsWith(".html")).map((f) => join(site, f)), join(dir, "changes.html")];
}

function tree(file: string): Root {
  let t = parsed.get(file);
  if (!t) parsed.set(file, (t = fromHtml(readFileSync(file, "utf8"))));
  return t;
}

/** Every URL a page or stylesheet refers to: links, stylesheets, and url() in the CSS. */
function references(file: string): string[] {
  if (file.endsWith(".css")) return [...readFileSync(file, "utf8").matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!);
  return selectAll("[href], [src]", tree(file)).map((el) => String(el.properties.href ?? el.properties.src));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("every link of every published page", () => {
  it("leads to a file inside out/, and every fragment to an element of the page it names", () => {
    const checked: string[] = [];
    const faults: string[] = [];
    const sources = [...pages(), ...readdirSync(join(out, "site")).filter((f) => f.endsWith(".css")).map((f) => join(out, "site", f))];
    for (const source of sources) {
      for (const ref of references(source)) {
        const where = `${relative(out, source)} → ${ref}`;
        if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("/")) {
          faults.push(`${where}: leads outside out/`);
          continue;
        }
        const [path, fragment] = ref.split("#") as [string, string | undefined];
        const target = path === "" ? source : resolve(dirname(source), decodeURIComponent(path));
        if (!target.startsWith(`${out}/`)) faults.push(`${where}: leads outside out/`);
        else if (!existsSync(target) || !statSync(target).isFile()) faults.push(`${where}: no such file`);
        else if (fragment && !select(`[id="${decodeURIComponent(fragment)}"]`, tree(target))) faults.push(`${where}: no element with that id`);
        checked.push(where);
      }
    }
    expect(faults).toEqual([]);
    expect(checked.length).toBeGreaterThan(150);
  });

  it("reaches every file there is to download: each PDF, the workbook, each CSV file and the data package", () => {
    const linked = new Set(
      pages().flatMap((page) => references(page).filter((r) => !r.startsWith("#")).map((r) => resolve(dirname(page), r.split("#")[0]!))),
    );
    const downloads = ["pdf", "xlsx", "csv"].flatMap((d) => files(join(out, d)).map((f) => resolve(f)));
    expect(downloads.length).toBeGreaterThan(30);
    expect(downloads.filter((f) => !linked.has(f)).map((f) => relative(out, f))).toEqual([]);
  });
});

describe("the downloads, where people look", () => {
  const link = (page: string, href: string) => select(`a[href="${href}"]`, tree(join(out, "site", page)));

  it("the front page offers the full report as PDF, the workbook and «Data til genbrug», with file type and size", () => {
    const pdf = link("index.html", "../pdf/aarsrapport-2024.pdf");
    expect(toText(pdf!)).toMatch(new RegExp(`^Årsrapport 2024 som PDF ${SIZE.source}$`));
    expect(toText(link("index.html", "../xlsx/aarsrapport-2024.xlsx")!)).toMatch(new RegExp(`^Alle tabeller i ét regneark ${SIZE.source}$`));
    expect(toText(link("index.html", "data-til-genbrug.html")!)).toBe("Data til genbrug");
    // The sizes are the files' own.
    expect(toText(pdf!)).toContain(`(${fileSize(statSync(join(out, "pdf", "aarsrapport-2024.pdf")).size)})`);
  });

  it("each committee's page offers its section PDF", () => {
    for (const committee of validData(SAMPLE).data.committees) {
      const a = link(`${committee.id}.html`, `../pdf/${committee.id}.pdf`);
      expect(a, committee.id).toBeTruthy();
      expect(toText(a!)).toMatch(new RegExp(`^Hent afsnittet om ${committee.name} som PDF ${SIZE.source}$`));
    }
  });

  it("every table of the data package has its CSV link beside it, named for the table, on every page that shows it", () => {
    const pkg = JSON.parse(readFileSync(join(out, "csv", "datapackage.json"), "utf8")) as DataPackage;
    let seen = 0;
    for (const resource of pkg.resources) {
      const shownOn = pages().filter((p) => select(`figure[id="${resource.name}"]`, tree(p)));
      expect(shownOn.length, resource.name).toBeGreaterThan(0);
      for (const page of shownOn) {
        const a = select(`figure[id="${resource.name}"] a[href="../csv/${resource.path}"]`, tree(page));
        expect(a, `${resource.name} on ${relative(out, page)}`).toBeTruthy();
        // The accessible name says what and which: "Hent tabellen som CSV-fil (1,6 kB): Tabel 1. …".
        expect(toText(a!)).toMatch(new RegExp(`^Hent tabellen som CSV-fil ${SIZE.source}: `));
        expect(toText(a!).endsWith(resource.title)).toBe(true);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(pkg.resources.length);
  });

  it("the data page lists every CSV file and links the data package", () => {
    const page = tree(join(out, "site", "data-til-genbrug.html"));
    const pkg = JSON.parse(readFileSync(join(out, "csv", "datapackage.json"), "utf8")) as DataPackage;
    const hrefs = selectAll("main a[href]", page).map((a) => String(a.properties.href));
    expect(hrefs).toEqual(expect.arrayContaining([...pkg.resources.map((r) => `../csv/${r.path}`), "../csv/datapackage.json", "../xlsx/aarsrapport-2024.xlsx"]));
    expect(toText(select("h1", page)!)).toBe("Data til genbrug");
  });

  it("the printed PDFs carry none of it: the download links belong to the website", () => {
    for (const pdf of ["aarsrapport-2024.pdf", "klima-miljo.pdf"]) {
      const text = execFileSync("pdftotext", ["-layout", join(out, "pdf", pdf), "-"], { encoding: "utf8" });
      expect(text, pdf).toContain("Tabel 1.");
      expect(text, pdf).not.toMatch(/Hent tabellen|CSV-fil|Data til genbrug|Hent afsnittet|Hent rapporten/);
    }
  });
});

// That a second build gives the same bytes (the PDFs' sizes in the pages included) is tests/e2e/cli.test.ts's
// determinism test, which compares every output of the sample with this shared build.

describe("the W3C Nu Html Checker", () => {
  const previews: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of previews) await close();
  });

  /** The preview's pages as a browser receives them, saved for the checker: a report page, or the error page. */
  async function previewPages(dataDir: string, names: string[]): Promise<string[]> {
    const preview = await startPreview({ dataDir, port: 0, host: "127.0.0.1" });
    previews.push(() => preview.close());
    const dir = scratchDir("preview");
    const saved: string[] = [];
    for (const name of names) {
      const response = await fetch(`${preview.url}${name}`);
      expect(response.status).toBe(200);
      const file = join(dir, `preview-${name}`);
      writeFileSync(file, await response.text());
      saved.push(file);
    }
    return saved;
  }

  it("finds no error and no warning in any generated page, in one run", async () => {
    // Data with errors: the preview shows the report with the problems listed and marked.
    const broken = copyOf(SAMPLE, "broken");
    const file = join(broken, "committees/03-social-sundhed.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("actual: 282470", "actual: 282.470").replace(/(number: "30\.51"\n    name: [^\n]*\n)/, "$1    totals: { adopted: 340000 }\n"));
    const marked = await previewPages(broken, ["index.html", "social-sundhed.html"]);
    expect(readFileSync(marked[1]!, "utf8")).toMatch(/audit-problem-row[^]*class="audit-declared"/);
    // Data that cannot be read at all: the error page.
    const unreadable = copyOf(SAMPLE, "unreadable");
    writeFileSync(join(unreadable, "municipality.yaml"), "- en liste, ikke en kommune\n");
    const errorPage = await previewPages(unreadable, ["index.html"]);
    expect(readFileSync(errorPage[0]!, "utf8")).toContain("Rapporten kan ikke vises");

    const everyKey = scratchDir("site");
    expect((await build({ dataDir: EVERY_KEY, outDir: everyKey, pdf: false })).status).toBe("published");

    const checked = [
      ...pages(),
      ...readdirSync(join(out, "site")).filter((f) => f.endsWith(".css")).map((f) => join(out, "site", f)),
      ...pages(everyKey),
      ...(await previewPages(SAMPLE, ["index.html", "klima-miljo.html", "revisionsspor.html"])),
      ...marked,
      ...errorPage,
    ];
    expect(checked.length).toBeGreaterThanOrEqual(21);
    const messages = await vnuMessages(checked);
    expect(messages.map((m) => `${m.url}:${m.lastLine ?? ""} ${m.type}${m.subType ? `/${m.subType}` : ""}: ${m.message}`)).toEqual([]);
  }, 180_000);
});
