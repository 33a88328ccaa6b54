// Each identity of the statements broken by one figure in a copy of the sample: exactly one problem more than the
// sample has, at the figure the identity doubts — an error when the break is beyond rounding, a warning when a
// unit's break is within what rounding of the figures underneath explains.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/core/problem.js";
import { validateDataDir } from "../../src/validate/index.js";
import { SAMPLE } from "../support/fixtures.js";
import { copyOf } from "../support/scratch.js";

const show = (p: Problem): string => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`;
const baseline = new Set(validateDataDir(SAMPLE).problems.map(show));

/** A copy of the sample with texts of one file replaced (each found exactly once). */
function sampleWith(file: string, edits: [from: string, to: string][]): string {
  const dir = copyOf(SAMPLE, "sample");
  let text = readFileSync(join(dir, file), "utf8");
  for (const [from, to] of edits) {
    if (text.split(from).length !== 2) throw new Error(`${file} has "${from}" ${text.split(from).length - 1} times, not once`);
    text = text.replace(from, to);
  }
  writeFileSync(join(dir, file), text);
  return dir;
}

/** The problems such a copy has that the sample has not, as "file:line severity code". */
function broken(file: string, edits: [from: string, to: string][]): string[] {
  return validateDataDir(sampleWith(file, edits)).problems.filter((p) => !baseline.has(show(p))).map((p) => `${p.file}:${p.line} ${p.severity} ${p.code}`);
}

const lineOf = (file: string, text: string): number => readFileSync(join(SAMPLE, file), "utf8").split("\n").findIndex((l) => l.includes(text)) + 1;
const STATEMENTS = "statements.yaml";
const ECONOMY = "committees/07-okonomi.yaml";
const MUNICIPALITY = "municipality.yaml";

/** One figure broken: `from` replaced by `unit` (a unit off) or `more`; `also` are the declared totals that print it. */
const cases: { identity: string; file: string; from: string; unit: string; more: string; also?: { unit: [string, string][]; more: [string, string][] }; at: [string, string]; code: string }[] = [
  {
    identity: "a stated statement row = its derived value",
    file: STATEMENTS,
    from: "ordinary_result: { actual: -409451 }",
    unit: "ordinary_result: { actual: -409452 }",
    more: "ordinary_result: { actual: -410451 }",
    at: [STATEMENTS, "ordinary_result:"],
    code: "statement-row-mismatch",
  },
  {
    identity: "FO-1: the finansieringsoversigt sums to zero (the actual)",
    file: ECONOMY,
    from: "adjusted: 49787, actual: 169119",
    unit: "adjusted: 49787, actual: 169118",
    more: "adjusted: 49787, actual: 187620",
    // The committee's declared financing total sums the item: it says the same, or it would be a second problem.
    also: {
      unit: [["actual: -4375013, variance: 105270", "actual: -4375014, variance: 105269"]],
      more: [["actual: -4375013, variance: 105270", "actual: -4356512, variance: 123771"]],
    },
    at: [ECONOMY, '"80.88"'],
    code: "financing-zero-sum",
  },
  {
    identity: "FO-1 on the prior year's stated change in liquid assets",
    file: STATEMENTS,
    from: "cash: { prior_year: 1700 }",
    unit: "cash: { prior_year: 1701 }",
    more: "cash: { prior_year: 2700 }",
    at: [STATEMENTS, "cash: { prior_year"],
    code: "financing-zero-sum",
  },
  {
    identity: "BA-1: aktiver = passiver (at egenkapital)",
    file: STATEMENTS,
    from: "provisions: { start: 612400, end: 598700 }",
    unit: "provisions: { start: 612400, end: 598701 }",
    more: "provisions: { start: 612400, end: 599700 }",
    at: [STATEMENTS, "equity:"],
    code: "balance-unbalanced",
  },
  {
    identity: "BA-3: Δ likvide = the finansieringsoversigt's change + revaluations",
    file: STATEMENTS,
    from: "liquid_assets: 1850 ",
    unit: "liquid_assets: 1851 ",
    more: "liquid_assets: 2850 ",
    at: [STATEMENTS, "liquid_assets: 1850"],
    code: "liquid-assets-movement",
  },
  {
    identity: "BA-4: long-term debt at the end = start + loans − repayments ± regulations",
    file: STATEMENTS,
    from: "long_term_debt: -29456 ",
    unit: "long_term_debt: -29455 ",
    more: "long_term_debt: -28456 ",
    at: [STATEMENTS, "long_term_debt: -29456"],
    code: "long-term-debt-movement",
  },
  {
    identity: "the strategy's debt = the balance's long-term debt",
    file: MUNICIPALITY,
    from: "{ year: 2024, total: 224100, elderly_housing: 84000 }",
    unit: "{ year: 2024, total: 224101, elderly_housing: 84000 }",
    more: "{ year: 2024, total: 225100, elderly_housing: 84000 }",
    at: [MUNICIPALITY, "{ year: 2024, total: 224100"],
    code: "strategy-debt-balance",
  },
  {
    identity: "RO-4: the strategy's surplus = −result of ordinary operations",
    file: MUNICIPALITY,
    from: "        - { year: 2024 }  ",
    unit: "        - { year: 2024, surplus: 409452 }  ",
    more: "        - { year: 2024, surplus: 399451 }  ",
    at: [MUNICIPALITY, "        - { year: 2024 }  "],
    code: "strategy-surplus-statement",
  },
];

describe("each identity broken by one figure in a copy of the sample", () => {
  it("the sample itself: the statements' identities hold, but for 1 t.kr. of rounding in the zero sum (Klima- og Miljøudvalget's printed figures)", () => {
    const statements = validateDataDir(SAMPLE).problems.filter((p) => !p.file.startsWith("committees/01-"));
    expect(statements.map((p) => `${p.file}:${p.line} ${p.severity} ${p.code}`)).toEqual([
      `${ECONOMY}:${lineOf(ECONOMY, '"80.88"')} warning financing-zero-sum`,
      `${ECONOMY}:${lineOf(ECONOMY, '"80.88"')} warning financing-zero-sum`,
    ]);
  });

  for (const c of cases) {
    it(`${c.identity}: one error beyond rounding, one warning within`, () => {
      const line = `${c.at[0]}:${lineOf(c.at[0], c.at[1])}`;
      expect(broken(c.file, [[c.from, c.more], ...(c.also?.more ?? [])])).toEqual([`${line} error ${c.code}`]);
      expect(broken(c.file, [[c.from, c.unit], ...(c.also?.unit ?? [])])).toEqual([`${line} warning ${c.code}`]);
    });
  }

  it("a finansieringsoversigt that leaves 18,5 mio. kr. unexplained says so at the cash item", () => {
    const fo1 = cases.find((c) => c.code === "financing-zero-sum")!;
    const dir = sampleWith(ECONOMY, [[fo1.from, fo1.more], ...fo1.also!.more]);
    const problem = validateDataDir(dir).problems.find((p) => p.code === "financing-zero-sum" && p.severity === "error")!;
    expect(problem.message).toContain("giver en ændring af likvide aktiver på 169.120: 18.500 t.kr., som intet tal forklarer");
    expect(problem.message).toContain('"Ændring af likvide aktiver (80.88 Beholdningsbevægelse)" er 187.620');
  });
});
