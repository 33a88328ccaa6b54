// Markdown from the data through unified: GFM works, and nothing in the text can inject HTML or script.
import { describe, expect, it } from "vitest";
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
});
