// Prints HTML files to PDF with a bounded number of pages at once. The page may load nothing but our own
// files (every other request is blocked) and runs no script at all, so nothing in the data can act. A page
// that crashes or hangs is retried once; then the whole print fails with a message that says which document.
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer";
import { t } from "../messages/index.js";

export class PrintError extends Error {}

export interface QueueOptions {
  /** Pages printing at once; default: the number of CPUs. */
  concurrency?: number;
  /** Longest a single document may take to print. */
  timeoutMs?: number;
  /** The only directory the printed pages may load files from. */
  allowedDir: string;
}

export class PrintQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** Pages kept between documents: opening one costs a fifth of a second. */
  private readonly idle: Page[] = [];
  private readonly concurrency: number;
  private readonly timeoutMs: number;
  private readonly allowedPrefix: string;
  /** Requests the pages tried to make and were refused: none is expected. */
  readonly blocked: string[] = [];

  constructor(
    private readonly browser: Browser,
    options: QueueOptions,
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? availableParallelism());
    this.timeoutMs = options.timeoutMs ?? 300_000;
    this.allowedPrefix = pathToFileURL(options.allowedDir).href + "/";
  }

  /** Prints one HTML file to PDF bytes. */
  async print(file: string, name: string): Promise<Uint8Array> {
    await this.slot();
    try {
      try {
        return await this.attempt(file);
      } catch (first) {
        try {
          return await this.attempt(file);
        } catch (second) {
          throw new PrintError(t().build.printFailed(name, reason(first), reason(second)));
        }
      }
    } finally {
      this.release();
    }
  }

  /** Closes the pages kept for reuse. */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((page) => page.close().catch(() => undefined)));
  }

  private async attempt(file: string): Promise<Uint8Array> {
    const page = this.idle.pop() ?? (await this.newPage());
    let timer: NodeJS.Timeout | undefined;
    let healthy = false;
    try {
      const crashed = new Promise<never>((_, reject) => {
        page.once("error", (err) => reject(new Error(t().build.pageCrashed(err.message))));
        timer = setTimeout(() => reject(new Error(t().build.noPdfAfter(this.timeoutMs / 1000))), this.timeoutMs);
      });
      const pdf = await Promise.race([this.render(page, file), crashed]);
      healthy = true;
      return pdf;
    } finally {
      clearTimeout(timer);
      page.removeAllListeners("error");
      if (healthy) this.idle.push(page);
      else await closeWithin(page, CLOSE_MS);
    }
  }

  private async newPage(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith(this.allowedPrefix)) return void request.continue();
      // data: URLs reach nothing; Chromium makes them itself for the icon of a blocked image.
      if (!url.startsWith("data:")) this.blocked.push(url);
      void request.abort("blockedbyclient");
    });
    return page;
  }

  private async render(page: Page, file: string): Promise<Uint8Array> {
    await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: this.timeoutMs });
    return page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: false,
      timeout: this.timeoutMs,
    });
  }

  private async slot(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

/** A page stuck in layout may not close at once; waiting longer than this only hides the real error. */
const CLOSE_MS = 5_000;

async function closeWithin(page: Page, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([page.close().catch(() => undefined), waited]);
  clearTimeout(timer);
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
