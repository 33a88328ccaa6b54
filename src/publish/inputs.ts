// Everything a build reads, hashed: the data directory's files, the templates and styles, the fonts and the
// tool itself. When none of these changed since the published build, there is nothing to do.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { filesUnder } from "../core/files.js";
import { sha256 } from "../core/hash.js";
import { fontFiles } from "../render/assets.js";
import { TEMPLATE_DIR } from "../render/paths.js";

/** Input key → sha256: "data/committees/01-klima-miljo.yaml", "templates/report.hbs", "fonts/…", "tool". */
export type Inputs = Record<string, string>;

const DIST = fileURLToPath(new URL("../", import.meta.url));

export function hashInputs(dataDir: string): Inputs {
  const inputs: Inputs = {};
  for (const file of filesUnder(dataDir)) inputs[`data/${file}`] = sha256(readFileSync(join(dataDir, file)));
  for (const file of filesUnder(TEMPLATE_DIR)) inputs[`templates/${file}`] = sha256(readFileSync(join(TEMPLATE_DIR, file)));
  for (const font of fontFiles()) inputs[`fonts/${font.name}`] = sha256(font.content);
  inputs.tool = toolHash();
  return inputs;
}

/** The tool's version and its compiled code: a changed tool rebuilds everything, released or not. */
function toolHash(): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(new URL("../../package.json", import.meta.url)));
  for (const file of filesUnder(DIST).filter((f) => f.endsWith(".js"))) hash.update(file).update(readFileSync(join(DIST, file)));
  return hash.digest("hex");
}

/** One digest of all inputs, order-independent. */
export function digest(inputs: Inputs): string {
  return sha256(JSON.stringify(Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
