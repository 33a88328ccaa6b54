// The judge of the XSS tests (html-safety.ts) itself: it must flag what a browser would run and pass what only
// navigates, or the property tests that rely on it fail on correct output (a relative link) or pass on wrong.
import { describe, expect, it } from "vitest";
import { markdownToHtml } from "../../src/render/markdown.js";
import { safeLink, unsafeParts } from "./html-safety.js";

describe("a link", () => {
  it("without a scheme is relative, and only navigates: a page, a fragment, a path, the page itself", () => {
    for (const href of ["", "a", "klima-miljo.html", "okonomi.html#tabel-2", "#top", "../x/y", "?q=1", "//example.org/x"]) {
      expect(safeLink(href), JSON.stringify(href)).toBe(true);
    }
  });

  it("with http, https or mailto is allowed, in any case", () => {
    for (const href of ["https://kommune.dk/x", "HTTP://x", "mailto:okonomi@kommune.dk"]) expect(safeLink(href), href).toBe(true);
  });

  it("with any other scheme is unsafe, however the scheme is disguised", () => {
    const disguised = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "\u0001javascript:x", "java\tscript:x", "java\nscript:x", "data:text/html,<b>", "vbscript:x", "file:///etc/passwd"];
    for (const href of disguised) expect(safeLink(href), JSON.stringify(href)).toBe(false);
  });

  it("is judged so on a page: relative links pass, a javascript: link is flagged", () => {
    expect(unsafeParts(markdownToHtml("[^1](a)", { sectionLevel: 2 }))).toEqual([]);
    expect(unsafeParts('<!doctype html><body><a href="klima-miljo.html">x</a></body>')).toEqual([]);
    expect(unsafeParts('<!doctype html><body><a href=" JavaScript:alert(1)">x</a></body>')).toEqual(['<a href=" JavaScript:alert(1)">']);
  });
});
