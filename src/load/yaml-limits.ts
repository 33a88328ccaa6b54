// What a YAML data file may be, checked before anything reads it. Files come from many hands: one may be the
// wrong file (an export, a log), nest without end, or use YAML features whose meaning other tools read
// differently (YAML 1.1's merge keys and its `yes`/`010`, tags that build dates or binary data). Each limit
// lies far beyond any real data file, and each refusal says where and why, so nothing is misread in silence.
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Alias, type Node } from "yaml";
import type { Problems } from "../core/problem.js";
import { msg } from "../messages/index.js";
import { count } from "../messages/words.js";
import { deref, posAt, posOf, type SourceFile } from "./yaml-nodes.js";

/** Nesting levels of lists and mappings; real data files need about seven. */
const MAX_DEPTH = 32;

/** Aliases (*name) in one file: real files use a handful; the YAML library resolves each in time that grows with their number. */
const MAX_ALIASES = 1000;

/**
 * What turning a document into plain values may expand aliases to (the yaml library's maxAliasCount): an alias
 * bomb that passed the count above fails fast there instead of eating memory.
 */
export const MAX_ALIAS_EXPANSION = 100;

/** Tags of YAML 1.2's core schema: they only say what a plain value would be anyway. */
const CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Checks the parsed file's shape without recursion (a deep file would overflow the stack); false when the
 * file cannot be read further. The parser's own stack overflow (RESOURCE_EXHAUSTION) is reported once, here.
 */
export function checkYamlLimits(source: SourceFile, problems: Problems): boolean {
  const version = source.doc.directives?.yaml;
  if (version?.explicit && version.version !== "1.2") {
    problems.error({ file: source.rel, line: 1, column: 1 }, msg("yaml-version", version.version));
    return false;
  }
  const found = walk(source);
  // Where the parser's own recursion gave out, what it built holds the first too deep node.
  const exhausted = source.doc.errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
  if (found.tooDeep || exhausted) {
    tooDeep(found.tooDeep ? posOf(source, found.tooDeep) : posAt(source, exhausted!.pos[0]), problems);
    return false;
  }
  if (found.aliases.length > MAX_ALIASES) {
    const at = posOf(source, found.aliases[MAX_ALIASES]);
    problems.error(at, msg("yaml-aliases", count(MAX_ALIASES)));
    return false;
  }
  for (const node of found.tagged) {
    problems.error(posOf(source, node), msg("yaml-tag", shortTag(node.tag!)));
  }
  return aliasesResolve(source, found.aliases, problems) && found.tagged.length === 0;
}

interface Found {
  /** The first node (in the file's order) nested deeper than allowed. */
  tooDeep?: Node;
  /** Every alias, in the file's order. */
  aliases: Alias[];
  /** Nodes with a tag outside the core schema. */
  tagged: Node[];
}

/** One pass over the file without recursion, never below the depth limit. */
function walk(source: SourceFile): Found {
  const found: Found = { aliases: [], tagged: [] };
  const stack: { node: Node; depth: number }[] = source.doc.contents ? [{ node: source.doc.contents, depth: 0 }] : [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) {
      if (!found.tooDeep || start(node) < start(found.tooDeep)) found.tooDeep = node;
      continue;
    }
    if (isAlias(node)) found.aliases.push(node);
    else if (node.tag && !CORE_TAGS.has(node.tag)) found.tagged.push(node);
    if (isSeq(node)) for (const item of node.items) push(stack, item, depth + 1);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        push(stack, pair.key, depth + 1);
        push(stack, pair.value, depth + 1);
      }
    }
  }
  const order = (a: Node, b: Node): number => start(a) - start(b);
  return { ...found, aliases: found.aliases.sort(order), tagged: found.tagged.sort(order) };
}

function start(node: Node): number {
  return node.range?.[0] ?? 0;
}

/**
 * Every alias names an anchor above it, and not one around itself (`&a [*a]` would be a list that holds
 * itself, without end); checked once the file is known to be shallow enough to walk.
 */
function aliasesResolve(source: SourceFile, aliases: Alias[], problems: Problems): boolean {
  let ok = true;
  for (const alias of aliases) {
    const target = deref(source, alias);
    const name = alias.source;
    if (target === undefined) {
      problems.error(posOf(source, alias), msg("yaml-syntax/alias", name));
    } else if (start(target) <= start(alias) && start(alias) < (target.range?.[1] ?? 0)) {
      problems.error(posOf(source, alias), msg("yaml-aliases/self", name));
    } else continue;
    ok = false;
  }
  return ok;
}

function push(stack: { node: Node; depth: number }[], node: unknown, depth: number): void {
  if (isNode(node) && !isScalar(node)) stack.push({ node, depth });
  else if (isScalar(node) && node.tag) stack.push({ node, depth });
}

function tooDeep(at: ReturnType<typeof posAt>, problems: Problems): void {
  problems.error(at, msg("yaml-too-deep", MAX_DEPTH));
}

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, "!!");
}
