// The static files every output shares: stylesheets and the fonts they name. Fonts come from the
// @fontsource/source-sans-3 package, so no output depends on the fonts a machine happens to have.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { TEMPLATE_DIR } from "./html.js";

export interface AssetFile {
  path: string;
  content: string | Uint8Array;
}

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve("@fontsource/source-sans-3/package.json")), "files");

/** `styles/<name>` from the templates, plus every font file fonts.css names. */
export function assetFiles(styles: string[]): AssetFile[] {
  const css = styles.map((name) => ({ path: name, content: readFileSync(join(TEMPLATE_DIR, "styles", name), "utf8") }));
  const fontsCss = readFileSync(join(TEMPLATE_DIR, "styles", "fonts.css"), "utf8");
  const fonts = [...fontsCss.matchAll(/url\("fonts\/([^"]+)"\)/g)].map((m) => ({
    path: `fonts/${m[1]}`,
    content: readFileSync(join(FONT_DIR, m[1]!)),
  }));
  return [{ path: "fonts.css", content: fontsCss }, ...css, ...fonts];
}

/** The bytes of one font file of the shipped family, e.g. "source-sans-3-latin-400-normal.woff2". */
export function fontFile(name: string): Uint8Array {
  return readFileSync(join(FONT_DIR, name));
}
