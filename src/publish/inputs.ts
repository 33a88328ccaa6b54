// Everything a build reads, hashed: the data directory's files, the templates and styles, the fonts and the
// tool itself. When none of these changed since the published build, there is nothing to do.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { filesUnder } from "../core/files.js";
import { sha256 } from "../core/hash.js";
import { fontPaths } from "../render/assets.js";
import { TEMPLATE_DIR } from "../render/paths.js";
import { FileDigests } from "./digests.js";

/** Input key → sha256: "data/committees/01-klima-miljo.yaml", "templates/report.hbs", "fonts/…", "tool". */
export type Inputs = Record<string, string>;

const DIST = fileURLToPath(new URL("../", import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL("../../package.json", import.meta.url));

/**
 * `stampFile`: where the files' digests are remembered by their stats between builds (the output directory's
 * .cache), so that a build with nothing to do does not read every input; none, every file is read.
 */
export function hashInputs(dataDir: string, stampFile?: string): Inputs {
  const digests = new FileDigests(stampFile);
  const inputs: Inputs = {};
  for (const file of filesUnder(dataDir)) inputs[`data/${file}`] = digests.of(join(dataDir, file));
  for (const file of filesUnder(TEMPLATE_DIR)) inputs[`templates/${file}`] = digests.of(join(TEMPLATE_DIR, file));
  for (const font of fontPaths()) inputs[`fonts/${font.name}`] = digests.of(font.path);
  inputs.tool = toolHash(digests);
  digests.save();
  return inputs;
}

/** The tool's version and its compiled code: a changed tool rebuilds everything, released or not. */
function toolHash(digests: FileDigests): string {
  const hash = createHash("sha256");
  hash.update(digests.of(PACKAGE_JSON));
  for (const file of filesUnder(DIST).filter((f) => f.endsWith(".js"))) hash.update(file).update(digests.of(join(DIST, file)));
  return hash.digest("hex");
}

/** One digest of all inputs, order-independent. */
export function digest(inputs: Inputs): string {
  return sha256(JSON.stringify(Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
