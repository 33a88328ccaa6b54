// Reads one YAML data file into a document that keeps source positions, reporting what the YAML parser finds
// (syntax, duplicate keys, tabs, bad bytes) as problems that point at the line.
import { readFileSync } from "node:fs";
import { Document, LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from "yaml";
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { Pos } from "../model/types.js";
import type { Problems } from "../validate/problem.js";

export interface SourceFile {
  /** Path relative to DATA_DIR, with forward slashes. */
  rel: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Bounds what anchors and aliases may expand to, so that an alias bomb fails fast instead of eating memory. */
const MAX_ALIAS_COUNT = 100;

export function readYamlFile(abs: string, rel: string, problems: Problems): SourceFile | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (err) {
    problems.error({ file: rel, line: 1, column: 1 }, "file-unreadable", `cannot read the file: ${reason(err)}`);
    return undefined;
  }
  const text = decodeUtf8(bytes, rel, problems);
  if (text === undefined) return undefined;
  return parseYamlText(text, rel, problems);
}

export function parseYamlText(text: string, rel: string, problems: Problems): SourceFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, version: "1.2" });
  const source: SourceFile = { rel, text, doc, lines };
  for (const e of doc.errors) problems.error(posAt(source, e.pos[0]), yamlCode(e.code), yamlMessage(e.code, e.message));
  for (const w of doc.warnings) problems.warning(posAt(source, w.pos[0]), yamlCode(w.code), yamlMessage(w.code, w.message));
  return source;
}

/** Strict UTF-8: a file with bad bytes (e.g. saved as Windows-1252) is refused with the line of the first one. */
function decodeUtf8(bytes: Buffer, rel: string, problems: Problems): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, bad);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = bad - before.lastIndexOf(0x0a);
    problems.error(
      { file: rel, line, column },
      "invalid-utf8",
      "the file is not valid UTF-8 (perhaps saved as Windows-1252 or Latin-1): save it as UTF-8",
    );
    return undefined;
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: "a key appears twice in the same mapping: remove or rename one of them",
  TAB_AS_INDENT: "a tab is used for indentation: YAML needs spaces",
  BAD_INDENT: "the indentation is wrong here: align the key with its siblings, using spaces",
  MISSING_CHAR: "a closing quote or bracket is missing",
  MULTILINE_IMPLICIT_KEY: "a key runs over several lines: perhaps a missing colon or an unclosed quote above",
  BLOCK_AS_IMPLICIT_KEY: "a key runs over several lines: perhaps a missing colon or an unclosed quote above",
  UNEXPECTED_TOKEN: "unexpected character here",
  BAD_ALIAS: "an alias (*name) that is not defined by an anchor (&name) above",
  BAD_SCALAR_START: "a value cannot start with this character: put the value in quotes",
  DUPLICATE_ANCHOR: "an anchor (&name) is defined twice",
};

function yamlCode(code: string): string {
  return code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax";
}

function yamlMessage(code: string, message: string): string {
  const detail = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const hint = YAML_HINTS[code];
  return hint ? `YAML: ${hint} (${detail})` : `YAML: ${detail}`;
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
  if (isAlias(node)) return (node.resolve(source.doc) as Node | undefined) ?? undefined;
  return node as Node;
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
