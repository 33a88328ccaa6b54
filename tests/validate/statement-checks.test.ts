// The statements' checks of the list (src/validate/checks/statements/), each on its own: the worked example of
// statements.md §13 (every identity exact) finds nothing; one figure changed by a unit is a warning, by more an
// error, at the figure the identity doubts.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeFigures } from "../../src/compute/figures.js";
import type { Check } from "../../src/validate/checks/check.js";
import { balanceBalances } from "../../src/validate/checks/statements/balance-balances.js";
import { financingZeroSum } from "../../src/validate/checks/statements/financing-zero-sum.js";
import { liquidAssetsMovement } from "../../src/validate/checks/statements/liquid-assets-movement.js";
import { longTermDebtMovement } from "../../src/validate/checks/statements/long-term-debt-movement.js";
import { statedRows } from "../../src/validate/checks/statements/stated-rows.js";
import { statementInputs } from "../../src/validate/checks/statements/statement-inputs.js";
import { strategyDebt } from "../../src/validate/checks/statements/strategy-debt.js";
import { strategySurplus } from "../../src/validate/checks/statements/strategy-surplus.js";
import { textFigures } from "../../src/validate/checks/text-figures.js";
import { readDataDir } from "../../src/validate/index.js";
import { WORKED } from "../support/fixtures.js";
import { editedCopy } from "../support/scratch.js";

const ECONOMY = "committees/05-okonomi.yaml";
const STATEMENTS = "statements.yaml";
const MUNICIPALITY = "municipality.yaml";

/** The worked example with text replaced in some of its files. */
const worked = (edits: [file: string, from: string, to: string][] = []): string => editedCopy(WORKED, edits, "worked");

/** The check's problems, as "file:line severity code". */
function run(check: Check, dir: string): string[] {
  const { data } = readDataDir(dir);
  return check(data, computeFigures(data)).map((p) => `${p.file}:${p.line} ${p.severity} ${p.code}`);
}

const lineOf = (dir: string, file: string, text: string): number => readFileSync(join(dir, file), "utf8").split("\n").findIndex((l) => l.includes(text)) + 1;

describe("statementInputs", () => {
  it("finds nothing when every financing item has a kind and one books the cash", () => {
    expect(run(statementInputs, worked())).toEqual([]);
  });

  it("wants a kind on every financing item once statements.yaml exists (an error at the item), and a cash item (a warning)", () => {
    const dir = worked([[ECONOMY, "kind: interest, ", ""], [ECONOMY, "kind: cash, ", ""]]);
    expect(run(statementInputs, dir)).toEqual([
      `${ECONOMY}:${lineOf(dir, ECONOMY, '"70.76"')} error financing-kind-missing`,
      `${ECONOMY}:${lineOf(dir, ECONOMY, '"80.88"')} error financing-kind-missing`,
      `${STATEMENTS}:2 warning financing-no-cash-item`,
    ]);
  });

  it("asks nothing of the committee files without statements.yaml", () => {
    const dir = worked([[ECONOMY, "kind: interest, ", ""]]);
    rmSync(join(dir, STATEMENTS));
    expect(run(statementInputs, dir)).toEqual([]);
  });

  it("warns when the population count per-citizen key figures divide by is not given", () => {
    expect(run(statementInputs, worked([[STATEMENTS, "citizens: end_of_year", "citizens: liquidity_basis"]]))).toEqual([`${STATEMENTS}:2 warning key-figures-citizens`]);
  });
});

describe("statedRows", () => {
  const stated = (actual: number) => worked([[STATEMENTS, "operations: { prior_year: 1100000 }", `operations: { prior_year: 1100000, actual: ${actual} }`]]);

  it("finds nothing when a stated row is the derived one", () => {
    expect(run(statedRows, stated(1140000))).toEqual([]);
  });

  it("reports a stated row a unit off as rounding, more as an error, at the stated figure", () => {
    expect(run(statedRows, stated(1140001))).toEqual([`${STATEMENTS}:8 warning statement-row-mismatch`]);
    expect(run(statedRows, stated(1141000))).toEqual([`${STATEMENTS}:8 error statement-row-mismatch`]);
  });

  it("checks a stated subtotal, variance and balance total, and a balance row against its parts", () => {
    const dir = worked([
      [STATEMENTS, "interest: { prior_year: 12000 }", "interest: { prior_year: 12000 }\n    revenue: { prior_year: -1155000, variance: 2001 }"],
      [STATEMENTS, "  revaluations:", "  stated:\n    assets: { start: 2106000, end: 2095100 }\n  revaluations:"],
      [STATEMENTS, "intangible_fixed_assets: { start: 5000, end: 5000 }", "intangible_fixed_assets: { start: 5000, end: 5000, parts: [{ name: Software, start: 5000, end: 4000 }] }"],
    ]);
    expect(run(statedRows, dir)).toEqual([
      `${STATEMENTS}:10 warning statement-row-mismatch`,
      `${STATEMENTS}:25 error statement-row-mismatch`,
      `${STATEMENTS}:42 error statement-row-mismatch`,
    ]);
  });
});

describe("financingZeroSum", () => {
  const cash = (adopted: number, adjusted: number, actual: number) =>
    worked([[ECONOMY, "kind: cash, adopted: 1000, adjusted: -56000, actual: -18000", `kind: cash, adopted: ${adopted}, adjusted: ${adjusted}, actual: ${actual}`]]);

  it("finds nothing when every column sums to zero", () => {
    expect(run(financingZeroSum, worked())).toEqual([]);
  });

  it("reports the cash item of a column that does not sum to zero: a unit as rounding, 18.500 t.kr. as an error", () => {
    expect(run(financingZeroSum, cash(1001, -56000, -18000))).toEqual([`${ECONOMY}:20 warning financing-zero-sum`]);
    expect(run(financingZeroSum, cash(1000, -56000, 500))).toEqual([`${ECONOMY}:20 error financing-zero-sum`]);
  });

  it("checks the adjusted budget only where the data asks", () => {
    expect(run(financingZeroSum, cash(1000, -50000, -18000))).toEqual([`${ECONOMY}:20 error financing-zero-sum`]);
    const unadjusted = worked([
      [ECONOMY, "adjusted: -56000", "adjusted: -50000"],
      [STATEMENTS, "check_adjusted_budget: true", "check_adjusted_budget: false"],
    ]);
    expect(run(financingZeroSum, unadjusted)).toEqual([]);
  });

  it("holds a stated prior year's change in liquid assets against the prior year's rows", () => {
    expect(run(financingZeroSum, worked([[STATEMENTS, "cash: { prior_year: -16000 }", "cash: { prior_year: -15000 }"]]))).toEqual([`${STATEMENTS}:20 error financing-zero-sum`]);
  });
});

describe("balanceBalances", () => {
  it("finds nothing when aktiver = passiver at both dates", () => {
    expect(run(balanceBalances, worked())).toEqual([]);
  });

  it("reports the date that does not balance at egenkapital, the balancing item", () => {
    expect(run(balanceBalances, worked([[STATEMENTS, "end: 1308000", "end: 1308001"]]))).toEqual([`${STATEMENTS}:32 warning balance-unbalanced`]);
    expect(run(balanceBalances, worked([[STATEMENTS, "receivables: { start: 120000, end: 125000 }", "receivables: { start: 120000, end: 126000 }"]]))).toEqual([
      `${STATEMENTS}:32 error balance-unbalanced`,
    ]);
  });
});

describe("liquidAssetsMovement", () => {
  it("finds nothing when the liquid assets move by the financing overview's change plus the revaluation", () => {
    expect(run(liquidAssetsMovement, worked())).toEqual([]);
  });

  it("doubts the stated revaluation where there is one", () => {
    expect(run(liquidAssetsMovement, worked([[STATEMENTS, "liquid_assets: 1000 ", "liquid_assets: 1001 "]]))).toEqual([`${STATEMENTS}:41 warning liquid-assets-movement`]);
    expect(run(liquidAssetsMovement, worked([[STATEMENTS, "liquid_assets: 1000 ", "liquid_assets: 3000 "]]))).toEqual([`${STATEMENTS}:41 error liquid-assets-movement`]);
  });

  it("else the liquid assets at the year's end", () => {
    const dir = worked([[STATEMENTS, "    liquid_assets: 1000               # urealiseret kursregulering af obligationer\n", ""]]);
    expect(run(liquidAssetsMovement, dir)).toEqual([`${STATEMENTS}:${lineOf(dir, STATEMENTS, "liquid_assets: { start: 150000")} error liquid-assets-movement`]);
  });
});

describe("longTermDebtMovement", () => {
  it("finds nothing when the debt moves by the loans and repayments", () => {
    expect(run(longTermDebtMovement, worked())).toEqual([]);
  });

  it("doubts the stated regulation where there is one, else the debt at the year's end", () => {
    expect(run(longTermDebtMovement, worked([[STATEMENTS, "long_term_debt: 0", "long_term_debt: 1"]]))).toEqual([`${STATEMENTS}:42 warning long-term-debt-movement`]);
    expect(run(longTermDebtMovement, worked([[STATEMENTS, "long_term_debt: 0", "long_term_debt: 5000"]]))).toEqual([`${STATEMENTS}:42 error long-term-debt-movement`]);
    const dir = worked([[STATEMENTS, "    long_term_debt: 0\n", ""], [STATEMENTS, "end: 395000", "end: 396000"]]);
    expect(run(longTermDebtMovement, dir)).toEqual([`${STATEMENTS}:${lineOf(dir, STATEMENTS, "end: 396000")} error long-term-debt-movement`]);
  });
});

const strategy = (targets: string): [string, string, string] => [MUNICIPALITY, "population: { start_of_year: 17900, end_of_year: 18000 }", `population: { start_of_year: 17900, end_of_year: 18000 }\nstrategy:\n  targets:\n${targets}`];

describe("strategyDebt", () => {
  const debt = (end: number, elderly: number) =>
    worked([
      strategy(
        `    - id: gaeld\n      kind: debt-reduction\n      label: Gæld\n      rule: at-least\n      target: 5000\n      period: { from: 2024, to: 2025 }\n      debt:\n` +
          `        - { year: 2023, total: 400000 }\n        - { year: 2024, total: ${end}, elderly_housing: ${elderly} }\n`,
      ),
    ]);

  it("finds nothing when the strategy's debt is the balance's", () => {
    expect(run(strategyDebt, debt(395000, 60000))).toEqual([]);
  });

  it("reports a year whose debt or elderly-housing debt differs from the balance's, at the strategy's figure", () => {
    expect(run(strategyDebt, debt(395001, 60000))).toEqual([`${MUNICIPALITY}:17 warning strategy-debt-balance`]);
    expect(run(strategyDebt, debt(395000, 61000))).toEqual([`${MUNICIPALITY}:17 error strategy-debt-balance`]);
  });
});

describe("strategySurplus", () => {
  const surplus = (years: string) =>
    worked([strategy(`    - id: overskud\n      kind: average-surplus\n      label: Overskud\n      rule: at-least\n      target: 40000\n      years: [${years}]\n`)]);

  it("finds nothing when the years the statements cover are left out or agree", () => {
    expect(run(strategySurplus, surplus("{ year: 2023 }, { year: 2024 }"))).toEqual([]);
    expect(run(strategySurplus, surplus("{ year: 2023, surplus: 43000 }, { year: 2024, surplus: 50000 }"))).toEqual([]);
  });

  it("reports a stated surplus that is not −(resultat af ordinær driftsvirksomhed), and a year neither gives", () => {
    expect(run(strategySurplus, surplus("{ year: 2024, surplus: 50001 }"))).toEqual([`${MUNICIPALITY}:14 warning strategy-surplus-statement`]);
    expect(run(strategySurplus, surplus("{ year: 2024, surplus: 60000 }"))).toEqual([`${MUNICIPALITY}:14 error strategy-surplus-statement`]);
    expect(run(strategySurplus, surplus("{ year: 2022 }, { year: 2024 }"))).toEqual([`${MUNICIPALITY}:14 error strategy-surplus-missing`]);
  });

  it("wants every year's surplus stated without statements", () => {
    const dir = surplus("{ year: 2024 }");
    rmSync(join(dir, STATEMENTS));
    expect(run(strategySurplus, dir)).toEqual([`${MUNICIPALITY}:14 error strategy-surplus-missing`]);
  });
});

describe("textFigures, front sections", () => {
  const front = (figure: string) =>
    worked([[MUNICIPALITY, "population: { start_of_year: 17900, end_of_year: 18000 }", `population: { start_of_year: 17900, end_of_year: 18000 }\nsections:\n  - title: Indledning\n    body: "Driftsudgifterne havde et korrigeret budget på ${figure} mio. kr."`]]);

  it("checks a front section's figures against the statements once there are statements", () => {
    expect(run(textFigures, front("1.150,0"))).toEqual([]);
    expect(run(textFigures, front("1.151,0"))).toEqual([`${MUNICIPALITY}:9 warning text-figure`]);
  });

  it("leaves the front sections alone without statements", () => {
    const dir = front("1.151,0");
    rmSync(join(dir, STATEMENTS));
    expect(run(textFigures, dir)).toEqual([]);
  });
});
