// Where the tool's own files are: light enough to import before deciding whether there is anything to build.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const TEMPLATE_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));
export const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve("@fontsource/source-sans-3/package.json")), "files");
