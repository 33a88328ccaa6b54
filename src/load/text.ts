// Markdown text in the data: inline in YAML, or `{ file: text/name.md }` naming a file inside DATA_DIR. A
// reference may never leave DATA_DIR, not even through a symlink: the data comes from many hands.
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { isScalar, type Node } from "yaml";
import type { MarkdownText, Pos } from "../model/types.js";
import type { Problems } from "../validate/problem.js";
import { checkMarkdown } from "./markdown-limits.js";
import { MAX_FILE_BYTES, asMap, asScalar, megabytes, posOf, valueOf, type SourceFile } from "./yaml.js";

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
  const file = dataFile(path, at, dataDir, problems, { kind: "Markdown file", example: "text/beretning.md" });
  if (!file) return undefined;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file.abs));
    return { markdown: text.replace(/^\uFEFF/, ""), at: { file: file.rel, line: 1, column: 1 } };
  } catch {
    problems.error(at, "invalid-utf8", `the Markdown file "${path}" is not valid UTF-8: save it as UTF-8`);
    return undefined;
  }
}

/**
 * A file the data references, resolved inside DATA_DIR (never outside, not even through a symlink); problems
 * are reported at the reference. `rel` is the path relative to DATA_DIR, with forward slashes.
 */
export function dataFile(
  path: string,
  at: Pos,
  dataDir: string,
  problems: Problems,
  what: { kind: string; example: string },
): { abs: string; rel: string } | undefined {
  const root = realpathSync(dataDir);
  const target = resolve(root, path);
  const inside = (p: string): boolean => p === root || p.startsWith(root + sep);
  if (isAbsolute(path) || !inside(target)) {
    problems.error(at, "file-outside", `"${path}" points outside the data directory: give a path inside it, e.g. ${what.example}`);
    return undefined;
  }
  if (!existsSync(target)) {
    problems.error(at, "file-missing", `the ${what.kind} "${path}" does not exist (paths are relative to the data directory)`);
    return undefined;
  }
  if (!inside(realpathSync(target))) {
    problems.error(at, "file-outside", `"${path}" is a link to a file outside the data directory: copy the file into the data directory`);
    return undefined;
  }
  const stat = statSync(target);
  if (!stat.isFile()) {
    problems.error(at, "file-missing", `"${path}" is not a file`);
    return undefined;
  }
  if (stat.size > MAX_FILE_BYTES) {
    problems.error(at, "file-too-large", `the ${what.kind} "${path}" is ${megabytes(stat.size)} MB, more than the ${megabytes(MAX_FILE_BYTES)} MB a data file may be: check that it is the right file`);
    return undefined;
  }
  return { abs: target, rel: relative(root, target).split(sep).join("/") };
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

/** The position of a character of a text: exact by line for files and block scalars, else the text's start. */
export function positionInText(text: MarkdownText, offset: number): Pos {
  const line = text.markdown.slice(0, offset).split("\n").length - 1;
  return { file: text.at.file, line: text.at.line + line, column: text.at.column };
}
