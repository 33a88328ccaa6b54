// The columns of the accounts' tables (Tabel 1, the financing table, Tabel 3 and the summaries) for a report:
// the kind's (3) and (4), Regnskab året før when the data give it, a follow-up's forbrug pr. dato with its
// share of (2), and its change since a snapshot. Each column takes a row's figures (and the row's key, for
// the snapshot's figures of the same row) to one cell.
import { Decimal } from "../core/money.js";
import { derive, difference, type Figure } from "./arithmetic.js";
import { t } from "../messages/index.js";
import type { CapitalFigureColumn, CapitalFigures } from "./capital.js";
import type { BudgetFiguresOf, BudgetRow, FigureColumn } from "./operations.js";
import type { AccountsView } from "./report-kind.js";
import type { Cell, CellFormat, TableRow } from "./tables.js";

export interface Column<F> {
  head: string;
  cell(figures: F, key: string): Cell;
  format?: CellFormat;
}

/** The snapshot's figures of a row of the same table, by the row's key. */
export type Then<F> = (key: string) => F | undefined;

const HUNDRED = new Decimal(100);

function amount<F extends Record<string, Figure>>(head: string, column: keyof F): Column<F> {
  return { head, cell: (f) => f[column]!.value };
}

/** Spent in per cent of the adjusted budget; blank when either is blank or the budget is 0. */
function share<F extends { spent: Figure; adjusted: Figure }>(head: string): Column<F> {
  return {
    head,
    format: "percent",
    cell: ({ spent, adjusted }) =>
      spent.value === undefined || !adjusted.value || adjusted.value.isZero() ? undefined : derive(spent.value.dividedBy(adjusted.value).times(HUNDRED), 2, t().audit.parts.share),
  };
}

/** Expected now minus expected in the snapshot (a row new since then changes from blank). */
function change<F extends { expected: Figure }>(head: string, then: Then<F>): Column<F> {
  return { head, cell: (f, key) => difference(f.expected, then(key)?.expected ?? { value: undefined, leaves: 0 }).value };
}

/** Tabel 1, the financing table and the operations summary. */
export function budgetColumns(view: AccountsView, then?: Then<BudgetFiguresOf>): Column<BudgetFiguresOf>[] {
  const { year, words } = view;
  const col = (head: string, c: FigureColumn): Column<BudgetFiguresOf> => amount(head, c);
  return [
    ...(view.prior ? [col(`Regnskab ${year - 1}`, "prior")] : []),
    col(`Vedtaget budget ${year} (1)`, "adopted"),
    col(`Korrigeret budget ${year} (2)`, "adjusted"),
    ...(view.spent ? [col(`Forbrug pr. ${view.asOf}`, "spent"), share<BudgetFiguresOf>("Forbrug i pct. af (2)")] : []),
    col(words.thirdHead(year), words.third),
    col("Resultat (3)-(2)=(4)", words.fourth),
    ...(view.compare && then ? [change(`Ændring siden ${view.compare.label}`, then)] : []),
  ];
}

/** Tabel 3 and the capital summary. */
export function capitalColumns(view: AccountsView, then?: Then<CapitalFigures>): Column<CapitalFigures>[] {
  const { year, words } = view;
  const col = (head: string, c: CapitalFigureColumn): Column<CapitalFigures> => amount(head, c);
  return [
    col(`Budget ${year}`, "budget"),
    col(`Korrigeret budget ${year}`, "adjusted"),
    ...(view.spent ? [col(`Forbrug pr. ${view.asOf}`, "spent"), share<CapitalFigures>("Forbrug i pct. af korrigeret budget")] : []),
    col(words.capitalThirdHead(year), words.capitalThird),
    col(words.capitalFourthHead, words.capitalFourth),
    ...(view.compare && then ? [change(`Ændring siden ${view.compare.label}`, then)] : []),
  ];
}

export function heads<F>(columns: Column<F>[]): string[] {
  return columns.map((c) => c.head);
}

/** The cells' formats, when some column is not an amount (absent: all amounts, as the annual report has it). */
export function formats<F>(columns: Column<F>[]): { formats?: CellFormat[] } {
  return columns.some((c) => c.format) ? { formats: columns.map((c) => c.format ?? "amount") } : {};
}

export function cells<F>(columns: Column<F>[], figures: F, key: string): Cell[] {
  return columns.map((c) => c.cell(figures, key));
}

export function budgetTableRows(columns: Column<BudgetFiguresOf>[], rows: BudgetRow[]): TableRow[] {
  return rows.map((r) => ({ label: r.label, style: r.style, cells: cells(columns, r.figures, r.key) }));
}
