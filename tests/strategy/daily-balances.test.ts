// The kassekreditreglen: the mean of the 365 daily balances up to 31 December, from a CSV file — in a leap
// year without 1 January — and a clear file:line error for every way the file can fall short.
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/money.js";
import { validateDataDir } from "../../src/validate/index.js";
import { balances, liquidityFromFile, strategyDir, strategyOf } from "./helpers.js";
import { at, only } from "../support/problems.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

/** The computed 2024 (or `year`) average liquidity of the only liquidity target, in kroner. */
function averageOf(csv: string, year = 2024, extra = ""): Decimal {
  const [target] = strategyOf(strategyDir(liquidityFromFile("likviditet.csv", year, extra), { "likviditet.csv": csv })).targets;
  if (target?.kind !== "liquidity-per-citizen") throw new Error("no liquidity target");
  return target.years[0]!.liquidity!;
}

function problems(csv: string, year = 2024) {
  return validateDataDir(strategyDir(liquidityFromFile("likviditet.csv", year), { "likviditet.csv": csv })).problems;
}

// Day i of the file (0-based) holds i + 1 times 1.000,01 kr., in Danish format.
const rising = (i: number): string => new Decimal(i + 1).times("1000.01").toFixed(2).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, ".");

describe("the mean of the past 365 days", () => {
  it("in a leap year (2024: 366 days) leaves out 1 January: days 2–366 average 1.000,01 × 184", () => {
    const csv = balances("2024-01-01", "2024-12-31", (i) => (i === 0 ? "999.999.999,99" : rising(i)));
    expect(averageOf(csv).equals(new Decimal("1000.01").times(184))).toBe(true);
  });

  it("in an ordinary year (2023) takes every day of the year: days 1–365 average 1.000,01 × 183", () => {
    const csv = balances("2023-01-01", "2023-12-31", rising);
    expect(averageOf(csv, 2023).equals(new Decimal("1000.01").times(183))).toBe(true);
  });

  it("ignores days outside the window and reads Danish dates, the decimal comma and a balance unit", () => {
    const csv = balances("2023-12-01", "2024-12-31", () => "1.234,5", "dato;saldo").replace("2024-06-30", "30-06-2024");
    expect(averageOf(csv, 2024, ", unit: t.kr.").equals(new Decimal(1_234_500))).toBe(true);
  });
});

describe("errors in a daily-balance file, at its line", () => {
  const full = balances("2024-01-01", "2024-12-31", () => "900.000.000,00");
  // Line 1 is the header; 2024-01-01 is line 2, so a date's line is its day of the year + 1.
  const lineOf = (csv: string, date: string): number => csv.split("\n").findIndex((l) => l.startsWith(date)) + 1;

  it("a missing day: the line after the gap, naming the day", () => {
    const csv = full.replace(/^2024-03-01;.*\n/m, "");
    const p = only(problems(csv), "balance-days-missing");
    expect(at(p)).toEqual(["likviditet.csv", lineOf(csv, "2024-03-02"), 1, "error"]);
    expect(p.message).toContain("2024-03-01 is missing");
  });

  it("a duplicate date: the second occurrence, naming the first", () => {
    const csv = full.replace(/^(2024-05-10;.*\n)/m, "$1$1");
    const p = only(problems(csv), "balance-duplicate-date");
    expect(at(p)).toEqual(["likviditet.csv", lineOf(csv, "2024-05-10") + 1, 1, "error"]);
    expect(p.message).toContain(`2024-05-10 appears twice (also on line ${lineOf(csv, "2024-05-10")})`);
  });

  it("fewer than 365 days: at the first day, saying which days to add", () => {
    const p = only(problems(balances("2024-02-01", "2024-12-31", () => "1")), "balance-too-few-days");
    expect(at(p)).toEqual(["likviditet.csv", 2, 1, "error"]);
    expect(p.message).toContain("add the balances from 2024-01-02 to 2024-01-31");
  });

  it("a file that stops before 31 December", () => {
    const p = only(problems(balances("2024-01-01", "2024-12-30", () => "1")), "balance-too-few-days");
    expect(at(p)).toEqual(["likviditet.csv", 366, 1, "error"]);
    expect(p.message).toContain("ending on 2024-12-30: add the balances from 2024-12-31 to 2024-12-31");
  });

  it("a balance not in Danish format (a decimal point): at the balance's column", () => {
    const csv = full.replace("2024-07-01;900.000.000,00", "2024-07-01;900000000.50");
    const p = only(problems(csv), "amount-format");
    expect(at(p)).toEqual(["likviditet.csv", lineOf(csv, "2024-07-01"), 12, "error"]);
    expect(p.message).toContain('"900000000.50" is not an amount in Danish format');
  });

  it("an impossible date, a row without a semicolon, a missing header", () => {
    const bad = full.replace("2024-02-29;", "2024-02-30;");
    expect(at(only(problems(bad), "balance-date"))).toEqual(["likviditet.csv", 61, 1, "error"]);
    const comma = full.replace("2024-04-01;900.000.000,00", "2024-04-01,900000000");
    expect(only(problems(comma), "balance-row").message).toContain("separate date and balance with a semicolon");
    const headless = full.replace("date;balance\n", "");
    expect(at(only(problems(headless), "balance-header"))).toEqual(["likviditet.csv", 1, 1, "error"]);
  });

  it("a file that does not exist, or lies outside the data directory: at the reference", () => {
    const missing = validateDataDir(strategyDir(liquidityFromFile("ingen.csv"))).problems;
    expect(at(only(missing, "file-missing"))).toEqual(["municipality.yaml", 14, 35, "error"]);
    const outside = validateDataDir(strategyDir(liquidityFromFile("../x.csv"))).problems;
    expect(only(outside, "file-outside").message).toContain("points outside the data directory");
  });
});
