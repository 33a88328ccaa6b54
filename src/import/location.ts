// Where something stands in an export file, said the way finance staff find it in Excel:
// "budget.xlsx, Ark1, række 17, kolonne D (Korr. budget)". Problems in a source are values, like data problems.
import type { Message, Severity } from "../core/problem.js";
import { severityWord } from "../messages/output.js";

export interface SourcePos {
  /** The source file's name as given on the command line. */
  source: string;
  /** Excel only. */
  sheet?: string;
  /** 1-based row (CSV: the line the record starts on). */
  row?: number;
  /** 1-based column. */
  column?: number;
  /** The column's header text, when known. */
  header?: string;
}

export interface SourceProblem {
  at: SourcePos;
  severity: Severity;
  /** Stable machine-readable kind, e.g. "amount-format", "column-missing". */
  code: string;
  message: string;
}

/** Collects problems found while reading the sources. */
export class SourceProblems {
  readonly list: SourceProblem[] = [];

  error(at: SourcePos, { code, message }: Message): void {
    this.list.push({ at, severity: "error", code, message });
  }

  warning(at: SourcePos, { code, message }: Message): void {
    this.list.push({ at, severity: "warning", code, message });
  }

  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === "error");
  }
}

/** 1 → A, 27 → AA. */
function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function formatSourcePos(at: SourcePos): string {
  const parts = [at.source];
  if (at.sheet !== undefined) parts.push(at.sheet);
  if (at.row !== undefined) parts.push(`række ${at.row}`);
  if (at.column !== undefined) parts.push(`kolonne ${columnLetter(at.column)}${at.header ? ` (${at.header})` : ""}`);
  return parts.join(", ");
}

export function formatSourceProblem(p: SourceProblem): string {
  return `${formatSourcePos(p.at)}  ${severityWord(p.severity)}  ${p.message}`;
}
