// Markdown from the data through unified: GFM works, and nothing in the text can inject HTML or script.
import { describe, expect, it } from "vitest";
import { Problems } from "../../src/core/problem.js";
import { checkMarkdown } from "../../src/load/markdown-limits.js";
import { markdownTree } from "../../src/model/markdown.js";
import { markdownToHtml } from "../../src/render/markdown.js";

const md = (text: string, sectionLevel = 2): string => markdownToHtml(text, { sectionLevel });

describe("markdown", () => {
  it("renders GFM: emphasis, lists and tables", () => {
    const html = md("**fed** og *kursiv*\n\n- a\n- b\n\n| A | B |\n|---|--:|\n| 1 | 2 |\n");
    expect(html).toContain("<strong>fed</strong>");
    expect(html).toContain("<li>a</li>");
    expect(html).toContain("<table>");
    expect(html).toContain('<td class="align-right">2</td>');
  });

  it("shows raw HTML as text instead of passing it through", () => {
    const html = md('Før <script>alert(1)</script> efter\n\n<div onclick="x()">blok</div>\n');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<div");
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
  });

  it("removes javascript: and data: links but keeps https links", () => {
    const html = md("[a](javascript:alert(1)) [b](data:text/html,x) [c](https://kl.dk)");
    expect(html).not.toMatch(/javascript:|data:text/);
    expect(html).toContain('href="https://kl.dk"');
  });

  it("drops images, which would load something from outside", () => {
    expect(md("![logo](https://example.com/x.png)")).not.toContain("<img");
  });

  it("puts the text's headings below the section's heading", () => {
    expect(md("# Overskrift", 2)).toContain("<h3>Overskrift</h3>");
    expect(md("### Dyb", 5)).toContain("<h6>Dyb</h6>");
  });

  it("renders a text read from the data from the tree its check parsed, and leaves that tree as it was", () => {
    const source = "# Mål\n\n### Detalje\n\n<b>rå</b> tekst\n";
    const text = { markdown: source, at: { file: "x.md", line: 1, column: 1 } };
    expect(checkMarkdown(text, new Problems())).toBe(true);
    deepFreeze(markdownTree(text)); // a rendering that changed the shared tree would throw here
    text.markdown = "anden tekst"; // not parsed again: the checked tree is what is rendered
    for (const level of [1, 3, 1]) expect(markdownToHtml(text, { sectionLevel: level })).toBe(md(source, level));
    expect(md(source, 1)).toContain("<h2>Mål</h2>\n<h3>Detalje</h3>");
    expect(md(source, 3)).toContain("<h4>Mål</h4>\n<h5>Detalje</h5>");
  });
});

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
