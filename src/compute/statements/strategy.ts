// Where the economic strategy and the statements say the same thing: the surplus on running items is the result
// of ordinary operations with the sign turned (RO-4), and the strategy's debt at a year's end is the balance's
// long-term debt. The statements compute the surplus, so the strategy need not state it; where it does, and
// where it states debt the balance also gives, the strategy's figure is the one doubted.
import { Decimal } from "../../core/money.js";
import type { Municipality } from "../../model/types.js";
import type { BalanceStatement, BalanceFigures } from "./balance.js";
import { known, type Comparison, type RowFigures } from "./figures.js";
import type { Figure } from "../arithmetic.js";
import { t as texts } from "../../messages/index.js";

/**
 * The surplus on running items (overskud på løbende poster) by year: −(resultat af ordinær driftsvirksomhed). A
 * year whose result rests on a figure that could not be read is kept, as unknown: the statements do compute it,
 * once that figure is mended, so no check may say that nothing gives it.
 */
export function surplusByYear(ordinary: RowFigures, year: number): Map<number, Figure> {
  const out = new Map<number, Figure>();
  const add = (y: number, f: Figure): void => {
    if (known(f)) out.set(y, { ...f, value: f.value.negated() });
    else if (f.unknown) out.set(y, { ...f, value: undefined });
  };
  add(year - 1, ordinary.prior);
  add(year, ordinary.actual);
  return out;
}

export function strategyComparisons(municipality: Municipality, surpluses: Map<number, Figure>, balance: BalanceStatement | undefined): Comparison[] {
  const targets = municipality.strategy?.targets ?? [];
  const base = { statement: texts().statements.statement.strategy, unit: municipality.unit, parts: [] };
  const out: Comparison[] = [];
  for (const t of targets) {
    if (t.kind === "average-surplus") {
      for (const y of t.years) {
        const computed = surpluses.get(y.year);
        if (y.value === undefined || !computed || !known(computed)) continue;
        out.push({ ...base, identity: "strategy-surplus", row: texts().statements.strategySurplus(t.id), column: String(y.year), at: y.at, found: y.value, expected: computed.value, leaves: computed.leaves });
      }
    }
    if (t.kind === "debt-reduction" && balance) {
      for (const d of t.debt) {
        const date = d.year === municipality.year ? "end" : d.year === municipality.year - 1 ? "start" : undefined;
        if (!date) continue;
        out.push(...debtYear(base, t.id, d, date, balance.rows.long_term_debt, balance.elderlyHousing));
      }
    }
  }
  return out;
}

function debtYear(
  base: Pick<Comparison, "statement" | "unit" | "parts">,
  target: string,
  d: { year: number; total: Decimal; elderlyHousing?: Decimal; at: Comparison["at"] },
  date: "start" | "end",
  debt: BalanceFigures,
  elderly: BalanceFigures,
): Comparison[] {
  const pairs: ["total" | "elderly_housing", Decimal | undefined, Figure][] = [
    ["total", d.total, debt[date]],
    ["elderly_housing", d.elderlyHousing, elderly[date]],
  ];
  return pairs.flatMap(([what, found, balance]): Comparison[] =>
    found !== undefined && known(balance)
      ? [{ ...base, identity: "strategy-debt", row: texts().statements.strategyDebt(target, what), column: String(d.year), at: d.at, found, expected: balance.value, leaves: balance.leaves }]
      : [],
  );
}
