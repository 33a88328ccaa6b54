// The live preview, driven by a real browser: it serves the very website `build` publishes with the audit trail
// added (every figure's source on hover and focus, a click opens it in the editor, a page of every figure),
// reloads by itself after a data file is saved, shows the report with its problems listed and marked while the
// data has errors (the problems alone only while the data cannot be read at all), and recovers on the next good save.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { filesUnder } from "../../src/core/files.js";
import { join, resolve } from "node:path";
import type { Page } from "puppeteer";
import { launchBrowser, type LaunchedBrowser } from "../../src/print/browser.js";
import { RELOAD, startPreview, type Preview } from "../../src/serve/server.js";
import { SAMPLE } from "../support/fixtures.js";
import { DATA_PAGE } from "../../src/render/downloads.js";
import { sampleBuild } from "../support/sample-build.js";
import { scratchDir } from "../support/scratch.js";

const data = scratchDir("serve");
const FILE = join(data, "committees/03-social-sundhed.yaml");
let preview: Preview;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  cpSync(SAMPLE, data, { recursive: true });
  preview = await startPreview({ dataDir: data, port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
  page = await browser.browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser.close();
  await preview.close();
});

/** A published page without what links the build's downloads (templates: report.hbs, committee.hbs, the tables). */
function withoutDownloads(html: string): string {
  const stripped = html
    .replace(/\n *<section class="downloads"[^]*?<\/section>\n/, "\n")
    .replace(/\n *<p class="(downloads-inline|table-download)">.*<\/p>(?=\n)/g, "");
  expect(stripped.includes("../pdf/") || stripped.includes("../csv/"), "every download link found").toBe(false);
  return stripped;
}

/**
 * A preview page without the audit trail (src/render/audit.ts): its stylesheet, the bar with the problems, each
 * figure's link and tooltip, the problem marks. Fails when a page with tables had none: the marks must be there.
 */
function withoutAudit(html: string, file: string): string {
  const figures = (html.match(/class="audit-figure"/g) ?? []).length;
  if (html.includes('<td class="num')) expect(figures, `${file}: figures with their sources`).toBeGreaterThan(0);
  expect(html, `${file}: the preview's bar`).toContain('<div class="audit-bar"');
  const stripped = html
    .replace(/\n<link rel="stylesheet" href="audit\.css">(?=\n)/, "")
    .replace(/\n<div class="audit-bar"[^]*?<\/div>(?=\n)/, "")
    .replace(/<(a|span) class="audit-figure"[^>]*>([^<]*)<\/\1>/g, "$2")
    .replace(/<span class="audit-tip"[^>]*>(?:[^<]|<span class="audit-hint">[^<]*<\/span>)*<\/span>/g, "")
    .replace(/<span class="audit-declared">[^<]*<\/span>/g, "")
    .replace(/<a class="audit-mark[^"]*" href="#problem-\d+"><span aria-hidden="true">[^<]*<\/span><span class="visually-hidden">[^<]*<\/span><\/a>/g, "")
    .replace(/ audit-problem(-row)? audit-(error|warning)(?=")/g, "");
  expect(stripped, `${file}: every audit mark found`).not.toMatch(/audit-|vscode:/);
  return stripped;
}

/** axe-core's violations of WCAG 2.1 A/AA and of its best practices on the open page. */
async function axeViolations(): Promise<{ id: string; nodes: string[][] }[]> {
  await page.addScriptTag({ content: (createRequire(import.meta.url)("axe-core") as { source: string }).source });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target) }));
  });
}

/** Saves the file and waits for the page to reload by itself. */
async function saveAndReload(text: string, file = FILE): Promise<void> {
  const reloaded = page.waitForNavigation({ timeout: 20_000 });
  writeFileSync(file, text);
  await reloaded;
}

describe("aarsrapport serve", () => {
  it("serves the website the build publishes, byte for byte but for the reload line, the download links and the audit trail", async () => {
    const site = join(await sampleBuild(), "site");
    // The preview makes no files to download, so its pages have no download links and no data page.
    const files = filesUnder(site).filter((f) => f !== DATA_PAGE);
    expect(files.filter((f) => f.endsWith(".html")).length).toBeGreaterThan(5);
    expect(files).toContain("fonts.css");
    for (const file of files) {
      const res = await fetch(`${preview.url}${file}`);
      expect(res.status, file).toBe(200);
      const served = Buffer.from(await res.arrayBuffer());
      const built = readFileSync(join(site, file));
      if (!file.endsWith(".html")) expect(served.equals(built), `${file} byte for byte`).toBe(true);
      else {
        const reload = `${RELOAD}\n</body>`;
        expect(served.toString("utf8").split(reload), `${file}: the reload line, once`).toHaveLength(2);
        expect(withoutAudit(served.toString("utf8").replace(reload, "</body>"), file), file).toBe(withoutDownloads(built.toString("utf8")));
      }
    }
  }, 600_000);

  it("listens on 127.0.0.1 and shows the report", async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await page.goto(`${preview.url}social-sundhed.html`);
    expect(await page.$eval("h2", (h) => h.textContent)).toContain("Social- og Sundhedsudvalget");
    expect(await page.content()).toContain("282.470");
  });

  it("shows every figure's source on hover, and opens it in the editor on click", async () => {
    await page.goto(`${preview.url}klima-miljo.html`);
    const figure = "#klima-miljo-tabel-1 tbody tr:first-child td:nth-child(2) .audit-figure";
    const tip = (selector: string) => page.$eval(selector, (a) => {
      const tooltip = document.getElementById(a.getAttribute("aria-describedby")!)!;
      return { display: getComputedStyle(tooltip).display, role: tooltip.getAttribute("role"), text: tooltip.textContent };
    });
    expect((await tip(figure)).display).toBe("none");
    await page.hover(figure);
    expect(await tip(figure)).toEqual({ display: "block", role: "tooltip", text: expect.stringMatching(/^angivet i committees\/01-klima-miljo\.yaml:260:20, afstemt: afrundingsdifference \+2 t\.kr\./) });
    // A click follows the link to the editor: caught here, since no editor is installed to take it.
    await page.evaluate(() => document.addEventListener("click", (e) => {
      (window as unknown as { opened: string }).opened = (e.target as Element).closest("a")!.href;
      e.preventDefault();
    }, { once: true }));
    await page.click(figure);
    expect(await page.evaluate(() => (window as unknown as { opened: string }).opened)).toBe(`vscode://file${join(resolve(data), "committees/01-klima-miljo.yaml")}:260:20`);
  });

  it("reaches every figure by keyboard and shows its source on focus", async () => {
    await page.goto(`${preview.url}klima-miljo.html`);
    await page.focus("#klima-miljo-tabel-1"); // the table's scroll box, the stop before its figures
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const a = document.activeElement!;
      const tooltip = document.getElementById(a.getAttribute("aria-describedby") ?? "")!;
      return { text: a.textContent, cls: a.className, tip: getComputedStyle(tooltip).display, source: tooltip.textContent };
    });
    expect(focused).toMatchObject({ text: "104.092", cls: "audit-figure", tip: "block" });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement!.getAttribute("href"))).toMatch(/^#problem-\d+$/); // the figure's problem mark
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement!.textContent)).toBe("123.949");
    const counts = await page.evaluate(() => ({
      figures: document.querySelectorAll("#klima-miljo-tabel-1 td.num:not(:empty)").length,
      reachable: [...document.querySelectorAll("#klima-miljo-tabel-1 .audit-figure")].filter((el) => (el as HTMLElement).tabIndex >= 0).length,
    }));
    expect(counts.reachable).toBe(counts.figures);
  });

  it("lists every figure and its source on a page of its own", async () => {
    await page.goto(`${preview.url}revisionsspor.html`);
    const rows = await page.$$eval(".audit-table tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toHaveLength(2420);
    expect(rows).toContainEqual([
      expect.stringMatching(/^Tabel 1\. Klima- og Miljøudvalgets/),
      "10.26 Renovation mv. › Uden for servicerammen › Storskrald og haveaffald",
      "Vedtaget budget 2024 (1)",
      "624",
      "624",
      "committees/01-klima-miljo.yaml:60:18",
    ]);
  });

  it("has no axe violation on the preview's pages, marks, tooltips and problem list included", async () => {
    // A committee's page (the full report's page repeats its sections) and the page of every figure.
    for (const name of ["klima-miljo.html", "revisionsspor.html"]) {
      await page.goto(`${preview.url}${name}`);
      expect(await axeViolations(), name).toEqual([]);
    }
  }, 300_000);

  it("reloads the page after a data file is saved", async () => {
    await page.goto(`${preview.url}social-sundhed.html`);
    await saveAndReload(readFileSync(FILE, "utf8").replace("actual: 282470", "actual: 282519"));
    const html = await page.content();
    expect(html).toContain("282.519");
    expect(html).not.toContain("282.470");
  });

  it("shows the report while the data has errors, every problem listed on top and marked at its row and figure", { timeout: 180_000 }, async () => {
    const good = readFileSync(FILE, "utf8");
    // An amount YAML reads as a decimal, and a declared total far from what its lines give.
    const bad = good.replace(/actual: (282519|282470)\n/, "actual: 282.519\n").replace(/(number: "30\.51"\n    name: [^\n]*\n)/, "$1    totals: { adopted: 340000 }\n");
    expect(bad).toContain("totals: { adopted: 340000 }");
    await page.goto(`${preview.url}social-sundhed.html`);
    await saveAndReload(bad);
    expect(await page.$eval("h2", (h) => h.textContent)).toContain("Social- og Sundhedsudvalget"); // the report
    const list = await page.$$eval(".audit-problems li.audit-error", (items) => items.map((li) => li.textContent?.replace(/\s+/g, " ").trim()));
    // The two real errors, and nothing that only follows from the first: with the actual unreadable the statements
    // cannot compute the year's surplus, but the strategy's surplus target does not say that none is given.
    expect(list).toHaveLength(2);
    expect(list[0]).toMatch(/^\d+\. committees\/03-social-sundhed\.yaml:\d+:\d+ fejl actual: 282\.519 har decimaler/); // in Danish, the default
    expect(list[1]).toMatch(/committees\/03-social-sundhed\.yaml:\d+:\d+ fejl bevillingsramme 30\.51 i alt, \(1\) vedtaget budget: angivet 340\.000/);
    expect(await page.$eval(".audit-bar", (b) => b.textContent)).toContain("Data har 2 fejl");
    // The row whose amount cannot be read is marked, its other figures shown; the figure beyond rounding shows both.
    const rows = await page.$$eval("#social-sundhed-tabel-1 tr.audit-problem-row", (trs) => trs.map((tr) => tr.querySelector("th")!.textContent));
    // Plejecentre's own mark (its actual cannot be read, so no figure shows the problem); 30.51's is at its figure.
    expect(rows).toEqual(expect.arrayContaining([expect.stringMatching(/^Plejecentre⚠ \d+problem \d+$/), "30.51 Sundhed"]));
    const frame = await page.$eval("#social-sundhed-tabel-1 td.audit-problem", (td) => ({ text: td.textContent, tip: td.querySelector(".audit-tip")!.textContent }));
    expect(frame.text).toMatch(/^342\.874angivet 340\.000/);
    expect(frame.tip).toMatch(/^sum af 2: rammens subtotaler for servicerammen · bevillingsramme 30\.51 i alt; angivet 340\.000 t\.kr\. i committees\/03-social-sundhed\.yaml:\d+:\d+ stemmer ikke/);
    expect(await axeViolations(), "the page with errors").toEqual([]);
    await saveAndReload(good);
    expect(await page.$$(".audit-problems li.audit-error")).toHaveLength(0);
    expect(await page.$$("#social-sundhed-tabel-1 tr.audit-problem-row")).toHaveLength(0);
  });

  it("shows only the problems while the data cannot be read at all", async () => {
    const municipality = join(data, "municipality.yaml");
    const good = readFileSync(municipality, "utf8");
    await saveAndReload("- en liste, ikke en kommune\n", municipality);
    const text = await page.$eval("main", (m) => m.textContent ?? "");
    expect(text).toContain("Rapporten kan ikke vises");
    expect(text).toMatch(/municipality\.yaml:1:1/);
    await saveAndReload(good, municipality);
    expect(await page.$eval("h2", (h) => h.textContent)).toContain("Social- og Sundhedsudvalget");
  });
});
