// Each check of the list (src/validate/checks/) on its own: the data as read (errors or not) and its figures in,
// the problems it finds out. A new check gets its describe here: read a small data directory with readDataDir,
// compute its figures, call the check, compare the problems.
import { describe, expect, it } from "vitest";
import { computeFigures } from "../../src/compute/figures.js";
import type { Problem } from "../../src/core/problem.js";
import { uniqueAcrossFiles } from "../../src/validate/checks/across-files.js";
import type { Check } from "../../src/validate/checks/check.js";
import { CHECKS } from "../../src/validate/checks/index.js";
import { reconciled } from "../../src/validate/checks/reconciled.js";
import { textFigures } from "../../src/validate/checks/text-figures.js";
import { balanceBalances } from "../../src/validate/checks/statements/balance-balances.js";
import { financingZeroSum } from "../../src/validate/checks/statements/financing-zero-sum.js";
import { liquidAssetsMovement } from "../../src/validate/checks/statements/liquid-assets-movement.js";
import { longTermDebtMovement } from "../../src/validate/checks/statements/long-term-debt-movement.js";
import { statedRows } from "../../src/validate/checks/statements/stated-rows.js";
import { statementInputs } from "../../src/validate/checks/statements/statement-inputs.js";
import { strategyDebt } from "../../src/validate/checks/statements/strategy-debt.js";
import { strategySurplus } from "../../src/validate/checks/statements/strategy-surplus.js";
import { readDataDir } from "../../src/validate/index.js";
import { VALID_BODY, committee } from "../support/fixtures.js";
import { dataDir } from "../support/scratch.js";

/** The check's problems on a data directory with these committee files, as "file:line code". */
function run(check: Check, committees: Record<string, string>): string[] {
  const { data } = readDataDir(dataDir(committees));
  return check(data, computeFigures(data)).map((p: Problem) => `${p.file}:${p.line} ${p.severity} ${p.code}`);
}

const other = (id: string, order: number, frame = "20.01"): string =>
  committee(VALID_BODY.replace('"10.01"', `"${frame}"`), `id: ${id}\ncommittee: Udvalg ${id}\norder: ${order}\n`);

describe("the list", () => {
  it("holds every check once", () => {
    expect(CHECKS).toEqual([
      uniqueAcrossFiles,
      reconciled,
      textFigures,
      statementInputs,
      statedRows,
      financingZeroSum,
      balanceBalances,
      liquidAssetsMovement,
      longTermDebtMovement,
      strategyDebt,
      strategySurplus,
    ]);
    expect(new Set(CHECKS).size).toBe(CHECKS.length);
  });
});

describe("uniqueAcrossFiles", () => {
  it("finds nothing when ids, orders and frame numbers are each used once", () => {
    expect(run(uniqueAcrossFiles, { "committees/01-a.yaml": other("a", 1, "10.01"), "committees/02-b.yaml": other("b", 2) })).toEqual([]);
  });

  it("reports a committee id used twice and a frame in two committees as errors, a shared order as a warning", () => {
    const problems = run(uniqueAcrossFiles, { "committees/01-a.yaml": other("a", 1, "10.01"), "committees/02-b.yaml": other("a", 1, "10.01") });
    expect(problems).toEqual([
      "committees/02-b.yaml:1 error duplicate-committee-id",
      "committees/02-b.yaml:1 warning duplicate-order",
      "committees/02-b.yaml:5 error duplicate-frame-number",
    ]);
  });
});

describe("reconciled", () => {
  it("judges every declared figure the figures recorded: exact is no problem, a unit off is rounding, more is an error", () => {
    const withTotals = (adopted: number): string => committee(`${VALID_BODY}totals: { adopted: ${adopted} }\n`);
    expect(run(reconciled, { "committees/01-test.yaml": withTotals(150) })).toEqual([]);
    expect(run(reconciled, { "committees/01-test.yaml": withTotals(151) })).toEqual(["committees/01-test.yaml:17 warning rounding-difference"]);
    expect(run(reconciled, { "committees/01-test.yaml": withTotals(160) })).toEqual(["committees/01-test.yaml:17 error total-mismatch"]);
  });
});

describe("textFigures", () => {
  it("warns at the text about a figure no table figure rounds to", () => {
    const text = (figure: string): string => committee(`sections:\n  operations: "Et forbrug på ${figure} mio. kr."\n${VALID_BODY}`);
    expect(run(textFigures, { "committees/01-test.yaml": text("0,2") })).toEqual([]);
    expect(run(textFigures, { "committees/01-test.yaml": text("9,9") })).toEqual(["committees/01-test.yaml:5 warning text-figure"]);
  });
});
