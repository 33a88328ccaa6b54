// The static files every output shares: stylesheets and the fonts they name. Fonts come from the
// @fontsource/source-sans-3 package, so no output depends on the fonts a machine happens to have.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { OutputFile } from "../core/output-file.js";
import { FONT_DIR, TEMPLATE_DIR } from "./paths.js";

/** `styles/<name>` from the templates, plus every font file fonts.css names. */
export function assetFiles(styles: string[]): OutputFile[] {
  const css = styles.map((name) => ({ path: name, content: readFileSync(join(TEMPLATE_DIR, "styles", name), "utf8") }));
  const fonts = fontPaths().map((f) => ({ path: `fonts/${f.name}`, content: readFileSync(f.path) }));
  return [{ path: "fonts.css", content: readFileSync(join(TEMPLATE_DIR, "styles", "fonts.css"), "utf8") }, ...css, ...fonts];
}

/** The font files the outputs use, by where they are: those fonts.css names, and the WOFF files the PDF stamps are set in. */
export function fontPaths(): { name: string; path: string }[] {
  const fontsCss = readFileSync(join(TEMPLATE_DIR, "styles", "fonts.css"), "utf8");
  const names = [...fontsCss.matchAll(/url\("fonts\/([^"]+)"\)/g)].map((m) => m[1]!);
  return names.map((name) => ({ name, path: join(FONT_DIR, name) }));
}

/** The bytes of one font file of the shipped family, e.g. "source-sans-3-latin-400-normal.woff2". */
export function fontFile(name: string): Uint8Array {
  return readFileSync(join(FONT_DIR, name));
}
