// Handlebars compiles a template to JavaScript the first time it runs, which costs a tenth of a second for
// our templates on every start of the tool. The compiled form is kept on disk (node_modules/.cache), keyed
// by the template's text and the Handlebars version, so only the first run after a change pays for it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/aarsrapport/", import.meta.url));
const OPTIONS = { strict: false, preventIndent: true } as const;

export function compileTemplate(hb: typeof Handlebars, source: string): Handlebars.TemplateDelegate {
  const key = createHash("sha256").update(`${Handlebars.VERSION}\n${JSON.stringify(OPTIONS)}\n${source}`).digest("hex").slice(0, 24);
  const file = join(CACHE_DIR, `template-${key}.js`);
  let spec: string | undefined;
  if (existsSync(file)) spec = readFileSync(file, "utf8");
  if (spec === undefined) {
    spec = Handlebars.precompile(source, OPTIONS) as string;
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      writeFileSync(`${file}.${process.pid}.tmp`, spec);
      renameSync(`${file}.${process.pid}.tmp`, file);
    } catch {
      // a read-only installation: compile every time
    }
  }
  // The spec is code Handlebars generated from our own templates.
  return hb.template(new Function(`return ${spec};`)() as Parameters<typeof hb.template>[0]);
}
