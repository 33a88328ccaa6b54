// Reading parsed YAML nodes: where a node stands in its file, aliases followed to their anchors, and the typed
// look-ups every reader of a data file makes. Nothing here reads a file or reports a problem.
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Alias, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";
import type { Pos } from "../core/problem.js";
import { t } from "../messages/index.js";

/** A parsed data file with what positions and aliases need. */
export interface SourceFile {
  /** Path relative to DATA_DIR, with forward slashes. */
  rel: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Each alias with the node its anchor names, found once: resolving one by one costs a walk of the file each. */
  aliases?: Map<Alias, Node>;
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

/** What a node is, for a message ("found a list"), in the user's language. */
export function kind(node: unknown): string {
  const words = t().load.kind;
  if (node === null || node === undefined) return words.nothing;
  if (isScalar(node)) {
    if (node.value === null) return words.empty;
    if (typeof node.value === "string") return words.text;
    return typeof node.value === "boolean" ? words.boolean : typeof node.value === "number" ? words.number : words.value;
  }
  if (isSeq(node)) return words.list;
  if (isMap(node)) return words.mapping;
  return words.value;
}
