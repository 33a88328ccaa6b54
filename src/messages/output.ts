// Problems as the terminal shows them, in the user's language: `file:line:col  fejl|advarsel  message`, and the
// summary "3 fejl, 5 advarsler". The `--json` output keeps its stable words (core/problem.ts: problemsJson).
import { sortProblems, type Problem, type Severity } from "../core/problem.js";
import { t } from "./index.js";

export function severityWord(severity: Severity): string {
  return t().cli.severity[severity];
}

/** `file:line:col  severity  message`, one problem per line, grouped by file and sorted by line. */
export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map((p) => `${p.file}:${p.line}:${p.column}  ${severityWord(p.severity)}  ${p.message}`)
    .join("\n");
}

/** "3 errors, 5 warnings" in the user's language. */
export function summaryLine(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  return t().cli.summary(errors, problems.length - errors);
}
