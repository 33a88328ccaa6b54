// The checks that look across what was read: each is one function from the data and the build's figures to the
// problems it finds, and this list is every one of them. A new check is one entry here and one test.
//
// Checks run on whatever could be read (a file with errors is left out, a missing municipality file is absent),
// so that one run finds every problem. What a single file's reading can tell (schema, amounts, references,
// duplicates inside the file) is reported while reading, in src/validate/read-*.ts.
import type { Figures } from "../../compute/figures.js";
import type { Problem } from "../../core/problem.js";
import type { DataSet } from "../../model/types.js";
import { uniqueAcrossFiles } from "./across-files.js";
import type { Check } from "./check.js";
import { followUpFigures } from "./follow-up-figures.js";
import { initiativeProjects } from "./initiative-projects.js";
import { reconciled } from "./reconciled.js";
import { balanceBalances } from "./statements/balance-balances.js";
import { financingZeroSum } from "./statements/financing-zero-sum.js";
import { liquidAssetsMovement } from "./statements/liquid-assets-movement.js";
import { longTermDebtMovement } from "./statements/long-term-debt-movement.js";
import { statedRows } from "./statements/stated-rows.js";
import { statementInputs } from "./statements/statement-inputs.js";
import { strategyDebt } from "./statements/strategy-debt.js";
import { strategySurplus } from "./statements/strategy-surplus.js";
import { textFigures } from "./text-figures.js";

export const CHECKS: readonly Check[] = [
  // Committee ids and frame numbers identify things across the whole report; `order` should be unambiguous.
  uniqueAcrossFiles,
  // Every declared total and stated result against what the data derives for it (figures.reconciliations).
  reconciled,
  // Figures in a committee's text against its tables, a follow-up's texts against its columns, and the front
  // sections against the statements (warnings).
  textFigures,
  // The statements (statements.yaml): what they need of the other files — every financing item's kind.
  statementInputs,
  // Every statement row the data states against the row derived from the committee files and statements.yaml.
  statedRows,
  // FO-1: the finansieringsoversigt sums to zero (actual, adopted budget; adjusted budget on request).
  financingZeroSum,
  // BA-1: aktiver = passiver at both dates.
  balanceBalances,
  // BA-3/FO-4: Δ liquid assets in the balance = the finansieringsoversigt's change + stated revaluations.
  liquidAssetsMovement,
  // BA-4/FO-5: long-term debt at the end = at the start + loans − repayments ± stated regulations.
  longTermDebtMovement,
  // The strategy's debt figures = the balance's long-term debt, where both exist.
  strategyDebt,
  // RO-4: the strategy's surplus on running items = −result of ordinary operations; a year neither gives.
  strategySurplus,
  // An initiative's capital project (project:) exists, in one committee; its amount is reconciled above.
  initiativeProjects,
  // A budget follow-up's expected figures are given wherever there is a budget (warnings).
  followUpFigures,
];

export function runChecks(data: DataSet, figures: Figures): Problem[] {
  return CHECKS.flatMap((check) => check(data, figures));
}
