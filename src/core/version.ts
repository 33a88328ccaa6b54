// The tool's version, from its package.json: for --version and the PDFs' creator.
import { readFileSync } from "node:fs";

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
