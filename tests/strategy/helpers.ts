// Shared by the strategy tests: a municipality file with a strategy, daily-balance files, and the results.
import type { TargetResults } from "../../src/compute/target-results.js";
import { VALID_BODY, committee } from "../support/fixtures.js";
import { validData } from "../support/report.js";
import { dataDir } from "../support/scratch.js";

export const HEAD = `name: Testkommune
year: 2024
unit: t.kr.
population: { liquidity_basis: 52774 }
`;

/** A data directory with `municipality` (the whole file) and one small committee, plus any other files. */
export function strategyDir(municipality: string, files: Record<string, string> = {}): string {
  return dataDir({ "municipality.yaml": municipality, "committees/01-test.yaml": committee(VALID_BODY), ...files });
}

/** The strategy targets' results, as the build's figures hold them. */
export function strategyOf(dir: string): TargetResults {
  const { figures } = validData(dir);
  if (!figures.targets) throw new Error("the data states no strategy");
  return figures.targets;
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
