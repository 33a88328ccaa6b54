// The sample municipality states all four targets of the model report, one of them not met, and computes
// its liquidity from the daily-balance file it ships.
import { describe, expect, it } from "vitest";
import { strategyOf } from "./helpers.js";
import { SAMPLE } from "../support/fixtures.js";


describe("the sample's economic strategy", () => {
  const { targets } = strategyOf(SAMPLE);
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
