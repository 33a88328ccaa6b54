// What "ends well" means for any input, however broken: validation returns (never throws) either the data
// and no error, or no data and at least one error; and every problem is one a person can act on — a file of
// the data directory, a line inside it, a stable code and a message with no trace of the program's insides.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Problem } from "../../src/core/problem.js";
import type { ValidationResult } from "../../src/validate/index.js";

/** Signs of an internal failure leaking into a message (outside the quoted and dotted data it echoes). */
const LEAKS = [/\n\s+at /, /\bat \S+:\d+:\d+/, /\[object \w+\]/, /(?<![.\w])undefined\b/, /(?<![.\w])NaN\b/, /(Type|Range|Reference|Syntax)Error/, /call stack/i];

function problemFault(problem: Problem, dir: string): string | undefined {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(problem.code)) return `code "${problem.code}" is not a stable kebab-case code`;
  if (problem.severity !== "error" && problem.severity !== "warning") return `severity "${problem.severity}"`;
  if (!problem.message.trim()) return "empty message";
  const own = problem.message.replace(/"[^"]*"/g, '""');
  const leak = LEAKS.find((re) => re.test(own));
  if (leak) return `message shows internals (${leak}): ${problem.message}`;
  if (!Number.isInteger(problem.line) || problem.line < 1) return `line ${problem.line}`;
  if (!Number.isInteger(problem.column) || problem.column < 1) return `column ${problem.column}`;
  const path = join(dir, problem.file);
  if (problem.file.startsWith("/") || problem.file.includes("..")) return `file "${problem.file}" is not inside the data directory`;
  // Only a problem about a missing file may name a file that is not there.
  if (!existsSync(path)) return ["file-missing", "no-committees"].includes(problem.code) ? undefined : `file "${problem.file}" does not exist`;
  if (statSync(path).isFile() && statSync(path).size < 20_000_000) {
    const lines = readFileSync(path).toString("utf8").split(/\r\n|\r|\n/).length; // as editors and YAML count them
    if (problem.line > lines + 1) return `line ${problem.line} is beyond the file's ${lines} lines`;
  }
  return undefined;
}

/** The first thing wrong with a validation result, or undefined when it is sound. */
export function resultFault(result: ValidationResult, dir: string): string | undefined {
  const errors = result.problems.filter((p) => p.severity === "error").length;
  if (result.data && errors > 0) return `data returned despite ${errors} errors`;
  if (!result.data && errors === 0) return "no data, but no error says why";
  for (const p of result.problems) {
    const fault = problemFault(p, dir);
    if (fault) return `${p.file}:${p.line}:${p.column} ${p.code}: ${fault}`;
  }
  return undefined;
}

export function expectSound(result: ValidationResult, dir: string): void {
  expect(resultFault(result, dir), JSON.stringify(result.problems.slice(0, 5), null, 1)).toBeUndefined();
}
