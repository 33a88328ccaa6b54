// The statements of the annual accounts, computed once per build from the committee files and statements.yaml:
// the regnskabsopgørelse, the finansieringsoversigt, the balance and the key figures, with every comparison
// their identities make (judged by the checks in src/validate/checks/statements/). In two steps, because the
// strategy and the statements meet both ways: the strategy's surplus comes from the regnskabsopgørelse, and the
// key figures' liquidity from the strategy.
import { FINANCING_KINDS, type Area, type FinancingKind, type Statements } from "../../model/statements.js";
import type { Committee, Municipality } from "../../model/types.js";
import type { Figure } from "../arithmetic.js";
import type { TargetResults } from "../target-results.js";
import { itemPart, splitByArea, sumParts, type BudgetPart, type CommitteeTables } from "./areas.js";
import { computeBalance, type BalanceStatement } from "./balance.js";
import type { Comparison } from "./figures.js";
import { computeFinancing, type FinancingStatement } from "./financing.js";
import { computeKeyFigures, type KeyFigures } from "./key-figures.js";
import { computeResult, type ResultStatement } from "./result.js";
import { strategyComparisons, surplusByYear } from "./strategy.js";

export interface StatementFigures {
  statements: Statements;
  result: ResultStatement;
  financing: FinancingStatement;
  /** Absent when statements.yaml gives no balance. */
  balance?: BalanceStatement;
  keyFigures: KeyFigures;
  /** The surplus on running items of the years the regnskabsopgørelse covers: the strategy's, where it states none. */
  surpluses: ReadonlyMap<number, Figure>;
  /** Every identity's comparison, in statement order. */
  comparisons: Comparison[];
}

export type StatementCore = Omit<StatementFigures, "keyFigures">;

interface Input {
  municipality: Municipality;
  committees: Committee[];
  statements: Statements;
  of: (c: Committee) => CommitteeTables;
}

/** The regnskabsopgørelse, the finansieringsoversigt and the balance, from the committees' figures. */
export function computeStatementCore({ municipality, committees, statements, of }: Input): StatementCore {
  const splits = committees.map((c) => ({ committee: c, split: splitByArea(c, of(c)) }));
  const areaSum = (part: "operations" | "capital", area: Area): BudgetPart => sumParts(splits.map((s) => s.split[part][area]));
  const items = committees.flatMap((committee) => committee.financing.map((item) => ({ item, committee })));
  const kinds = Object.fromEntries(
    FINANCING_KINDS.map((k) => [k, sumParts(items.filter(({ item }) => item.kind === k).map(({ item }) => itemPart(item)))]),
  ) as Record<FinancingKind, BudgetPart>;
  const result = computeResult({
    statements,
    committees: splits.map(({ committee, split }) => ({ committee, operations: split.operations.tax, capital: split.capital.tax })),
    kinds,
    supplyOperations: areaSum("operations", "supply"),
    supplyCapital: areaSum("capital", "supply"),
    land: sumParts([areaSum("operations", "land"), areaSum("capital", "land")]),
  });
  const financing = computeFinancing({ statements, result: result.rows.result, kinds, cashItems: items.filter(({ item }) => item.kind === "cash") });
  const balance =
    statements.balance &&
    computeBalance({ statements, balance: statements.balance, year: municipality.year, financing: { cash: financing.rows.cash, loans: financing.rows.loans, repayments: financing.rows.repayments } });
  const surpluses = surplusByYear(result.rows.ordinary_result, municipality.year);
  const comparisons = [
    ...result.comparisons,
    ...financing.comparisons,
    ...(balance?.comparisons ?? []),
    ...strategyComparisons(municipality, surpluses, balance),
  ];
  return { statements, result, financing, ...(balance && { balance }), surpluses, comparisons };
}

/** The key figures, once the strategy's results (its liquidity) are known. */
export function completeStatements(core: StatementCore, municipality: Municipality, targets: TargetResults | undefined): StatementFigures {
  const keyFigures = computeKeyFigures({ statements: core.statements, municipality, ordinaryResult: core.result.rows.ordinary_result, balance: core.balance, targets });
  return { ...core, keyFigures, comparisons: [...core.comparisons, ...keyFigures.comparisons] };
}
