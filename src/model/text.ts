// Positions inside a Markdown text from the data, so that a problem found in the text points at its line.
import type { Pos } from "../core/problem.js";
import type { MarkdownText } from "./types.js";

/** The position of a character of a text: exact by line for files and block scalars, else the text's start. */
export function positionInText(text: MarkdownText, offset: number): Pos {
  const line = text.markdown.slice(0, offset).split("\n").length - 1;
  return { file: text.at.file, line: text.at.line + line, column: text.at.column };
}
