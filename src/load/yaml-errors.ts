// The YAML parser's findings as problems a finance officer can act on: a hint in plain words, and for a quote
// or bracket that is never closed, the place where it opens — the parser notices only at the end of the file.
import { isCollection, isMap, isPair, isScalar, isSeq, type Node, type YAMLError } from "yaml";
import type { Problems } from "../core/problem.js";
import { posAt, type SourceFile } from "./yaml-nodes.js";

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
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a line "---" starts another): keep one document per file',
  NON_STRING_KEY: "a key must be a plain word, not a list or a mapping",
};

export function yamlCode(code: string): string {
  return code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax";
}

export function yamlMessage(code: string, message: string): string {
  const detail = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const hint = YAML_HINTS[code];
  return hint ? `YAML: ${hint} (${detail})` : `YAML: ${detail}`;
}

export function reportYamlError(source: SourceFile, e: YAMLError, problems: Problems): void {
  const kind = /^Missing closing ["']quote/.test(e.message) ? "quote" : /end with a ]/.test(e.message) ? "[" : /end with a }/.test(e.message) ? "{" : undefined;
  const unclosed = kind && openingBefore(source, e.pos[0], kind);
  if (!unclosed) {
    problems.error(posAt(source, e.pos[0]), yamlCode(e.code), yamlMessage(e.code, e.message));
    return;
  }
  const closer = { quote: "the closing quote", "[": "]", "{": "}" }[kind!];
  const end = posAt(source, e.pos[0]).line;
  problems.error(posAt(source, unclosed.range![0]), "yaml-syntax", `YAML: the ${kind} opened here is never closed (the file ends, or the indentation falls back, at line ${end}): add ${closer}`);
}

/** The innermost quoted text, or flow list or mapping, that opens before `offset` and runs up to it. */
function openingBefore(source: SourceFile, offset: number, kind: "quote" | "[" | "{"): Node | undefined {
  let found: Node | undefined;
  const stack: unknown[] = [source.doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) stack.push(node.key, node.value);
    if (!isScalar(node) && !isCollection(node)) continue;
    const [start, , end] = node.range ?? [Infinity, 0, 0];
    const open =
      kind === "quote" ? isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") : isCollection(node) && node.flow === true && isSeq(node) === (kind === "[");
    if (open && start < offset && end >= offset && start >= (found?.range?.[0] ?? -1)) found = node;
    if (isMap(node) || isSeq(node)) stack.push(...node.items);
  }
  return found;
}
