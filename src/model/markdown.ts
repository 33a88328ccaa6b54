// The Markdown parser every text of the data is read with (GFM), and each text's tree parsed once: checking a
// text when it is read (src/load/markdown-limits.ts) and rendering it, as often as the pages and print
// documents show it (src/render/markdown.ts), share one parse, which is most of the cost of either.
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { MarkdownText } from "./types.js";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Kept beside the texts, never in them: the model stays plain data, and a text no one holds takes its tree along. */
const trees = new WeakMap<MarkdownText, Root>();

/** The text's tree, parsed on first use; shared, so read-only to every user. Throws where the parser's recursion gives out. */
export function markdownTree(text: MarkdownText): Root {
  let tree = trees.get(text);
  if (!tree) {
    tree = parseMarkdown(text.markdown);
    trees.set(text, tree);
  }
  return tree;
}

/** A tree of its own for a text that is not the data's (nothing to share it with). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
