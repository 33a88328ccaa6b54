// Nothing of the annual report changes unless the data ask for it: the sample data as they were before report
// kinds came (tests/fixtures/annual-2024) build the very same bytes as were recorded then, before any of this
// feature's code existed (tests/fixtures/annual-2024.outputs.json: every output's sha256, and each PDF's print
// key, which is only the print cache's and has a new formula now). A PDF's bytes depend on the browser too, so
// they are compared under the Chromium that recorded them. The PDFs' digests were recorded anew once, when the
// print layout changed on purpose (the fixture's "about" says how); every other output is still the recording's,
// but for the open data issue 15 added (new CSV files, their links and sheets, the data package's licence).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCliAsync } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

interface Recorded {
  chromium: string;
  outputs: Record<string, { sha256: string; key?: string }>;
}

const FIXTURE = new URL("../fixtures/annual-2024", import.meta.url).pathname;
const RECORDED = JSON.parse(readFileSync(new URL("../fixtures/annual-2024.outputs.json", import.meta.url), "utf8")) as Recorded;

function chromiumVersion(): string {
  const path = process.env.PUPPETEER_EXECUTABLE_PATH ?? "/usr/bin/chromium";
  try {
    return execFileSync(path, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

describe("the annual report of data that ask for nothing new", { timeout: 300_000 }, () => {
  let outputs: Recorded["outputs"];
  beforeAll(async () => {
    const out = scratchDir("annual-bytes");
    const r = await runCliAsync(["build", FIXTURE, "--out", out, "--quiet"]);
    if (r.code !== 0) throw new Error(`building the fixture failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
    const all = (JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as Recorded).outputs;
    // The audit trail (out/audit/figures.csv, issue 15) came after the recording; tests/audit checks it.
    outputs = Object.fromEntries(Object.entries(all).filter(([path]) => !path.startsWith("audit/")));
  }, 300_000);

  it("has the same outputs, at the same paths, as before report kinds", () => {
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(RECORDED.outputs).sort());
  });

  it("has the same bytes in every page, workbook and CSV file", () => {
    const paths = Object.keys(RECORDED.outputs).filter((p) => !p.endsWith(".pdf"));
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) expect(outputs[path]?.sha256, path).toBe(RECORDED.outputs[path]!.sha256);
  });

  it("prints every PDF to the same bytes under the Chromium that recorded them", () => {
    const pdfs = Object.keys(RECORDED.outputs).filter((p) => p.endsWith(".pdf"));
    expect(pdfs).toContain("pdf/aarsrapport-2024.pdf");
    // Another browser prints other bytes from the same HTML (that HTML is the pages' above, and the print
    // documents' are made by the same templates): only the recording browser can say the PDFs are the same.
    const sameBrowser = chromiumVersion() === RECORDED.chromium;
    const differ = pdfs.filter((p) => outputs[p]?.sha256 !== RECORDED.outputs[p]!.sha256);
    expect(sameBrowser ? differ : []).toEqual([]);
  });
});
