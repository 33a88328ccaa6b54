// Accessibility of every generated page (WCAG 2.1 AA, as Danish public bodies must publish), in real Chromium:
// axe-core injected into each page at a desktop width, at 200 % zoom and at a phone's width, with zero
// violations of the WCAG rules and of axe's best practices; and what axe cannot judge alone — tables with
// captions, scoped header cells and right-aligned figures, Danish as the language, headings that nest, marks
// that are words and not only colour, no page wider than the screen. The PDFs' tags: tests/print, tests/xss.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/build/build.js";
import { launchBrowser, type LaunchedBrowser } from "../../src/print/browser.js";
import { FULL } from "../support/fixtures.js";
import { sampleBuild } from "../support/sample-build.js";
import { scratchDir } from "../support/scratch.js";

const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/**
 * Desktop; a 1280 px window at 200 % zoom; a phone (and WCAG's reflow width, 1280 px at 400 %). Every page
 * is checked at desktop width; the narrow widths check a page of each kind (the whole report, a committee's
 * page, the change report), since the committee pages share one template and stylesheet — this keeps CI time.
 */
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900, every: true },
  { name: "200 % zoom", width: 640, height: 450, every: false },
  { name: "phone", width: 320, height: 640, every: false },
];
/** A page of each kind per data set: index.html, the first committee page, changes.html. */
function pagesFor(viewport: (typeof VIEWPORTS)[number]): typeof pages {
  if (viewport.every) return pages;
  return Object.keys(DATA).flatMap((label) => {
    const own = pages.filter((p) => p.label.startsWith(`${label}: `));
    const committee = own.find((p) => !/: (index|changes)\.html$/.test(p.label));
    return own.filter((p) => /: (index|changes)\.html$/.test(p.label) || p === committee);
  });
}
/** Each data set's build: the sample's is the run's shared build; the fixture with every key is built here. */
const DATA: Record<string, () => Promise<string>> = {
  sample: sampleBuild,
  "every key": async () => {
    const out = scratchDir("a11y");
    expect((await build({ dataDir: FULL, outDir: out, pdf: false })).status).toBe("published");
    return out;
  },
};

let browser: LaunchedBrowser;
const pages: { label: string; file: string }[] = [];
const rulesRun = new Set<string>();

beforeAll(async () => {
  browser = await launchBrowser();
  for (const [label, built] of Object.entries(DATA)) {
    const out = await built();
    const site = join(out, "site");
    for (const f of readdirSync(site).filter((n) => n.endsWith(".html"))) pages.push({ label: `${label}: ${f}`, file: join(site, f) });
    pages.push({ label: `${label}: changes.html`, file: join(out, "changes.html") });
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens a page with JavaScript on (the test's own browser only: the build's pages need none). */
async function open(file: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.browser.newPage();
  await page.setViewport(viewport);
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  return page;
}

interface AxeResult {
  id: string;
  nodes: { target: string[]; failureSummary?: string }[];
}
async function axe(page: Page, tags: string[]): Promise<{ violations: AxeResult[]; rules: string[] }> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (values) => {
    const run = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Record<string, AxeResult[]>> } }).axe.run;
    const r = await run(document, { runOnly: { type: "tag", values }, resultTypes: ["violations"] });
    const rules = [...r.passes!, ...r.violations!, ...r.incomplete!, ...r.inapplicable!].map((x) => x.id);
    return { violations: r.violations!.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })), rules };
  }, tags);
}

describe.each(VIEWPORTS)("every page at $name width", (viewport) => {
  it("has no axe violation of WCAG 2.1 A/AA nor of axe's best practices", async () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const { label, file } of pagesFor(viewport)) {
      const page = await open(file, viewport);
      try {
        const { violations, rules } = await axe(page, [...WCAG, "best-practice"]);
        rules.forEach((r) => rulesRun.add(r));
        expect(violations, label).toEqual([]);
      } finally {
        await page.close();
      }
    }
    expect(rulesRun.size, "axe rules run").toBeGreaterThan(80);
  }, 300_000);

  it("is no wider than the screen: only a table may scroll, inside its own focusable box", async () => {
    for (const { label, file } of pagesFor(viewport)) {
      const page = await open(file, viewport);
      try {
        const escaping = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const scrolls = (el: Element | null): boolean => {
            for (let e = el; e; e = e.parentElement) if (["auto", "scroll"].includes(getComputedStyle(e).overflowX) && e !== document.documentElement && e !== document.body) return true;
            return false;
          };
          const out = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > width + 1 && !scrolls(el.parentElement));
          return { page: document.documentElement.scrollWidth - width, elements: out.slice(0, 3).map((el) => el.outerHTML.slice(0, 120)) };
        });
        expect(escaping, label).toEqual({ page: 0, elements: [] });
      } finally {
        await page.close();
      }
    }
  }, 120_000);
});

describe("what axe cannot judge alone", () => {
  it("tables have a caption, header cells with a scope, and their figures right-aligned", async () => {
    for (const { label, file } of pages) {
      const page = await open(file, VIEWPORTS[0]!);
      const faults = await page.evaluate(() =>
        [...document.querySelectorAll("table")].flatMap((table) => {
          const name = table.id || table.closest("figure")?.id || "table";
          const out: string[] = [];
          // A table the Markdown of a text makes has no caption to give (GFM has no syntax for one).
          if (table.closest(".report-table, .contents") && !table.querySelector(":scope > caption")?.textContent?.trim()) out.push(`${name}: no caption`);
          for (const th of table.querySelectorAll("th")) if (!["col", "row", "colgroup", "rowgroup"].includes(th.getAttribute("scope") ?? "")) out.push(`${name}: <th> without scope: ${th.textContent}`);
          for (const cell of table.querySelectorAll("td.num, th.num")) if (getComputedStyle(cell).textAlign !== "right") out.push(`${name}: figure not right-aligned`);
          if (table.closest(".report-table") && !table.classList.contains("text-table") && table.querySelectorAll("td.num").length === 0) out.push(`${name}: no figure cells`);
          return out;
        }),
      );
      await page.close();
      expect(faults, label).toEqual([]);
    }
  }, 120_000);

  it("is in Danish, with one h1 and headings that never skip a level", async () => {
    for (const { label, file } of pages) {
      const page = await open(file, VIEWPORTS[0]!);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        levels: [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1])),
      }));
      await page.close();
      expect(facts.lang, label).toBe("da");
      expect(facts.title, label).toMatch(/\S/);
      expect(facts.levels.filter((l) => l === 1), label).toHaveLength(1);
      facts.levels.forEach((level, i) => expect(level - (facts.levels[i - 1] ?? 0), `${label}: heading ${i}`).toBeLessThanOrEqual(1));
    }
  }, 120_000);

  it("says met, not met, pending and draft in words, so that they do not depend on colour", async () => {
    const seen = new Set<string>();
    for (const { label, file } of pages) {
      const page = await open(file, VIEWPORTS[0]!);
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll("main [class*='status-']:not(.status-mark):not(.status-counts), main .draft-mark")].map((el) => ({ cls: el.getAttribute("class") ?? "", text: (el.textContent ?? "").replace(/\s+/g, " ").trim() })),
      );
      await page.close();
      for (const { cls, text } of marks) {
        const words = /draft-mark/.test(cls) ? /^Udkast$/i : /status-(met|not-met|pending)\b/.test(cls) ? /(Overholdt|Ikke overholdt|Opgøres senere)$/ : /\p{L}{3,}/u;
        expect(text, `${label}: ${cls}`).toMatch(words);
        seen.add(cls.split(" ").find((c) => c.startsWith("status-") || c === "draft-mark")!);
      }
    }
    expect([...seen]).toEqual(expect.arrayContaining(["status-met", "status-not-met", "status-pending", "draft-mark", "status-delayed"]));
  }, 120_000);
});
