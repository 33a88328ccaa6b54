// Markdown (GFM) from the data to safe HTML through unified. Text from data files is untrusted: raw HTML is
// shown as literal text (so its writer sees it and mends it) and the result is sanitised to an allow-list
// that removes scripts, event handlers and javascript:/data: links.
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Root as HastRoot, RootContent as HastContent } from "hast";
import type { Root as MdRoot, RootContent } from "mdast";
import { markdownTree, parseMarkdown } from "../model/markdown.js";
import type { MarkdownText } from "../model/types.js";

export interface MarkdownOptions {
  /** Heading level of the section the text sits in: a "# Heading" in the text becomes one level below it. */
  sectionLevel: number;
}

/**
 * Raw HTML (blocks and inline) becomes plain text, so "<script>" prints as the characters "<script>". Like every
 * step here it makes new nodes and never changes the tree it is given: a text's tree is parsed once and shared
 * by every rendering of it (src/model/markdown.ts).
 */
function htmlAsText() {
  const visit = <T extends MdRoot | RootContent>(node: T): T => {
    if (node.type === "html") return { type: "text", value: node.value, position: node.position } as T;
    return "children" in node ? { ...node, children: node.children.map(visit) } : node;
  };
  return (tree: MdRoot): MdRoot => visit(tree);
}

/**
 * Puts the text's headings below the section's, and never more than one level below the heading before them:
 * a writer's "#" then "###" would otherwise skip a level, which screen readers announce as a gap.
 */
function demoteHeadings(options: MarkdownOptions) {
  return (tree: MdRoot): MdRoot => {
    let previous = options.sectionLevel;
    const visit = <T extends MdRoot | RootContent>(node: T): T => {
      if (node.type === "heading") {
        previous = Math.min(6, node.depth + options.sectionLevel, previous + 1);
        return { ...node, depth: previous };
      }
      return "children" in node ? { ...node, children: node.children.map(visit) } : node;
    };
    return visit(tree);
  };
}

/** A GFM table's header cells head their columns: say so, as the report's own tables do (after sanitising, so it is ours). */
function scopeHeaders() {
  return (tree: HastRoot): void => {
    const visit = (node: HastRoot | HastContent): void => {
      if (node.type === "element" && node.tagName === "th") node.properties.scope = "col";
      if ("children" in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}

/**
 * GFM writes a column's alignment as the `align` attribute, which HTML5 made obsolete (the W3C checker warns).
 * It becomes a class the stylesheet aligns by (report.css, also in print): `align-right`, `align-center`, `align-left`.
 */
function alignAsClass() {
  return (tree: HastRoot): void => {
    const visit = (node: HastRoot | HastContent): void => {
      if (node.type === "element" && (node.tagName === "td" || node.tagName === "th") && typeof node.properties.align === "string") {
        node.properties.className = [`align-${node.properties.align}`];
        delete node.properties.align;
      }
      if ("children" in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}

const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: [] },
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !["img", "input"].includes(t)),
};

/** One frozen processor per heading level: building a unified pipeline costs more than running it. */
const processors = new Map<number, ReturnType<typeof processorFor>>();

function processorFor(options: MarkdownOptions) {
  return unified()
    .use(htmlAsText)
    .use(demoteHeadings, options)
    .use(remarkRehype)
    .use(rehypeSanitize, schema)
    .use(scopeHeaders)
    .use(alignAsClass)
    .use(rehypeStringify)
    .freeze();
}

/** A text as HTML; a text read from the data is rendered from the tree its check parsed, a bare string is parsed here. */
export function markdownToHtml(text: MarkdownText | string, options: MarkdownOptions): string {
  let processor = processors.get(options.sectionLevel);
  if (!processor) {
    processor = processorFor(options);
    processors.set(options.sectionLevel, processor);
  }
  const tree = typeof text === "string" ? parseMarkdown(text) : markdownTree(text);
  return processor.stringify(processor.runSync(tree));
}
