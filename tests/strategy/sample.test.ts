// The sample municipality states all four targets of the model report, one of them not met, and computes
// its liquidity from the daily-balance file it ships.
import { describe, expect, it } from "vitest";
import { computeStrategy } from "../../src/compute/strategy.js";
import { validateDataDir } from "../../src/validate/index.js";

const SAMPLE = new URL("../../data", import.meta.url).pathname;

describe("the sample's economic strategy", () => {
  const { data } = validateDataDir(SAMPLE);
  const { strategy, unit, year } = data!.municipality;
  const { targets } = computeStrategy({ strategy: strategy!, committees: data!.committees, unit, year });
  const status = (t: (typeof targets)[number]): string => (t.kind === "liquidity-per-citizen" ? t.status : t.outcome.status);

  it("has the four targets of the model report; only the service frame is not kept", () => {
    expect(targets.map((t) => `${t.kind}: ${status(t)}`)).toEqual([
      "service-frame: not-met",
      "average-surplus: met",
      "liquidity-per-citizen: met",
      "debt-reduction: met",
    ]);
  });

  it("computes the 2024 liquidity from likviditet-2024.csv", () => {
    const liquidity = targets.find((t) => t.kind === "liquidity-per-citizen");
    const source = liquidity?.kind === "liquidity-per-citizen" ? liquidity.target.years[0]!.liquidity : undefined;
    expect(source?.kind === "daily-balances" && [source.file, source.first, source.last, source.days.length]).toEqual([
      "likviditet-2024.csv",
      "2024-01-02",
      "2024-12-31",
      365,
    ]);
  });
});
