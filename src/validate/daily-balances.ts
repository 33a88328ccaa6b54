// The kassekreditreglen averages the closing balances of the past 365 days. For a year that is the 365 days
// up to 31 December — in a leap year from 2 January, so the rule's 365 days, not the year's 366. Every one of
// them must be in the file exactly once; days outside the window are allowed and ignored.
import type { BalanceFile, BalanceRow } from "../load/daily-balances.js";
import type { DailyBalance, LiquiditySource } from "../model/targets.js";
import type { Problems, Pos } from "../core/problem.js";
import { msg } from "../messages/index.js";

const WINDOW_DAYS = 365;
const DAY_MS = 86_400_000;

export function liquidityWindow(file: BalanceFile, year: number, at: Pos, problems: Problems): LiquiditySource | undefined {
  const last = `${year}-12-31`;
  const first = addDays(last, -(WINDOW_DAYS - 1));
  const errorsBefore = problems.list.length;
  const rows = [...file.rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
  const unique = withoutDuplicates(rows, file.rel, problems);
  const inWindow = unique.filter((r) => r.date >= first && r.date <= last);
  if (file.datesComplete) checkEveryDay(inWindow, { first, last }, file.rel, problems);
  const days = inWindow.filter((r): r is DailyBalance => r.balance !== undefined);
  if (problems.list.length > errorsBefore || days.length !== WINDOW_DAYS) return undefined;
  return { kind: "daily-balances", file: file.rel, first, last, days, at };
}

function withoutDuplicates(rows: BalanceRow[], rel: string, problems: Problems): BalanceRow[] {
  const out: BalanceRow[] = [];
  for (const row of rows) {
    const previous = out.at(-1);
    if (previous?.date === row.date) {
      problems.error({ file: rel, line: row.line, column: 1 }, msg("balance-duplicate-date", row.date, previous.line));
    } else out.push(row);
  }
  return out;
}

/** Reports each run of missing days once: at the start, inside, or at the end of the window. */
function checkEveryDay(rows: BalanceRow[], window: { first: string; last: string }, rel: string, problems: Problems): void {
  const w = { days: WINDOW_DAYS, ...window };
  const firstRow = rows[0];
  const lastRow = rows.at(-1);
  if (!firstRow || !lastRow) {
    problems.error({ file: rel, line: 1, column: 1 }, msg("balance-too-few-days", w));
    return;
  }
  if (firstRow.date > window.first) {
    problems.error({ file: rel, line: firstRow.line, column: 1 }, msg("balance-too-few-days/start", w, rows.length, firstRow.date, addDays(firstRow.date, -1)));
  }
  for (let i = 1; i < rows.length; i++) {
    const [before, after] = [rows[i - 1]!, rows[i]!];
    const missing = daysBetween(before.date, after.date) - 1;
    if (missing > 0) {
      problems.error({ file: rel, line: after.line, column: 1 }, msg("balance-days-missing", w, after.date, addDays(before.date, 1), addDays(after.date, -1), missing));
    }
  }
  if (lastRow.date < window.last) {
    problems.error({ file: rel, line: lastRow.line, column: 1 }, msg("balance-too-few-days/end", w, rows.length, lastRow.date, addDays(lastRow.date, 1)));
  }
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
