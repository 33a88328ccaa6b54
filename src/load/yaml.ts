// Reads one YAML data file into a document that keeps source positions, reporting what the YAML parser finds
// (syntax, duplicate keys, tabs, bad bytes) as problems that point at the line.
import { readFileSync, statSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import type { Problems } from "../core/problem.js";
import { msg } from "../messages/index.js";
import { MAX_FILE_BYTES, megabytes } from "./data-file.js";
import { reportYamlError, yamlProblem } from "./yaml-errors.js";
import { checkYamlLimits } from "./yaml-limits.js";
import { posAt, type SourceFile } from "./yaml-nodes.js";

export function readYamlFile(abs: string, rel: string, problems: Problems): SourceFile | undefined {
  let bytes: Buffer;
  try {
    if (!fitsLimit(abs, rel, problems)) return undefined;
    bytes = readFileSync(abs);
  } catch (err) {
    problems.error({ file: rel, line: 1, column: 1 }, msg("file-unreadable", reason(err)));
    return undefined;
  }
  const text = decodeUtf8(bytes, rel, problems);
  if (text === undefined) return undefined;
  return parseYamlText(text, rel, problems);
}

/** A regular file within the size limit; anything else is reported. */
function fitsLimit(abs: string, rel: string, problems: Problems): boolean {
  const stat = statSync(abs);
  const at = { file: rel, line: 1, column: 1 };
  if (!stat.isFile()) problems.error(at, msg("file-unreadable/not-a-file", rel));
  else if (stat.size > MAX_FILE_BYTES) problems.error(at, msg("file-too-large/data-file", rel, megabytes(stat.size), megabytes(MAX_FILE_BYTES)));
  return stat.isFile() && stat.size <= MAX_FILE_BYTES;
}

/** Parses YAML 1.2 text; undefined when the file is beyond the limits (yaml-limits.ts) and cannot be read. */
export function parseYamlText(text: string, rel: string, problems: Problems): SourceFile | undefined {
  const lines = new LineCounter();
  // stringKeys: a key is a word; a list or mapping as a key is an error rather than a stringified surprise.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, version: "1.2", stringKeys: true, logLevel: "error" });
  const source: SourceFile = { rel, text, doc, lines };
  for (const e of doc.errors) if (e.code !== "RESOURCE_EXHAUSTION") reportYamlError(source, e, problems);
  // An unsupported tag is an error of its own (yaml-limits.ts); a core tag that does not fit leaves the plain value.
  for (const w of doc.warnings) {
    if (w.code !== "TAG_RESOLVE_FAILED") problems.warning(posAt(source, w.pos[0]), yamlProblem(w.code, w.message));
  }
  return checkYamlLimits(source, problems) ? source : undefined;
}

/** Strict UTF-8: a file with bad bytes (e.g. saved as Windows-1252) is refused with the line of the first one. */
function decodeUtf8(bytes: Buffer, rel: string, problems: Problems): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const lineStart = bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1;
    const line = bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length + 1;
    const column = bytes.subarray(lineStart, bad).toString("utf8").length + 1;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    problems.error({ file: rel, line, column }, utf16 ? msg("invalid-utf8/utf16") : msg("invalid-utf8"));
    return undefined;
  }
}

/** Offset of the first byte that is not part of well-formed UTF-8: where the lenient decoder first replaces. */
function firstInvalidUtf8(bytes: Buffer): number {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  for (const ch of text) {
    const genuine = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (ch === "\uFFFD" && !genuine) return offset;
    offset += Buffer.byteLength(ch);
  }
  return offset;
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
