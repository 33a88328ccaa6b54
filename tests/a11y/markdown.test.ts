// Markdown from the data, as assistive technology meets it: headings that never skip a level below the
// section's, and a table's header cells that say which column they head.
import { describe, expect, it } from "vitest";
import { markdownToHtml } from "../../src/render/markdown.js";

describe("Markdown headings and tables", () => {
  it("never skips a heading level, whatever levels the writer chose", () => {
    const html = markdownToHtml("# A\n\n### B\n\n###### C\n\n## D\n\n# E\n", { sectionLevel: 2 });
    expect([...html.matchAll(/<h(\d)>(\w)</g)].map(([, level, text]) => `${text}${level}`)).toEqual(["A3", "B4", "C5", "D4", "E3"]);
  });

  it("gives a table's header cells scope=col", () => {
    const html = markdownToHtml("| Nøgletal | 2024 |\n|---|--:|\n| Borgere | 52.774 |\n", { sectionLevel: 2 });
    expect(html).toContain('<th scope="col">Nøgletal</th>');
    expect(html).toContain('<th scope="col" class="align-right">2024</th>');
  });
});
