// Shared by the strategy tests: a municipality file with a strategy, daily-balance files, and the results.
import { computeReport } from "../../src/compute/report.js";
import { computeStrategy, type StrategyResult } from "../../src/compute/strategy.js";
import type { ReportData } from "../../src/model/types.js";
import { validateDataDir } from "../../src/validate/index.js";
import { VALID_BODY, committee, dataDir } from "../helpers.js";

export const HEAD = `name: Testkommune
year: 2024
unit: t.kr.
population: { liquidity_basis: 52774 }
`;

/** A data directory with `municipality` (the whole file) and one small committee, plus any other files. */
export function strategyDir(municipality: string, files: Record<string, string> = {}): string {
  return dataDir({ "municipality.yaml": municipality, "committees/01-test.yaml": committee(VALID_BODY), ...files });
}

export function validData(dir: string): ReportData {
  const { data, problems } = validateDataDir(dir);
  if (!data) throw new Error(JSON.stringify(problems.filter((p) => p.severity === "error"), null, 1));
  return data;
}

export function strategyOf(dir: string): StrategyResult {
  const data = validData(dir);
  const { municipality, committees } = data;
  return computeStrategy({ strategy: municipality.strategy!, committees, unit: municipality.unit, year: municipality.year });
}

export function reportOf(dir: string) {
  return computeReport(validData(dir));
}

/** A daily-balance file with one row per day from `from` to `to`; `balance(i, date)` gives day i's (0-based). */
export function balances(from: string, to: string, balance: (i: number, date: string) => string, header = "date;balance"): string {
  const rows = [header];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`), i = 0; t <= end; t += 86_400_000, i++) {
    const date = new Date(t).toISOString().slice(0, 10);
    rows.push(`${date};${balance(i, date)}`);
  }
  return `${rows.join("\n")}\n`;
}

/** The municipality file with one liquidity target whose 2024 (or `year`) figure comes from `file`. */
export function liquidityFromFile(file = "likviditet.csv", year = 2024, extra = ""): string {
  return `${HEAD.replace("year: 2024", `year: ${year}`)}strategy:
  targets:
    - id: likviditet
      kind: liquidity-per-citizen
      label: Likviditet pr. borger
      rule: at-least
      years:
        - year: ${year}
          target: 8000
          daily_balances: { file: ${file}${extra} }
`;
}
