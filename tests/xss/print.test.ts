// All vectors at once in every text field, through a full build with PDFs, while a loopback HTTP server started
// here counts requests: the vectors point at it, so anything that loads or runs — while Chromium prints, or
// when a visitor opens the website with JavaScript on — reaches it. Control: the same vectors as raw HTML do.
import { createServer, type Server } from "node:http";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/build/build.js";
import { launchBrowser, type LaunchedBrowser } from "../../src/print/browser.js";
import { bookmarks, catalogString, loadPdf, pdfInfo } from "../support/pdf.js";
import { unsafeParts } from "./html-safety.js";
import { hostileFiles } from "./hostile-data.js";
import { withBeacon } from "./vectors.js";
import { Scratch, scratchDir } from "../support/scratch.js";

const requests: string[] = [];
let server: Server;
let beacon: string;
let browser: LaunchedBrowser;
let out: string;
const scratch = new Scratch();

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    res.end("");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  beacon = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  out = scratchDir("xss-out");
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens a file with JavaScript on, as a visitor's browser does, and waits until it is quiet. */
async function visit(file: string): Promise<string[]> {
  const page = await browser.browser.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: "networkidle0", timeout: 30_000 });
    await page.mouse.move(200, 200);
    await page.keyboard.press("Tab");
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    await page.close();
  }
  return dialogs;
}

describe("all vectors, in every field, through a full build", () => {
  it("are live: as raw HTML in a browser they reach the server", async () => {
    const raw = join(out, "..", `raw-vectors-${process.pid}.html`);
    writeFileSync(raw, `<!doctype html><html><body>${withBeacon(beacon).join("\n")}</body></html>`);
    await visit(raw);
    expect(new Set(requests).size, "distinct vectors that reached the server unescaped").toBeGreaterThan(10);
    requests.length = 0;
  }, 60_000);

  it("print to PDF without a single request from the page", async () => {
    const all = withBeacon(beacon).join(" ");
    const dir = scratch.write(hostileFiles(() => all));
    const result = await build({ dataDir: dir, outDir: out });
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.status).toBe("published");
    expect(requests, "requests while printing").toEqual([]);
  }, 240_000);

  it("leave no executable markup in any page, the charts and the change report included", () => {
    const pages = [...readdirSync(join(out, "site")).filter((f) => f.endsWith(".html")).map((f) => join(out, "site", f)), join(out, "changes.html")];
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const html = (file: string): string => readFileSync(file, "utf8");
    expect(html(join(out, "site", "index.html"))).toContain("<svg");
    for (const file of pages) expect(unsafeParts(html(file)), file).toEqual([]);
  });

  it("run and load nothing when a visitor opens the website with JavaScript on", async () => {
    for (const file of readdirSync(join(out, "site")).filter((f) => f.endsWith(".html"))) {
      expect(await visit(join(out, "site", file)), `dialogs on ${file}`).toEqual([]);
    }
    expect(requests, "requests from the website").toEqual([]);
  }, 120_000);

  it("keep the PDFs tagged, titled, in Danish and bookmarked, with the hostile text as plain text", async () => {
    for (const name of readdirSync(join(out, "pdf"))) {
      const file = join(out, "pdf", name);
      const info = pdfInfo(file);
      expect(info.Tagged, name).toBe("yes");
      expect(info.Title, name).toContain("<script>fetch(");
      const doc = await loadPdf(file);
      expect(catalogString(doc, "Lang"), name).toBe("da");
      expect(bookmarks(doc).length, name).toBeGreaterThan(0);
    }
  });
});
