// Prints documents for one build through a browser that is launched only when something must really be
// printed (or was launched early by the pipeline, when printing is almost certain).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "../core/files.js";
import { sha256 } from "../core/hash.js";
import { launchBrowser, type LaunchedBrowser } from "./browser.js";
import type { PrintDocument } from "./types.js";
import { PrintQueue } from "./queue.js";

export interface PrinterOptions {
  workDir: string;
  /**
   * Stylesheets written to the working directory after the printer was made, by name with their hash: part
   * of the key of a document that links one, and of no other's (the report kinds' stylesheet: a document
   * without it prints as it did before it existed).
   */
  linked?: Record<string, string>;
  concurrency?: number;
  timeoutMs?: number;
  /** A browser launched early; else one is launched on first need. */
  browser?: Promise<LaunchedBrowser>;
  /** Called after each document printed. */
  onPrinted?: () => void;
}

export class Printer {
  /** Digest of the stylesheets and fonts in the working directory (but the linked ones): part of every document's key. */
  private readonly assetsKey: string;
  private started?: Promise<{ launched: LaunchedBrowser; queue: PrintQueue }>;

  constructor(private readonly options: PrinterOptions) {
    const files = filesUnder(options.workDir).filter((f) => !(f in (options.linked ?? {})));
    this.assetsKey = sha256(files.map((f) => `${f}:${sha256(readFileSync(join(options.workDir, f)))}`).join("\n"));
  }

  /** What a printed document depends on: its HTML and the files it loads. */
  key(doc: PrintDocument): string {
    const linked = Object.entries(this.options.linked ?? {})
      .filter(([name]) => doc.html.includes(`href="${name}"`))
      .map(([name, hash]) => `${name}:${hash}\n`)
      .join("");
    return sha256(`${this.assetsKey}\n${linked}${doc.html}`);
  }

  async print(doc: PrintDocument): Promise<Uint8Array> {
    const { queue } = await this.start();
    const bytes = await queue.print(doc.file, doc.name);
    this.options.onPrinted?.();
    return bytes;
  }

  /** Requests the printed pages tried to make outside our files: none is allowed. */
  async blocked(): Promise<string[]> {
    return this.started ? (await this.started).queue.blocked : [];
  }

  /** Shuts the browser down (if one was started); safe to call more than once. */
  async close(): Promise<void> {
    if (!this.started) {
      await this.options.browser?.then((b) => b.close(), () => undefined);
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
