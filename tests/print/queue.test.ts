// The printing page: loads only our own files, runs no script, and a document that cannot print fails with
// a clear error after one retry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, findBrowser, BrowserNotFound, type LaunchedBrowser } from "../../src/print/browser.js";
import { PrintError, PrintQueue } from "../../src/print/queue.js";
import { pdfText } from "../support/pdf.js";
import { scratchDir } from "../support/scratch.js";

let server: Server;
let port: number;
let hits = 0;
let browser: LaunchedBrowser;
const dir = scratchDir("queue");

beforeAll(async () => {
  server = createServer((_, res) => {
    hits++;
    res.end("x");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser.close();
  server.close();
});

describe("the print queue", () => {
  it("prints our own file and blocks every request that is not our own file", async () => {
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(dir, "doc.html"),
      `<!doctype html><html lang="da"><head><link rel="stylesheet" href="${url}/style.css"><style>body{background:url(${url}/bg.png)}</style></head>` +
        `<body><h1>Rapport</h1><img src="${url}/img.png" alt=""><iframe src="${url}/frame"></iframe>` +
        `<script>document.body.append("SCRIPT RAN"); fetch("${url}/script")</script></body></html>`,
    );
    const queue = new PrintQueue(browser.browser, { allowedDir: dir });
    const bytes = await queue.print(join(dir, "doc.html"), "doc");
    await queue.close();
    writeFileSync(join(dir, "doc.pdf"), bytes);
    const text = pdfText(join(dir, "doc.pdf"));
    expect(text).toContain("Rapport");
    expect(text).not.toContain("SCRIPT RAN");
    expect(hits).toBe(0);
    expect(queue.blocked.length).toBeGreaterThanOrEqual(3);
    expect(queue.blocked.filter((u) => !u.startsWith(url))).toEqual([]);
  });

  it("retries a document that does not print in time once, then fails naming it", async () => {
    writeFileSync(join(dir, "slow.html"), `<!doctype html><html lang="da"><body>${"<p>tekst</p>".repeat(2000)}</body></html>`);
    const queue = new PrintQueue(browser.browser, { allowedDir: dir, timeoutMs: 1 });
    const started = Date.now();
    await expect(queue.print(join(dir, "slow.html"), "langsomt dokument")).rejects.toThrow(PrintError);
    await expect(queue.print(join(dir, "slow.html"), "langsomt dokument")).rejects.toThrow(/udskrivningen af langsomt dokument mislykkedes to gange \(ingen PDF efter 0,001 s; derefter ingen PDF efter 0,001 s\)/);
    expect(Date.now() - started).toBeLessThan(30_000);
    await queue.close();
  });
});

describe("finding a browser", () => {
  it("uses PUPPETEER_EXECUTABLE_PATH when it is set", () => {
    const path = findBrowser();
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: path })).toBe(path);
  });

  it("says what is wrong when PUPPETEER_EXECUTABLE_PATH points at nothing", () => {
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: "/nowhere/chrome" })).toThrow(BrowserNotFound);
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: "/nowhere/chrome" })).toThrow(/"\/nowhere\/chrome"/);
  });
});
