// Every known vector (vectors.ts) in every text field of the data (hostile-data.ts): the data validates, the
// website's pages and the documents the PDFs are printed from hold nothing that could run or load anything
// (judged by an HTML parser, html-safety.ts), and every field reaches the page as text. The charts, the
// change report and the PDFs are checked in print.test.ts, with all vectors at once.
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import { describe, expect, it } from "vitest";
import { computeReport } from "../../src/compute/report.js";
import { committeeDocument, frontDocument } from "../../src/print/documents.js";
import { createTemplates, renderSite } from "../../src/render/html.js";
import { markdownToHtml } from "../../src/render/markdown.js";
import { unsafeParts } from "./html-safety.js";
import { hostileFiles } from "./hostile-data.js";
import { VECTORS, withBeacon } from "./vectors.js";
import { blankCharts } from "../support/report.js";
import { Scratch, scratchDir } from "../support/scratch.js";

const scratch = new Scratch();
const templates = createTemplates();
const workDir = scratchDir("print");

/** Pages of the website and the print documents made from data whose every text field holds `vector`. */
function pagesFor(vector: string): { fields: string[]; pages: { name: string; html: string }[] } {
  const fields: string[] = [];
  const result = scratch.validate(hostileFiles((field) => `ZQ${fields.push(field)}ZQ ${vector}`));
  expect(result.problems.filter((p) => p.severity === "error"), vector).toEqual([]);
  // The charts' pictures are left out here (see blankCharts); their labels meet every vector in print.test.ts.
  const report = blankCharts(computeReport(result.data!, result.figures!));
  const pages = [
    ...renderSite(report, templates).map((f) => ({ name: f.path, html: String(f.content) })),
    { name: "print: front", html: frontDocument(report, templates, workDir).html },
    ...report.committees.map((c) => ({ name: `print: ${c.id}`, html: committeeDocument(report, c, templates, workDir).html })),
  ];
  return { fields, pages };
}

describe("untrusted text in every field", () => {
  it("has a corpus of vectors that a browser would run or load from", () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(70);
    // Unescaped, most vectors are markup a parser sees as unsafe: the checker is not blind to them.
    const caught = withBeacon("http://127.0.0.1:9").filter((v) => unsafeParts(`<!doctype html><body>${v}</body>`).length > 0);
    expect(caught.length).toBeGreaterThan(45);
  });

  it.each(VECTORS.map((v, i) => [i, v] as const))("vector %i never becomes markup: %s", (_, vector) => {
    const { fields, pages } = pagesFor(vector);
    expect(fields.length).toBeGreaterThan(25);
    for (const page of pages) expect(unsafeParts(page.html), page.name).toEqual([]);
    const text = pages.map((p) => toText(fromHtml(p.html))).join("\n");
    const missing = fields.filter((_, i) => !text.includes(`ZQ${i + 1}ZQ`));
    expect(missing, "fields that never reached a page").toEqual([]);
  });

  it("keeps only http, https and mailto links, and no images, in Markdown", () => {
    for (const vector of withBeacon("http://127.0.0.1:9")) {
      const html = markdownToHtml(vector, { sectionLevel: 2 });
      expect(unsafeParts(html), vector).toEqual([]);
      // A link whose address was removed stays as its text: an <a> with no href goes nowhere.
      for (const a of selectAll("a", fromHtml(html, { fragment: true }))) expect(String(a.properties.href ?? "https:"), vector).toMatch(/^(https?:|mailto:)/);
    }
  });
});
