// Reconciliation: every kind of declared figure, off by one unit (a rounding difference: warning) and off by
// more than rounding can explain (error), each reported at the declared figure with both values.
import { describe, expect, it } from "vitest";
import { committee } from "../support/fixtures.js";
import { at, only, problemsOf } from "../support/problems.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

const F = "committees/01-test.yaml";

/** Every declared figure correct; `{name:delta}` shifts one of them. Line numbers are noted beside each. */
function declared(shift: Record<string, number> = {}): string {
  const v = (name: string, value: number): number => value + (shift[name] ?? 0);
  return committee(`frames:
  - number: "10.01"
    name: Ramme
    totals: { adopted: ${v("frame.adopted", 150)}, adjusted: 170, actual: 170, variance: 0 }
    service_totals:
      inside: { adopted: 100, adjusted: ${v("frame.inside.adjusted", 120)}, actual: 130, variance: 10 }
      outside: { adopted: 50, adjusted: 50, actual: 40, variance: ${v("frame.outside.variance", -10)} }
    lines:
      - { name: A, service: inside, adopted: 100, adjusted: 120, actual: 130, variance: ${v("line.variance", 10)} }
      - { name: B, service: outside, adopted: 50, adjusted: 50, actual: 40 }
totals: { adopted: 150, adjusted: 170, actual: ${v("totals.actual", 170)}, variance: 0 }
service_totals:
  inside: { adopted: ${v("committee.inside.adopted", 100)}, adjusted: 120, actual: 130, variance: 10 }
  outside: { adopted: 50, adjusted: 50, actual: 40, variance: -10 }
financing:
  - { number: "70.82", name: Skatter, adopted: -1000, adjusted: -1000, actual: -1010, variance: ${v("financing.variance", -10)} }
  - { number: "80.85", name: Optagelse af lån, adjusted: -200, actual: -200 }
financing_totals: { adopted: -1000, adjusted: ${v("financing_totals.adjusted", -1200)}, actual: -1210, variance: -10 }
capital:
  - { id: A000001, name: Skole, budget: 500, adjusted: 600, actual: 550, transfer: 50 }
  - { id: A000002, name: Grundsalg, budget: -100, adjusted: -100, actual: -150, closed: true }
capital_totals: { budget: 400, adjusted: 500, actual: 400, transfer: ${v("capital_totals.transfer", 50)} }
`);
}

/** Line of a YAML text and the column where the value of `key` starts on it (both 1-based). */
function valueAt(yaml: string, line: number, key: string): [number, number] {
  const text = yaml.split("\n")[line - 1]!;
  const keyAt = text.indexOf(`${key}: `);
  if (keyAt < 0) throw new Error(`no ${key} on line ${line}: ${text}`);
  return [line, keyAt + key.length + 3];
}

const CASES: [string, [number, number], string][] = [
  // figure shifted, its position, what the message names
  ["line.variance", valueAt(declared(), 12, "variance"), 'frame 10.01, line "A", (4) variance'],
  ["frame.inside.adjusted", valueAt(declared(), 9, "adjusted"), "frame 10.01, subtotal inside the service frame (Inden for servicerammen), (2) adjusted budget"],
  ["frame.outside.variance", valueAt(declared(), 10, "variance"), "subtotal outside the service frame (Uden for servicerammen), (4) variance"],
  ["frame.adopted", valueAt(declared(), 7, "adopted"), "frame 10.01 total, (1) adopted budget"],
  ["committee.inside.adopted", valueAt(declared(), 16, "adopted"), "committee subtotal inside the service frame (Inden for servicerammen), (1) adopted budget"],
  ["totals.actual", valueAt(declared(), 14, "actual"), "committee total (Årets resultat), (3) actual"],
  ["financing.variance", valueAt(declared(), 19, "variance"), "financing item 70.82 Skatter, (4) variance"],
  ["financing_totals.adjusted", valueAt(declared(), 21, "adjusted"), "financing total (I alt), (2) adjusted budget"],
  ["capital_totals.transfer", valueAt(declared(), 25, "transfer"), "capital total (Årets resultat of the capital table), expected transfer"],
];

describe("reconciliation", () => {
  it("accepts figures that add up exactly", () => {
    expect(problemsOf(declared())).toEqual([]);
  });

  it.each(CASES)("reports %s off by one unit as a rounding difference", (figure, [line, column], subject) => {
    // The printed figure above it no longer adds up either: that is reported too, but here we look at this one.
    const p = problemsOf(declared({ [figure]: 1 })).find((x) => x.line === line && x.column === column);
    if (!p) throw new Error(`nothing reported at ${line}:${column}`);
    expect(at(p)).toEqual([F, line, column, "warning"]);
    expect(p.message).toContain(subject);
    expect(p.message).toContain("rounding difference");
    expect(p.message).toContain("(difference +1 t.kr.)");
  });

  it.each(CASES)("reports %s off by more than rounding as an error naming both values", (figure, [line, column], subject) => {
    const problems = problemsOf(declared({ [figure]: -25 }));
    const p = only(problems, "total-mismatch");
    expect(at(p)).toEqual([F, line, column, "error"]);
    expect(p.message).toContain(subject);
    expect(p.message).toMatch(/declared -?[\d.]+, but .* gives? -?[\d.]+ \(difference -25 t\.kr\.\)/);
  });

  it("does not repeat an unreadable figure's error in every total above it", () => {
    const problems = problemsOf(declared().replace("adjusted: 120, actual: 130, variance: 10 }\n      - { name: B", "adjusted: 1.5, actual: 130, variance: 10 }\n      - { name: B"));
    expect(problems.map((p) => p.code)).toEqual(["amount-fraction"]);
  });

  it("gives the rounding tolerance half a unit per summed figure plus half for the total", () => {
    // The frame's inside subtotal sums one line: tolerance 0.5 + 0.5 = 1 unit. Two units is an error.
    expect(only(problemsOf(declared({ "frame.inside.adjusted": 2 })), "total-mismatch").message).toContain("±1 t.kr.");
  });

  it("checks in the file's unit: one krone off in a kr. file is within rounding, 1.000 kr. is not", () => {
    const kr = (delta: number): string =>
      committee(`unit: kr.
frames:
  - number: "10.01"
    name: Ramme
    service: inside
    totals: { actual: ${1_300_000 + delta} }
    lines:
      - { name: A, actual: 1000000 }
      - { name: B, actual: 300000 }
`);
    expect(only(problemsOf(kr(1)), "rounding-difference").message).toContain("(difference +1 kr.)");
    expect(only(problemsOf(kr(1000)), "total-mismatch").message).toContain("1.301.000");
  });
});
