// The live preview, driven by a real browser: it serves the very website `build` publishes, reloads by itself
// after a data file is saved, shows the problems instead of the report while the data is invalid, and recovers
// on the next good save.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { filesUnder } from "../../src/core/files.js";
import { join } from "node:path";
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

/** Saves the file and waits for the page to reload by itself. */
async function saveAndReload(text: string): Promise<void> {
  const reloaded = page.waitForNavigation({ timeout: 20_000 });
  writeFileSync(FILE, text);
  await reloaded;
}

describe("aarsrapport serve", () => {
  it("serves the website the build publishes, byte for byte but for the reload line and the download links", async () => {
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
        expect(served.toString("utf8").replace(reload, "</body>"), file).toBe(withoutDownloads(built.toString("utf8")));
      }
    }
  }, 600_000);

  it("listens on 127.0.0.1 and shows the report", async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await page.goto(`${preview.url}social-sundhed.html`);
    expect(await page.$eval("h2", (h) => h.textContent)).toContain("Social- og Sundhedsudvalget");
    expect(await page.content()).toContain("282.470");
  });

  it("reloads the page after a data file is saved", async () => {
    await saveAndReload(readFileSync(FILE, "utf8").replace("actual: 282470", "actual: 282519"));
    const html = await page.content();
    expect(html).toContain("282.519");
    expect(html).not.toContain("282.470");
  });

  it("shows the problems in the page while the data is invalid, and the report again once mended", async () => {
    const good = readFileSync(FILE, "utf8");
    await saveAndReload(good.replace("actual: 282519", "actual: 282.519"));
    const text = await page.$eval("main", (m) => m.textContent ?? "");
    expect(text).toContain("Rapporten kan ikke vises");
    expect(text).toMatch(/committees\/03-social-sundhed\.yaml:\d+:\d+/);
    expect(text).toContain("fejl actual: 282.519 har decimaler"); // in Danish, the default
    await saveAndReload(good);
    expect(await page.content()).toContain("282.519");
  });
});
