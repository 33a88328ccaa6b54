// Reads one YAML data file into a document that keeps source positions, reporting what the YAML parser finds
// (syntax, duplicate keys, tabs, bad bytes) as problems that point at the line.
import { readFileSync, statSync } from "node:fs";
import { Document, LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit } from "yaml";
import type { Alias, Node, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { Pos } from "../model/types.js";
import type { Problems } from "../validate/problem.js";
import { reportYamlError, yamlCode, yamlMessage } from "./yaml-errors.js";
import { checkYamlLimits } from "./yaml-limits.js";

export interface SourceFile {
  /** Path relative to DATA_DIR, with forward slashes. */
  rel: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Each alias with the node its anchor names, found once: resolving one by one costs a walk of the file each. */
  aliases?: Map<Alias, Node>;
}

/** Far beyond any data file (a committee's is some ten kilobytes); a larger file is the wrong file. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Bounds what anchors and aliases may expand to, so that an alias bomb fails fast instead of eating memory. */
const MAX_ALIAS_COUNT = 100;

export function readYamlFile(abs: string, rel: string, problems: Problems): SourceFile | undefined {
  let bytes: Buffer;
  try {
    if (!fitsLimit(abs, rel, problems)) return undefined;
    bytes = readFileSync(abs);
  } catch (err) {
    problems.error({ file: rel, line: 1, column: 1 }, "file-unreadable", `cannot read the file: ${reason(err)}`);
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
  if (!stat.isFile()) problems.error(at, "file-unreadable", `${rel} is not a regular file: put a YAML file here`);
  else if (stat.size > MAX_FILE_BYTES) {
    problems.error(at, "file-too-large", `${rel} is ${megabytes(stat.size)} MB, more than the ${megabytes(MAX_FILE_BYTES)} MB a data file may be: check that it is the right file`);
  }
  return stat.isFile() && stat.size <= MAX_FILE_BYTES;
}

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(".", ",");
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
    if (w.code !== "TAG_RESOLVE_FAILED") problems.warning(posAt(source, w.pos[0]), yamlCode(w.code), yamlMessage(w.code, w.message));
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
    problems.error(
      { file: rel, line, column },
      "invalid-utf8",
      utf16
        ? "the file is saved as UTF-16 (Excel's \"Unicode text\"): save it as UTF-8"
        : "the file is not valid UTF-8 (perhaps saved as Windows-1252 or Latin-1): save it as UTF-8",
    );
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

export function posAt(source: SourceFile, offset: number): Pos {
  const { line, col } = source.lines.linePos(offset);
  return { file: source.rel, line, column: col };
}

/** Position of a node; for a missing node, the given fallback. */
export function posOf(source: SourceFile, node: Node | Pair | null | undefined, fallback?: Pos): Pos {
  const target = isPair(node) ? (node.key as Node | null) : node;
  const range = target && "range" in target ? target.range : undefined;
  if (range) return posAt(source, range[0]);
  return fallback ?? { file: source.rel, line: 1, column: 1 };
}

/** Follows an alias (*name) to the node its anchor names. */
export function deref(source: SourceFile, node: unknown): Node | undefined {
  if (node === null || node === undefined) return undefined;
  if (isAlias(node)) return (source.aliases ??= aliasTargets(source)).get(node);
  return node as Node;
}

/** The file's first alias: where an expansion that grows too large starts. */
export function firstAlias(source: SourceFile): Alias | undefined {
  return (source.aliases ??= aliasTargets(source)).keys().next().value;
}

/** Every alias with its node: the last node before it that carries its anchor (YAML's rule). */
function aliasTargets(source: SourceFile): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(source.doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

export function asMap(source: SourceFile, node: unknown): YAMLMap | undefined {
  const n = deref(source, node);
  return isMap(n) ? n : undefined;
}

export function asSeq(source: SourceFile, node: unknown): YAMLSeq | undefined {
  const n = deref(source, node);
  return isSeq(n) ? n : undefined;
}

export function asScalar(source: SourceFile, node: unknown): Scalar | undefined {
  const n = deref(source, node);
  return isScalar(n) ? n : undefined;
}

export function pairOf(map: YAMLMap | undefined, key: string): Pair | undefined {
  return map?.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

export function valueOf(source: SourceFile, map: YAMLMap | undefined, key: string): Node | undefined {
  return deref(source, pairOf(map, key)?.value);
}

/** A string field; numbers are not strings here (the schema reports them), so `number: 10.30` is not misread. */
export function stringOf(source: SourceFile, map: YAMLMap | undefined, key: string): string | undefined {
  const node = asScalar(source, valueOf(source, map, key));
  return typeof node?.value === "string" ? node.value : undefined;
}

export function kind(node: unknown): string {
  if (node === null || node === undefined) return "nothing";
  if (isScalar(node)) {
    if (node.value === null) return "an empty value";
    return typeof node.value === "string" ? "text" : `a ${typeof node.value}`;
  }
  if (isSeq(node)) return "a list";
  if (isMap(node)) return "a mapping";
  return "a value";
}
