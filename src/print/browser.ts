// Finds and launches the browser that prints the PDFs. Never downloads one: PUPPETEER_EXECUTABLE_PATH when
// set, else Puppeteer's own cached Chrome if one exists, else a system Chromium/Chrome from the usual paths.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import puppeteer, { type Browser } from "puppeteer";
import { t } from "../messages/index.js";

export class BrowserNotFound extends Error {}

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];
const ON_PATH = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BrowserNotFound(t().build.browserPath(fromEnv));
  }
  const cached = puppeteerCache();
  if (cached) return cached;
  const found = [...SYSTEM_BROWSERS, ...onPath(env.PATH ?? "")].find((p) => existsSync(p));
  if (found) return found;
  throw new BrowserNotFound(t().build.noBrowser);
}

function puppeteerCache(): string | undefined {
  try {
    const path = puppeteer.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined; // no cache configured
  }
}

function onPath(path: string): string[] {
  return path.split(delimiter).filter(Boolean).flatMap((dir) => ON_PATH.map((name) => join(dir, name)));
}

/** Flags that keep headless Chromium from reaching for the network (it stalls on a closed one). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-default-apps",
  "--disable-extensions",
  "--font-render-hinting=none",
];

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** One browser per build, with a fresh profile directory that is removed when it closes. */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const executablePath = findBrowser();
  const userDataDir = mkdtempSync(join(tmpdir(), "aarsrapport-chromium-"));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    userDataDir,
    protocolTimeout: 600_000,
    // Over pipes rather than a socket, Chromium notices when the build is gone and exits with it: a build
    // killed with kill -9 leaves no browser behind (Puppeteer starts Chromium in a process group of its own).
    pipe: true,
  });
  let closed: Promise<void> | undefined;
  return {
    browser,
    close() {
      closed ??= browser
        .close()
        .catch(() => undefined)
        .then(() => rmSync(userDataDir, { recursive: true, force: true }));
      return closed;
    },
  };
}
