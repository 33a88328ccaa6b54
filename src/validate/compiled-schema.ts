// Ajv turns a JSON Schema into a validating function by generating code, which costs more than a tenth of a
// second per schema on every start of the tool. The generated code is kept on disk (node_modules/.cache),
// keyed by the schema, Ajv's version and the options, so only the first run after a change pays for it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type Options, type ValidateFunction } from "ajv";

const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/aarsrapport/", import.meta.url));
const require = createRequire(import.meta.url);
const AJV_VERSION = (require("ajv/package.json") as { version: string }).version;
const standaloneCode = (require("ajv/dist/standalone") as { default: (ajv: Ajv, validate: ValidateFunction) => string }).default;

export function compileSchema(schemaFile: string, options: Options): ValidateFunction {
  const source = readFileSync(schemaFile, "utf8");
  const key = createHash("sha256").update(`${AJV_VERSION}\n${JSON.stringify(options)}\n${source}`).digest("hex").slice(0, 24);
  const file = join(CACHE_DIR, `schema-${key}.cjs`);
  if (existsSync(file)) {
    try {
      return require(file) as ValidateFunction;
    } catch {
      // a damaged cache file: compile again below
    }
  }
  const ajv = new Ajv({ ...options, code: { source: true } });
  const validate = ajv.compile(JSON.parse(source) as object);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, standaloneCode(ajv, validate));
    renameSync(tmp, file);
  } catch {
    // a read-only installation: validate without the cache
  }
  return validate;
}
