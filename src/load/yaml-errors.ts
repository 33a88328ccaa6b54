// The YAML parser's findings as problems a finance officer can act on: a hint in plain words, and for a quote
// or bracket that is never closed, the place where it opens — the parser notices only at the end of the file.
import { isCollection, isMap, isPair, isScalar, isSeq, type Node, type YAMLError } from "yaml";
import type { Message, Problems } from "../core/problem.js";
import { msg } from "../messages/index.js";
import { posAt, type SourceFile } from "./yaml-nodes.js";

/** A finding of the YAML parser (its code and its own words) as a problem: duplicate-key or yaml-syntax. */
export function yamlProblem(code: string, message: string): Message {
  const detail = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return code === "DUPLICATE_KEY" ? msg("duplicate-key", detail) : msg("yaml-syntax", code, detail);
}

export function reportYamlError(source: SourceFile, e: YAMLError, problems: Problems): void {
  const kind = /^Missing closing ["']quote/.test(e.message) ? "quote" : /end with a ]/.test(e.message) ? "[" : /end with a }/.test(e.message) ? "{" : undefined;
  const unclosed = kind && openingBefore(source, e.pos[0], kind);
  if (!unclosed) {
    problems.error(posAt(source, e.pos[0]), yamlProblem(e.code, e.message));
    return;
  }
  problems.error(posAt(source, unclosed.range![0]), msg("yaml-syntax/unclosed", kind!, posAt(source, e.pos[0]).line));
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
