// Finansieringsoversigten (statements.md §4), in udgift sign: the year's result (from the regnskabsopgørelse),
// the loans taken up, the repayments and the other balance shifts, ending in the change in liquid assets they
// make — derived, never taken from the data: the change is what the other rows leave (FO-1, the zero sum).
// The cash items the committee files book (kind: cash, e.g. 80.88 Beholdningsbevægelse) are compared with it on
// the actual and the adopted budget (and on the adjusted budget when the data asks: FO-7).
import { Decimal } from "../../core/money.js";
import type { Committee, FinancingItem } from "../../model/types.js";
import type { FinancingKind, FinancingRow, Statements } from "../../model/statements.js";
import { leaf, sum, type Figure } from "../arithmetic.js";
import { TKR } from "../../format/danish.js";
import { stub, type TableRow } from "../tables.js";
import type { BudgetPart } from "./areas.js";
import type { FinancingSection } from "./sections.js";
import { signLegend, statementCells, statementColumnHeads } from "./tables.js";
import { columnWords, declaredLeaf, known, meet, negateRow, row, sumRows, type Comparison, type RowFigures } from "./figures.js";
import { settleRow } from "./result.js";
import { t } from "../../messages/index.js";

const FINANCING_LABELS: Record<FinancingRow, string> = {
  result: "Resultat i alt (jf. regnskabsopgørelsen)",
  loans: "Optagne lån",
  repayments: "Afdrag på lån",
  balance_shifts: "Finansforskydninger",
  cash: "Ændring af likvide aktiver",
};

const FLOWS = ["loans", "repayments", "balance_shifts"] as const;
const KIND_OF: Record<(typeof FLOWS)[number], FinancingKind> = { loans: "loans", repayments: "repayments", balance_shifts: "balance-shifts" };

export interface FinancingInput {
  statements: Statements;
  /** Resultat i alt of the regnskabsopgørelse. */
  result: RowFigures;
  kinds: Record<FinancingKind, BudgetPart>;
  /** The financing items of kind cash, with their committees (for the unit they are written in). */
  cashItems: { item: FinancingItem; committee: Committee }[];
}

export interface FinancingStatement {
  rows: Record<FinancingRow, RowFigures>;
  comparisons: Comparison[];
}

export function computeFinancing({ statements, result, kinds, cashItems }: FinancingInput): FinancingStatement {
  const stated = statements.financing.rows;
  const comparisons: Comparison[] = [];
  const ctx = (key: FinancingRow) => ({ row: FINANCING_LABELS[key], statement: t().statements.statement.financing, unit: statements.unit, into: comparisons, source: t().statements.financingSources[key] });
  const rows = { result: settleRow(result, stated.result, ctx("result"), false) } as Record<FinancingRow, RowFigures>;
  for (const key of FLOWS) rows[key] = settleRow(row({ ...kinds[KIND_OF[key]], prior: declaredLeaf(stated[key]?.prior, statements.financing.unreliable) }), stated[key], ctx(key), true);
  const flows = [rows.result, rows.loans, rows.repayments, rows.balance_shifts];
  const cash = negateRow(sumRows(flows));
  const parts = (column: "prior" | "adopted" | "adjusted" | "actual"): Comparison["parts"] =>
    (["result", ...FLOWS] as const).map((k) => ({ label: FINANCING_LABELS[k], value: rows[k][column].value ?? new Decimal(0) }));
  // A stated change in liquid assets is held against the zero sum, as the booked cash items are.
  const zeroSum = (column: "prior" | "adopted" | "adjusted" | "actual"): Figure => {
    const before = comparisons.length;
    const printed = meet(cash[column], stated.cash?.[column], { ...ctx("cash"), identity: "financing-zero-sum", column, fallback: column === "prior" });
    if (comparisons.length > before) Object.assign(comparisons.at(-1)!, { parts: parts(column), adjustedBudget: column === "adjusted" });
    return printed;
  };
  const checked = zeroSumColumns(statements);
  for (const column of checked) zeroSum(column);
  rows.cash = { ...cash, prior: zeroSum("prior"), variance: meet(cash.variance, stated.cash?.variance, { ...ctx("cash"), column: "variance", fallback: false }) };
  comparisons.push(...cashItemComparisons(cash, cashItems, checked, parts));
  return { rows, comparisons };
}

/** FO-1 holds on the actual and the adopted budget (BEK §3); on the adjusted budget only where the data says so. */
function zeroSumColumns(statements: Statements): ("adopted" | "adjusted" | "actual")[] {
  return statements.financing.checkAdjusted ? ["adopted", "adjusted", "actual"] : ["adopted", "actual"];
}

/** The cash items the committees book, per column, against the change the other rows make. */
function cashItemComparisons(
  cash: RowFigures,
  items: FinancingInput["cashItems"],
  columns: ("adopted" | "adjusted" | "actual")[],
  parts: (column: "adopted" | "adjusted" | "actual") => Comparison["parts"],
): Comparison[] {
  if (items.length === 0) return [];
  return columns.flatMap((column): Comparison[] => {
    const booked: Figure = sum(items.map(({ item }) => leaf(item[column], item.unreliable)));
    const expected = cash[column];
    if (booked.unknown || expected.unknown || (booked.value === undefined && expected.value === undefined)) return [];
    const first = items.find(({ item }) => item[column] !== undefined) ?? items[0]!;
    const name = items.map(({ item }) => `${item.number} ${item.name}`).join(", ");
    return [
      {
        identity: "financing-zero-sum",
        statement: t().statements.statement.financing,
        row: `${FINANCING_LABELS.cash} (${name})`,
        column: columnWords(column),
        at: first.item.figuresAt[column] ?? first.item.at,
        found: booked.value ?? new Decimal(0),
        expected: known(expected) ? expected.value : new Decimal(0),
        leaves: expected.leaves + Math.max(0, booked.leaves - 1),
        unit: first.committee.unit,
        parts: parts(column),
        adjustedBudget: column === "adjusted",
      },
    ];
  });
}

/** The finansieringsoversigt as printed: the flows, then the change in liquid assets they make, in bold. */
export function financingSection(st: FinancingStatement, year: number, sign: Statements["sign"]): FinancingSection {
  const item = (key: FinancingRow): TableRow => ({ label: FINANCING_LABELS[key], style: key === "cash" ? "total" : "item", cells: statementCells(st.rows[key], sign) });
  const [more, less] = sign === "reversed" ? ["−", "+"] : ["+", "−"];
  return {
    kind: "financing",
    id: "finansieringsoversigt",
    year,
    title: "Finansieringsoversigt",
    partial: "statement-financing",
    table: {
      anchor: "finansieringsoversigt",
      caption: `Finansieringsoversigt ${year}`,
      stub: stub("Finansiering"),
      columns: statementColumnHeads(year),
      unit: TKR,
      rows: [item("result"), item("loans"), item("repayments"), item("balance_shifts"), item("cash")],
      note:
        `${signLegend(sign)} For optagne lån, afdrag, finansforskydninger og ændring af likvide aktiver er ${more} flere aktiver eller mindre gæld ` +
        `og ${less} færre aktiver eller mere gæld. Ændringen af likvide aktiver er det, rækkerne ovenfor giver tilsammen, med modsat fortegn.`,
      signs: signLegend(sign),
    },
    cashChange: st.rows.cash.actual.value,
  };
}
