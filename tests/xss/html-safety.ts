// Whether a generated HTML page could run or load anything, judged the way a browser reads it: parsed by a
// spec-compliant HTML parser (parse5, through hast), not by searching strings. A page is safe when every
// element is one the templates, sanitised Markdown or Vega's SVG make, no attribute is an event handler, and
// every URL is one of our own pages, a fragment, or an http(s)/mailto link the Markdown allows.
import { fromHtml } from "hast-util-from-html";
import type { Element, Root, RootContent } from "hast";

const ELEMENTS = new Set(
  [
    "html", "head", "body", "meta", "title", "link", "header", "nav", "main", "section", "figure", "figcaption", "div", "span",
    "p", "a", "strong", "em", "del", "code", "pre", "blockquote", "br", "hr", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "sup", "sub", "dl", "dt", "dd", "details", "summary", "kbd",
    "b", "i", "s", "small", "abbr", "time",
    // Vega's SVG
    "svg", "g", "path", "rect", "line", "text", "tspan", "circle", "defs", "clippath", "desc",
  ].map((t) => t.toLowerCase()),
);
/** Properties (hast's names, lower-cased) that hold a URL something may be fetched from or navigated to. */
const URL_PROPERTIES = ["href", "xlinkhref", "src", "srcset", "srcdoc", "action", "formaction", "data", "poster", "background", "ping", "manifest", "codebase", "cite", "longdesc", "lowsrc", "dynsrc", "usemap", "archive", "classid"];
/**
 * Our own pages and fragments, our own downloads beside the site (../pdf/, ../xlsx/, ../csv/), http(s) and
 * mailto; an empty href (Markdown's "[x]()") only names the page itself.
 */
const SAFE_LINK = /^(https?:\/\/|mailto:|#|[a-z0-9-]+\.html(#[\w-]*)?$|\.\.\/(pdf|xlsx|csv)\/[a-z0-9-]+\.(pdf|xlsx|csv|json)$|$)/i;

/** Everything on the page that could execute or load something; empty when the page is safe. */
export function unsafeParts(html: string): string[] {
  const found: string[] = [];
  const stack: (Root | RootContent)[] = [fromHtml(html)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "element") found.push(...elementFaults(node));
    if ("children" in node) stack.push(...node.children);
    if (node.type === "element" && node.content) stack.push(node.content);
  }
  return found;
}

function elementFaults(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const faults: string[] = [];
  if (!ELEMENTS.has(tag)) faults.push(`<${tag}> element`);
  if (tag === "meta" && Object.keys(el.properties).some((p) => !["charSet", "name", "content"].includes(p))) faults.push(`<meta ${Object.keys(el.properties).join(" ")}>`);
  if (tag === "link" && !(String(el.properties.rel) === "stylesheet" && /^([\w-]+\/)?[\w-]+\.css$/.test(String(el.properties.href)))) faults.push(`<link ${JSON.stringify(el.properties)}>`);
  for (const [name, value] of Object.entries(el.properties)) {
    const key = name.toLowerCase();
    const text = Array.isArray(value) ? value.join(" ") : String(value);
    if (key.startsWith("on")) faults.push(`<${tag} ${name}="${text}"> event handler`);
    if (key === "style" && /url\s*\(|expression\s*\(|@import|behavior|javascript:/i.test(text)) faults.push(`<${tag} style="${text}">`);
    if (URL_PROPERTIES.includes(key) && !(tag === "link" && key === "href") && !(tag === "a" && key === "href" && SAFE_LINK.test(text.trim()))) {
      faults.push(`<${tag} ${name}="${text}">`);
    }
  }
  return faults;
}
