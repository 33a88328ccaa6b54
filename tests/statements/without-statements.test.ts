// A municipality without statements.yaml builds exactly as before the statements existed. The fixture
// (tests/fixtures/without-statements: two committees of the sample as they were, with the strategy, the front
// sections and the daily balances) was built by the code before the statements (the commit the statements branch
// started from, 77305e8), and the digest of every output it made is kept in without-statements.outputs.json:
// the website, the CSV files and their data package, the workbook, the change report and snapshot — and for each
// PDF its page count, its bookmarks and the digest of its text, which do not depend on the exact Chromium build
// as the PDF's bytes do; re-recorded when every part came to be printed as a document of its own (issue 16),
// which changed the PDFs' sizes that site/index.html and site/okonomi.html state. (The print cache's keys are no evidence: the report kinds changed how they are made.
// tests/kinds/annual-bytes.test.ts compares the PDFs' bytes under the Chromium that recorded them.)
//
// Re-recorded for issue 15's open data (the strategy box's, anlægsrammen's and the charts' CSV files, their links and
// sheets, the data package's licence): only csv/, xlsx/, site/index.html and site/data-til-genbrug.html changed; the
// PDFs' pages, text and bookmarks are the recorded ones.
// An intended change to what every report outputs (a template, the tool's version) changes this snapshot too:
// build the fixture and write the snapshot anew from that build, after looking at what changed:
//   node dist/cli.js build tests/fixtures/without-statements --out /tmp/w && \
//   SNAPSHOT_FROM=/tmp/w npx vitest run tests/statements/without-statements.test.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../src/core/hash.js";
import { filesUnder } from "../../src/core/files.js";
import { runCliAsync } from "../support/cli.js";
import { bookmarks, loadPdf, pageCount, pdfText, type Bookmark } from "../support/pdf.js";
import { scratchDir } from "../support/scratch.js";

const FIXTURE = new URL("../fixtures/without-statements/", import.meta.url).pathname;
const SNAPSHOT = new URL("../fixtures/without-statements.outputs.json", import.meta.url).pathname;

interface Outputs {
  files: Record<string, string>;
  pdfs: Record<string, { pages: number; text: string; bookmarks: string[] }>;
}

/** What a build published: files by digest (manifest.json aside: it hashes the tool), PDFs by pages, text and bookmarks. */
async function outputsOf(out: string): Promise<Outputs> {
  const dir = join(out, "current");
  const files: Outputs["files"] = {};
  const pdfs: Outputs["pdfs"] = {};
  for (const path of filesUnder(dir).sort()) {
    // The audit trail (out/audit/figures.csv, issue 15) came after the recording; tests/audit checks it.
    if (path === "manifest.json" || path.startsWith("audit/")) continue;
    if (path.endsWith(".pdf")) {
      const titles = (b: Bookmark[]): string[] => b.flatMap((x) => [x.title, ...titles(x.children).map((t) => `  ${t}`)]);
      const file = join(dir, path);
      pdfs[path] = { pages: pageCount(file), text: sha256(pdfText(file)), bookmarks: titles(bookmarks(await loadPdf(file))) };
    } else files[path] = sha256(readFileSync(join(dir, path)));
  }
  return { files, pdfs };
}

describe("a municipality without statements.yaml", () => {
  it("builds exactly as before the statements: every output the same", async () => {
    const from = process.env.SNAPSHOT_FROM;
    if (from) writeFileSync(SNAPSHOT, `${JSON.stringify(await outputsOf(from), null, 2)}\n`);
    const out = scratchDir("without-statements");
    const r = await runCliAsync(["build", FIXTURE, "--out", out, "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    const expected = JSON.parse(readFileSync(SNAPSHOT, "utf8")) as Outputs;
    const actual = await outputsOf(out);
    expect(Object.keys(actual.files)).toEqual(Object.keys(expected.files));
    for (const [path, digest] of Object.entries(expected.files)) expect(actual.files[path], path).toBe(digest);
    expect(actual.pdfs).toEqual(expected.pdfs);
  }, 240_000);
});
