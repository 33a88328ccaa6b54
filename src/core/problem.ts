// Problems are values: collected by every stage, sorted and printed by the CLI, never thrown at users. A problem
// names the place in a data file it is about (Pos), its severity, a stable code and a message. The code and the
// message come together as a Message, made by src/messages/ in the user's language.

/** Where something stands in a data file (file relative to DATA_DIR; line and column 1-based). */
export interface Pos {
  file: string;
  line: number;
  column: number;
}

export type Severity = "error" | "warning";

export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable machine-readable kind, e.g. "unknown-key", "total-mismatch". */
  code: string;
  message: string;
}

/** A problem's code and its text, made in one place: `msg(code, …)` of src/messages/. */
export interface Message {
  readonly code: string;
  readonly message: string;
}

export function error(at: Pos, { code, message }: Message): Problem {
  return { file: at.file, line: at.line, column: at.column, severity: "error", code, message };
}

export function warning(at: Pos, { code, message }: Message): Problem {
  return { file: at.file, line: at.line, column: at.column, severity: "warning", code, message };
}

/** Collects problems while a stage walks the data (reading a file reports as it goes). */
export class Problems {
  readonly list: Problem[] = [];

  error(at: Pos, message: Message): void {
    this.list.push(error(at, message));
  }

  warning(at: Pos, message: Message): void {
    this.list.push(warning(at, message));
  }
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** Grouped by file (in path order), then by line and column; stable for equal positions. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function problemsJson(problems: readonly Problem[]): string {
  const ordered = sortProblems(problems).map(({ file, line, column, severity, code, message }) => ({
    file,
    line,
    column,
    severity,
    code,
    message,
  }));
  return JSON.stringify({ problems: ordered }, null, 2);
}
