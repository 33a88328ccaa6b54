// The account table of a mapping: which accounts of the chart of accounts (kontoplan: hovedkonto, funktion,
// gruppering, dranst, art) make which line of which frame, or which financing item. An account is a list of
// segments (3.22.01.001.1.4.0); a pattern is an account's beginning (3.22.01; * for any one segment:
// 8.55.*.*.6) or a range of accounts (8.25-8.52). The most specific pattern that fits an account wins.
import type { Pos } from "../core/problem.js";
import type { ServiceGroup } from "../model/types.js";
import type { Area, FinancingKind } from "../model/statements.js";

export interface AccountPattern {
  /** As the mapping writes it, for messages. */
  text: string;
  /** A prefix: segments, "*" for any. A range: from and to. */
  prefix?: string[];
  range?: { from: string[]; to: string[] };
  /** Ranks patterns that fit the same account: more fixed segments win; a prefix beats a range as deep. */
  specificity: number;
  at: Pos;
}

/** Where the accounts of a pattern go: a line of a frame, or a financing item; both under a committee. */
export type AccountTarget =
  | ({ kind: "line"; frame: string; frameName: string; frameArea?: Area; line: string; service: ServiceGroup; area?: Area } & TargetCommon)
  | ({ kind: "financing"; number: string; name: string; financingKind?: FinancingKind } & TargetCommon);

interface TargetCommon {
  /** The committee's name as the account table gives it, and where. */
  committee: string;
  committeeAt: Pos;
  /** Position in the account table: frames, lines and items come in this order. */
  order: number;
  at: Pos;
}

export interface AccountRule {
  pattern: AccountPattern;
  target: AccountTarget;
}

const SEGMENT = /^(\d+|[\p{L}\d]+|\*)$/u;

/** The segments of an account as the export writes it: dots (or spaces) between them. */
export function segmentsOf(account: string): string[] {
  return account.trim().split(/\s*\.\s*|\s+/);
}

/** A pattern, or undefined when the text is none ("3.22", "8.55.*.6", "8.25-8.52"). */
export function parsePattern(text: string, at: Pos): AccountPattern | undefined {
  const parts = text.split(/\s*[-–]\s*/);
  if (parts.length === 1) {
    const prefix = segmentsOf(text);
    if (!prefix.every((s) => SEGMENT.test(s))) return undefined;
    return { text, prefix, specificity: 2 * prefix.filter((s) => s !== "*").length + 1, at };
  }
  if (parts.length !== 2) return undefined;
  const [from, to] = parts.map((p) => segmentsOf(p!)) as [string[], string[]];
  if (![...from, ...to].every((s) => SEGMENT.test(s) && s !== "*")) return undefined;
  return { text, range: { from, to }, specificity: 2 * Math.min(from.length, to.length), at };
}

/** True when a range's first account comes after its last (a mistake the mapping check reports). */
export function isEmptyRange(p: AccountPattern): boolean {
  return p.range !== undefined && compareSegments(p.range.from, p.range.to) > 0;
}

function fits(p: AccountPattern, account: readonly string[]): boolean {
  if (p.prefix) return p.prefix.length <= account.length && p.prefix.every((s, i) => s === "*" || sameSegment(s, account[i]!));
  const { from, to } = p.range!;
  return compareSegments(account.slice(0, from.length), from) >= 0 && compareSegments(account.slice(0, to.length), to) <= 0;
}

/** The rules whose pattern fits the account best: one, or several equally specific (ambiguous), or none. */
export function bestRules(rules: readonly AccountRule[], account: readonly string[]): AccountRule[] {
  let best: AccountRule[] = [];
  for (const rule of rules) {
    if (!fits(rule.pattern, account)) continue;
    const top = best[0]?.pattern.specificity ?? -1;
    if (rule.pattern.specificity > top) best = [rule];
    else if (rule.pattern.specificity === top) best.push(rule);
  }
  return best;
}

/** Segments compare as numbers when both are digits (03 = 3; 9 < 10), else as text regardless of case. */
function compareSegment(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const [x, y] = [a.replace(/^0+(?=\d)/, ""), b.replace(/^0+(?=\d)/, "")];
    return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
  }
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

function sameSegment(a: string, b: string): boolean {
  return compareSegment(a, b) === 0;
}

/** Segment by segment; a shorter account that is the beginning of a longer one comes first. */
function compareSegments(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareSegment(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
