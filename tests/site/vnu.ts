// The W3C Nu Html Checker (npm vnu-jar) on the machine's Java: every file in one run, since the JVM is slow to
// start. A control document with one known fault goes along, so that a checker that checks nothing (or
// reports nothing) fails the test instead of passing it.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));

export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const CONTROL = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Kontrol</title></head>
<body><main><table><tr><td align="right">1</td></tr></table></main></body></html>
`;

/**
 * Every message (error, warning, info) vnu gives on `files` (HTML and CSS), with the control document's own
 * warning checked and left out. Throws when vnu does not run or misses the control's fault.
 */
export async function vnuMessages(files: string[]): Promise<VnuMessage[]> {
  const control = join(mkdtempSync(join(tmpdir(), "aarsrapport-vnu-")), "kontrol.html");
  writeFileSync(control, CONTROL);
  const { stdout, stderr } = await promisify(execFile)("java", ["-jar", VNU_JAR, "--format", "json", "--stdout", "--exit-zero-always", "--also-check-css", "--also-check-svg", ...files, control], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
  // vnu names a file "file:/tmp/…" (one slash): compared by path.
  const isControl = (m: VnuMessage): boolean => decodeURI(m.url).endsWith(control);
  const own = messages.filter(isControl);
  if (!own.some((m) => /“align” attribute on the “td” element is obsolete/.test(m.message))) {
    throw new Error(`vnu did not report the control document's obsolete align attribute: ${stdout}${stderr}`);
  }
  return messages.filter((m) => !isControl(m));
}
