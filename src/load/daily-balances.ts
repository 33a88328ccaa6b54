// A daily-balance file for the kassekreditreglen: a header `date;balance`, then one row per calendar day, as
// Danish spreadsheets and bank systems export it — semicolon-separated, because the decimal comma would clash
// with comma separation. Balances are amounts in strict Danish format in the file's unit (kr. by default).
import { readFileSync } from "node:fs";
import type { Decimal } from "../core/money.js";
import type { Problems, Pos } from "../core/problem.js";
import { fromDanish } from "./amount.js";
import { dataFile } from "./data-file.js";
import { type Unit, UNIT_FACTOR } from "../core/units.js";
import { msg, t } from "../messages/index.js";
import { cut } from "../messages/words.js";

export interface BalanceRow {
  /** ISO date, e.g. 2024-12-31. */
  date: string;
  /** Kroner; undefined when the balance could not be read (reported). */
  balance?: Decimal;
  line: number;
}

export interface BalanceFile {
  rel: string;
  rows: BalanceRow[];
  /** False when a date could not be read: checks of which days are present would only echo that error. */
  datesComplete: boolean;
}

const HEADERS = ["date;balance", "dato;saldo"];
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DANISH_DATE = /^(\d{2})[-.](\d{2})[-.](\d{4})$/;

export function readDailyBalances(path: string, at: Pos, dataDir: string, unit: Unit, problems: Problems): BalanceFile | undefined {
  const file = dataFile(path, at, dataDir, problems, { kind: t().load.fileKind.balances, example: "likviditet-2024.csv" });
  if (!file) return undefined;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file.abs)).replace(/^\uFEFF/, "");
  } catch {
    problems.error(at, msg("invalid-utf8/balances", path));
    return undefined;
  }
  // Excel for Mac ("CSV (Macintosh)") ends lines with CR alone.
  const lines = text.split(/\r\n|\r|\n/);
  checkHeader(lines[0] ?? "", file.rel, problems);
  const result: BalanceFile = { rel: file.rel, rows: [], datesComplete: true };
  lines.forEach((content, i) => {
    if (i === 0 || content.trim() === "") return;
    const row = readRow(content, { file: file.rel, line: i + 1, column: 1 }, unit, problems);
    if (row) result.rows.push(row);
    else result.datesComplete = false;
  });
  return result;
}

function checkHeader(first: string, rel: string, problems: Problems): void {
  if (HEADERS.includes(first.replace(/\s/g, "").toLowerCase())) return;
  problems.error({ file: rel, line: 1, column: 1 }, msg("balance-header", shown(first)));
}

/** One day; undefined when its date cannot be read (the problem is reported). */
function readRow(content: string, at: Pos, unit: Unit, problems: Problems): BalanceRow | undefined {
  const fields = content.split(";");
  if (fields.length !== 2) {
    problems.error(at, msg("balance-row", fields.length, fields.length === 1 && /[,\t]/.test(content)));
    return undefined;
  }
  const [dateText, balanceText] = fields as [string, string];
  const date = isoDate(dateText.trim());
  if (!date) {
    problems.error(at, msg("balance-date", shown(dateText.trim())));
    return undefined;
  }
  const balanceAt = { ...at, column: dateText.length + 2 };
  const amount = fromDanish(balanceText, { shown: shown(balanceText), example: false });
  if (balanceText.trim() === "") {
    problems.error(balanceAt, msg("balance-missing", date));
  } else if (!amount.ok) {
    problems.error(balanceAt, { code: amount.code, message: t().load.balanceOf(date, amount.message) });
  }
  const balance = amount.ok ? amount.value?.times(UNIT_FACTOR[unit]) : undefined;
  return { date, line: at.line, ...(balance && { balance }) };
}

/** A field as a message shows it: a line of a million characters is cut, and its quotes cannot end the message's. */
function shown(text: string): string {
  return cut(text, 60);
}

/** "2024-01-31" or "31-01-2024" / "31.01.2024" as an ISO date; undefined unless it is a real calendar day. */
function isoDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  const dk = DANISH_DATE.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dk ? [dk[3], dk[2], dk[1]] : [];
  if (!y || !m || !d) return undefined;
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return day.getUTCFullYear() === Number(y) && day.getUTCMonth() === Number(m) - 1 && day.getUTCDate() === Number(d)
    ? `${y}-${m}-${d}`
    : undefined;
}
