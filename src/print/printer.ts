// Prints documents for one build: from the part cache when exactly the same document was printed before,
// else through a browser that is launched only when something must really be printed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../publish/inputs.js";
import { filesUnder } from "../publish/inputs.js";
import { launchBrowser, type LaunchedBrowser } from "./browser.js";
import type { PartCache } from "./cache.js";
import type { PrintDocument } from "./documents.js";
import { PrintQueue } from "./queue.js";

export interface PrinterOptions {
  workDir: string;
  cache?: PartCache;
  concurrency?: number;
  timeoutMs?: number;
  /** A browser launched early (a full build is expected); else one is launched on first need. */
  browser?: Promise<LaunchedBrowser>;
  /** Called after each document the browser printed (not those from the cache). */
  onPrinted?: () => void;
}

export class Printer {
  /** Digest of the stylesheets and fonts in the working directory: part of every document's key. */
  private readonly assetsKey: string;
  private started?: Promise<{ launched: LaunchedBrowser; queue: PrintQueue }>;

  constructor(private readonly options: PrinterOptions) {
    this.assetsKey = sha256(filesUnder(options.workDir).map((f) => `${f}:${sha256(readFileSync(join(options.workDir, f)))}`).join("\n"));
  }

  key(doc: PrintDocument): string {
    return sha256(`${this.assetsKey}\n${doc.html}`);
  }

  /** Whether the document is printed already (in the cache). */
  cached(doc: PrintDocument): boolean {
    return this.options.cache?.has(this.key(doc)) ?? false;
  }

  async print(doc: PrintDocument): Promise<Uint8Array> {
    const key = this.key(doc);
    const cached = this.options.cache?.get(key);
    if (cached) return cached;
    const { queue } = await this.start();
    const bytes = await queue.print(doc.file, doc.name);
    this.options.cache?.put(key, bytes);
    this.options.onPrinted?.();
    return bytes;
  }

  /** Requests the printed pages tried to make outside our files: none is allowed. */
  async blocked(): Promise<string[]> {
    return this.started ? (await this.started).queue.blocked : [];
  }

  /** Shuts the browser down (if one was started); safe to call more than once. */
  async close(): Promise<void> {
    const browser = this.options.browser;
    if (!this.started) {
      await browser?.then((b) => b.close(), () => undefined);
      return;
    }
    const { launched, queue } = await this.started;
    await queue.close();
    await launched.close();
  }

  private start(): Promise<{ launched: LaunchedBrowser; queue: PrintQueue }> {
    this.started ??= (this.options.browser ?? launchBrowser()).then((launched) => ({
      launched,
      queue: new PrintQueue(launched.browser, {
        allowedDir: this.options.workDir,
        concurrency: this.options.concurrency,
        timeoutMs: this.options.timeoutMs,
      }),
    }));
    return this.started;
  }
}
