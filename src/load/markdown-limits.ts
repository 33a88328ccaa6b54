// What a Markdown text may be, checked when it is read, so that rendering never meets a text it cannot finish:
// the Markdown parser's time grows with the square of some constructs' length (runs of brackets, emphasis,
// tables), and the tree's walkers recurse, so thousands of nested quotes would overflow the stack.
import type { Node, Parent } from "unist";
import type { MarkdownText } from "../model/types.js";
import type { Problems } from "../core/problem.js";
import { markdownTree } from "../model/markdown.js";
import { positionInText } from "../model/text.js";
import { msg } from "../messages/index.js";
import { count } from "../messages/words.js";

/** About eight printed pages; a committee's text is usually one or two. */
const MAX_TEXT_CHARS = 20_000;
/** Levels of quotes, lists and emphasis inside each other; real texts need four or five. */
const MAX_MARKDOWN_DEPTH = 24;
/** Emphasis and link marks in one paragraph: the parser's time grows with the square of their number. */
const MAX_MARKS = 2000;

/** A line's leading quote marks, list markers and indentation: its container nesting. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const MARKS = /[*_~[\]`]/g;

/** False (with the problem reported) when the text is too long or nests too deeply to be rendered. */
export function checkMarkdown(text: MarkdownText, problems: Problems): boolean {
  const length = text.markdown.length;
  if (length > MAX_TEXT_CHARS) {
    problems.error(text.at, msg("text-too-long", count(length), count(MAX_TEXT_CHARS)));
    return false;
  }
  // Cheap checks by line first: the parser itself is what deep or mark-laden text makes slow.
  const rough = roughProblem(text.markdown);
  if (rough) {
    (rough.kind === "deep" ? tooDeep : tooManyMarks)(text, rough.offset, problems);
    return false;
  }
  let tree: Node;
  try {
    tree = markdownTree(text); // kept for rendering: a text is parsed once
  } catch {
    tooDeep(text, 0, problems); // the parser's own recursion gave out
    return false;
  }
  const deep = deepest(tree);
  if (deep) tooDeep(text, deep.position?.start.offset ?? 0, problems);
  return deep === undefined;
}

/** Where a line nests too deeply by its prefix, or a paragraph has too many marks, judged without parsing. */
function roughProblem(markdown: string): { kind: "deep" | "marks"; offset: number } | undefined {
  let offset = 0;
  let paragraphStart = 0;
  let marks = 0;
  for (const line of markdown.split("\n")) {
    const prefix = CONTAINERS.exec(line)![0];
    const markers = prefix.replace(/[ \t]/g, "").replace(/\d+[.)]/g, "1").length;
    const indent = prefix.length - prefix.replace(/[ \t]/g, "").length;
    if (markers + Math.floor(indent / 4) > MAX_MARKDOWN_DEPTH) return { kind: "deep", offset };
    if (line.trim() === "") [paragraphStart, marks] = [offset + line.length + 1, 0];
    marks += line.match(MARKS)?.length ?? 0;
    if (marks > MAX_MARKS) return { kind: "marks", offset: paragraphStart };
    offset += line.length + 1;
  }
  return undefined;
}

/** The first node nested deeper than the limit, found without recursion. */
function deepest(tree: Node): Node | undefined {
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_MARKDOWN_DEPTH) return node;
    for (const child of (node as Parent).children ?? []) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}

function tooManyMarks(text: MarkdownText, offset: number, problems: Problems): void {
  problems.error(positionInText(text, offset), msg("text-too-many-marks", count(MAX_MARKS)));
}

function tooDeep(text: MarkdownText, offset: number, problems: Problems): void {
  problems.error(positionInText(text, offset), msg("text-too-deep", MAX_MARKDOWN_DEPTH));
}
