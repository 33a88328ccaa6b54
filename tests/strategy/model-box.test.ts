// The model report's own box "Overholdelse af den økonomiske strategi (mio. kr.)" (domain.md, section 3),
// recomputed exactly from its inputs: each target's arithmetic in decimals, then the box as rendered.
import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import { formatAmount } from "../../src/format/danish.js";
import { Decimal } from "../../src/core/money.js";
import { strategyOf } from "./helpers.js";
import { pageOf } from "../support/report.js";
import { committee } from "../support/fixtures.js";
import { dataDir } from "../support/scratch.js";

const MUNICIPALITY = `name: Modelkommune
year: 2024
unit: mio.kr.
population: { liquidity_basis: 52774 }
strategy:
  targets:
    - id: serviceramme
      kind: service-frame
      label: Servicerammen overholdes
      rule: at-most
      target: 3292.0
      revised: { target: 3320.4, reason: Midtvejsregulering }
      adjustments:
        - { label: Korrektion, amount: -4.0 }
      capital_frame: { target: 200.0, transfers: 208.0, advances: 296.4, actual: 426.8 }
    - id: overskud
      kind: average-surplus
      label: Gennemsnitligt overskud på løbende poster på mindst 225 mio. kr.
      rule: at-least
      target: 225.0
      years:
        - { year: 2024, surplus: 277.8 }
    - id: likviditet
      kind: liquidity-per-citizen
      label: Gennemsnitlig likviditet på mindst 8.000 kr. pr. borger
      rule: at-least
      years:
        - { year: 2024, target: 8000, liquidity: 937.0 }
        - { year: 2025, target: 8000 }
    - id: gaeld
      kind: debt-reduction
      label: Gælden nedbringes med 100 mio. kr. i valgperioden
      rule: at-least
      target: 100.0
      period: { from: 2022, to: 2025 }
      debt:
        - { year: 2021, total: 512.3 }
        - { year: 2024, total: 412.3 }
`;

// Inside the service frame 3.350,0 mio. kr. in t.kr.; with the adjustment of -4,0 the result is 3.346,0.
const COMMITTEE = committee(`frames:
  - number: "10.01"
    name: Ramme
    lines:
      - { name: Service, service: inside, adopted: 3300000, adjusted: 3320000, actual: 3350000 }
      - { name: Overførsler, service: outside, adopted: 900000, adjusted: 900000, actual: 912345 }
`);

const dir = dataDir({ "municipality.yaml": MUNICIPALITY, "committees/01-test.yaml": COMMITTEE });
const mio = (v: string): Decimal => new Decimal(v).times(1_000_000);

describe("the model report's box, exactly", () => {
  const [service, surplus, liquidity, debt] = strategyOf(dir).targets;

  it("1a service frame: 3.320,4 / 3.346,0 / 25,6, not kept (at most; the revised target is used)", () => {
    expect(service?.kind).toBe("service-frame");
    if (service?.kind !== "service-frame") return;
    expect(service.outcome.target.equals(mio("3320.4"))).toBe(true);
    expect(service.outcome.result!.equals(mio("3346.0"))).toBe(true);
    expect(service.outcome.difference!.equals(mio("25.6"))).toBe(true);
    expect(service.outcome.status).toBe("not-met");
    expect(service.insideActual.equals(mio("3350.0"))).toBe(true);
  });

  it("1b capital frame: 200,0 + 208,0 + 296,4 = 704,4; actual 426,8; 277,6 expected unspent", () => {
    if (service?.kind !== "service-frame") throw new Error("no service frame");
    expect(service.capitalFrame!.adjusted.equals(mio("704.4"))).toBe(true);
    expect(service.capitalFrame!.unspent.equals(mio("277.6"))).toBe(true);
  });

  it("2 average surplus: 225,0 / 277,8 / 52,8, met (at least)", () => {
    expect(surplus?.kind === "average-surplus" && surplus.outcome).toEqual({ target: mio("225"), result: mio("277.8"), difference: mio("52.8"), status: "met" });
  });

  it("3 liquidity: 937,0 mio. kr. / 52.774 = 17.755 kr. per citizen against 8.000, difference 9.755; later years pending", () => {
    if (liquidity?.kind !== "liquidity-per-citizen") throw new Error("no liquidity target");
    const [y2024, y2025] = liquidity.years;
    const exact = new Decimal(937_000_000).dividedBy(52_774);
    expect(y2024!.outcome.result!.equals(exact)).toBe(true);
    expect(y2024!.outcome.difference!.equals(exact.minus(8000))).toBe(true);
    expect(formatAmount(y2024!.outcome.result, { unit: "kr.", decimals: 0 })).toBe("17.755");
    expect(formatAmount(y2024!.outcome.difference, { unit: "kr.", decimals: 0 })).toBe("9.755");
    expect(y2024!.outcome.status).toBe("met");
    expect(y2025!.outcome).toEqual({ target: new Decimal(8000), status: "pending" });
    expect(liquidity.status).toBe("met");
  });

  it("4 debt: 100,0 / 100,0 / 0,0, met; nothing remains to be cut", () => {
    if (debt?.kind !== "debt-reduction") throw new Error("no debt target");
    expect(debt.outcome).toEqual({ target: mio("100"), result: mio("100"), difference: mio("0"), status: "met" });
    expect(debt.remaining.isZero()).toBe(true);
  });
});

describe("the box as rendered", async () => {
  const html = await pageOf(dir, "index.html");
  const tree = fromHtml(html);
  const rows = selectAll("#strategi tbody tr", tree).map((tr) => selectAll("th, td", tr).map((c) => toText(c).trim().replace(/\s+/g, " ")));

  it("prints target, result, difference and the verdict in words, with a mark that is not colour", () => {
    expect(rows).toEqual([
      ["1. Servicerammen overholdes (mio. kr.; skal være højst måltallet)", "3.320,4", "3.346,0", "25,6", "Ikke overholdt"],
      ["2. Gennemsnitligt overskud på løbende poster på mindst 225 mio. kr. (mio. kr.; skal være mindst måltallet)", "225,0", "277,8", "52,8", "Overholdt"],
      ["3. Gennemsnitlig likviditet på mindst 8.000 kr. pr. borger (kr. pr. borger; skal være mindst måltallet)"],
      ["2024", "8.000", "17.755", "9.755", "Overholdt"],
      ["2025", "8.000", "", "", "– Opgøres senere"],
      ["4. Gælden nedbringes med 100 mio. kr. i valgperioden (mio. kr.; skal være mindst måltallet)", "100,0", "100,0", "0,0", "Overholdt"],
    ]);
    // Each verdict also has a drawn mark (a tick or a cross: not colour), hidden from screen readers.
    const marks = selectAll("#strategi td.status-met svg.status-mark, #strategi td.status-not-met svg.status-mark", tree);
    expect(marks).toHaveLength(4);
    expect(marks.every((m) => m.properties.ariaHidden === "true")).toBe(true);
  });

  it("says which target was used, how the results were found, and prints the capital frame", () => {
    const notes = toText(selectAll(".strategy-notes", tree)[0]!).replace(/\s+/g, " ");
    expect(notes).toContain("Måltallet er reguleret (Midtvejsregulering) fra 3.292,0 til 3.320,4 mio. kr.");
    expect(notes).toContain("regnskab inden for servicerammen, 3.350,0 mio. kr., korrigeret for Korrektion (-4,0 mio. kr.).");
    expect(notes).toContain("Likviditeten efter kassekreditreglen i 2024 er opgjort til 937,0 mio. kr., fordelt på 52.774 indbyggere.");
    expect(notes).toContain("var 512,3 mio. kr. ved udgangen af 2021 og 412,3 mio. kr. ved udgangen af 2024. Målet for valgperioden er nået.");
    const capital = selectAll("#anlaegsrammen tbody tr", tree).map((tr) => toText(tr).trim().replace(/\s+/g, " "));
    expect(capital).toEqual([
      "Måltal (anlægsrammen) 200,0",
      "Overførsler fra tidligere år 208,0",
      "Fremrykninger m.m. 296,4",
      "Korrigeret budget 704,4",
      "Regnskab 2024 426,8",
      "Forventet uforbrugt (korrigeret budget − regnskab) 277,6",
    ]);
  });
});
