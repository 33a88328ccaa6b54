// Each check of the list (src/validate/checks/) on its own: the data as read (errors or not) and its figures in,
// the problems it finds out. A new check gets its describe here: read a small data directory with readDataDir,
// compute its figures, call the check, compare the problems.
import { describe, expect, it } from "vitest";
import { computeFigures } from "../../src/compute/figures.js";
import type { Problem } from "../../src/core/problem.js";
import { uniqueAcrossFiles } from "../../src/validate/checks/across-files.js";
import type { Check } from "../../src/validate/checks/check.js";
import { followUpFigures } from "../../src/validate/checks/follow-up-figures.js";
import { CHECKS } from "../../src/validate/checks/index.js";
import { initiativeProjects } from "../../src/validate/checks/initiative-projects.js";
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
import { MUNICIPALITY, VALID_BODY, committee } from "../support/fixtures.js";
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
      initiativeProjects,
      followUpFigures,
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

describe("textFigures on a follow-up's texts", () => {
  it("checks follow_up_sections against the expected figures and their (4), not against the actuals", () => {
    const body = VALID_BODY.replace("actual: 130", "actual: 900\n        expected: 2300").replace("actual: 40", "actual: 40\n        expected: 50");
    const text = (words: string): string => committee(`follow_up_sections:\n  operations: "${words}"\n${body}`);
    // Expected 2.350 t.kr. in all; (4) = 2.350 − 170 = 2.180: "et forventet merforbrug på 2,2 mio. kr."
    expect(run(textFigures, { "committees/01-test.yaml": text("Det forventede regnskab er 2,4 mio. kr., et forventet merforbrug på 2,2 mio. kr.") })).toEqual([]);
    // 0,9 mio. kr. is an actual (900): no figure of the follow-up's columns.
    expect(run(textFigures, { "committees/01-test.yaml": text("Forbruget har været 0,9 mio. kr.") })).toEqual([
      "committees/01-test.yaml:5 warning text-figure",
    ]);
    // A merforbrug must be a positive (4) of the follow-up.
    expect(run(textFigures, { "committees/01-test.yaml": text("Et forventet mindreforbrug på 2,2 mio. kr.") })).toEqual(["committees/01-test.yaml:5 warning text-figure"]);
  });
});

describe("initiativeProjects", () => {
  const withProject = (id: string): string =>
    committee(`${VALID_BODY}initiatives:\n  - { nr: "1.", topic: Emne, status: in-progress, project: ${id}, amounts: { 2024: 10 } }\ncapital:\n  - { id: A000001, name: Projekt, budget: 10 }\n`);
  it("finds nothing when the project exists", () => {
    expect(run(initiativeProjects, { "committees/01-test.yaml": withProject("A000001") })).toEqual([]);
  });
  it("reports a project no committee has, at the initiative's project:", () => {
    expect(run(initiativeProjects, { "committees/01-test.yaml": withProject("A999999") })).toEqual(["committees/01-test.yaml:18 error initiative-project-unknown"]);
  });
  it("reports a project two other committees have", () => {
    const holder = (id: string, order: number): string =>
      committee(`capital:\n  - { id: A999999, name: Projekt, budget: 10 }\n`, `id: ${id}\ncommittee: Udvalg ${id}\norder: ${order}\n`);
    expect(run(initiativeProjects, { "committees/01-test.yaml": withProject("A999999"), "committees/02-a.yaml": holder("a", 2), "committees/03-b.yaml": holder("b", 3) })).toEqual([
      "committees/01-test.yaml:18 error initiative-project-ambiguous",
    ]);
  });
});

describe("followUpFigures", () => {
  const followUp = `${MUNICIPALITY}report: { kind: follow-up, as_of: 2024-08-31 }\n`;
  it("asks nothing when no follow-up is made", () => {
    expect(run(followUpFigures, { "committees/01-test.yaml": committee(VALID_BODY) })).toEqual([]);
  });
  it("warns once for a committee that gives no expected figure at all, and at each budgeted line without one otherwise", () => {
    expect(run(followUpFigures, { "municipality.yaml": followUp, "committees/01-test.yaml": committee(VALID_BODY) })).toEqual(["committees/01-test.yaml:1 warning expected-missing"]);
    const one = VALID_BODY.replace("actual: 130", "actual: 130\n        expected: 125");
    expect(run(followUpFigures, { "municipality.yaml": followUp, "committees/01-test.yaml": committee(one) })).toEqual(["committees/01-test.yaml:14 warning expected-missing"]);
  });
});
