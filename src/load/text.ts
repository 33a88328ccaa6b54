// Markdown text in the data: inline in YAML, or `{ file: text/name.md }` naming a file inside DATA_DIR. A
// reference may never leave DATA_DIR, not even through a symlink: the data comes from many hands.
import { readFileSync } from "node:fs";
import { isScalar, type Node } from "yaml";
import type { MarkdownText } from "../model/types.js";
import type { Pos, Problems } from "../core/problem.js";
import { msg, t } from "../messages/index.js";
import { checkMarkdown } from "./markdown-limits.js";
import { dataFile } from "./data-file.js";
import { asMap, asScalar, posOf, valueOf, type SourceFile } from "./yaml-nodes.js";

/** Reads a Markdown field; problems with a `{ file: }` reference are reported at the reference. */
export function readMarkdown(source: SourceFile, node: Node | undefined, dataDir: string, problems: Problems): MarkdownText | undefined {
  const text = readText(source, node, dataDir, problems);
  return text && checkMarkdown(text, problems) ? text : undefined;
}

function readText(source: SourceFile, node: Node | undefined, dataDir: string, problems: Problems): MarkdownText | undefined {
  const scalar = asScalar(source, node);
  if (scalar && typeof scalar.value === "string") return { markdown: scalar.value, at: contentStart(source, scalar) };
  const ref = asMap(source, node);
  const fileNode = asScalar(source, valueOf(source, ref, "file"));
  if (!fileNode || typeof fileNode.value !== "string" || fileNode.value === "") return undefined; // the schema reports the wrong form
  return readReferenced(fileNode.value, posOf(source, fileNode), dataDir, problems);
}

function readReferenced(path: string, at: Pos, dataDir: string, problems: Problems): MarkdownText | undefined {
  const file = dataFile(path, at, dataDir, problems, { kind: t().load.fileKind.markdown, example: "text/beretning.md" });
  if (!file) return undefined;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file.abs));
    return { markdown: text.replace(/^\uFEFF/, ""), at: { file: file.rel, line: 1, column: 1 } };
  } catch {
    problems.error(at, msg("invalid-utf8/markdown", path));
    return undefined;
  }
}

/** Where a text's first line stands: for a block scalar (`|`), the line after the indicator. */
function contentStart(source: SourceFile, scalar: NonNullable<ReturnType<typeof asScalar>>): Pos {
  const at = posOf(source, scalar);
  if (isScalar(scalar) && (scalar.type === "BLOCK_LITERAL" || scalar.type === "BLOCK_FOLDED")) {
    const next = source.text.indexOf("\n", scalar.range![0]) + 1;
    const indent = /^[ ]*/.exec(source.text.slice(next))![0].length;
    return { file: at.file, line: at.line + 1, column: indent + 1 };
  }
  return at;
}
