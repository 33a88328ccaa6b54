// The strategy part of municipality.yaml: what the schema refuses and what the reader checks, each at its
// line and column, and a stated result that disagrees with what the data computes.
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/validate/index.js";
import { HEAD, strategyDir } from "./helpers.js";
import { at, only } from "../support/problems.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

function problemsOf(targets: string) {
  return validateDataDir(strategyDir(`${HEAD}strategy:\n  targets:\n${targets}`)).problems;
}

// The test committee spends 170 t.kr. inside the service frame (tests/helpers.ts, VALID_BODY).
const serviceFrame = (extra: string): string => `    - id: serviceramme
      kind: service-frame
      label: Servicerammen overholdes
      rule: at-most
      target: 200
${extra}`;

describe("a stated result is checked against the computed one", () => {
  it("an error at the stated figure when it is more than rounding away", () => {
    const p = only(problemsOf(serviceFrame("      result: 175\n")), "result-mismatch");
    expect(at(p)).toEqual(["municipality.yaml", 12, 15, "error"]);
    expect(p.message).toBe(
      'target "serviceramme", result: stated 175, but the committees\' actuals inside the service frame plus the adjustments gives 170 (difference +5 t.kr.): ' +
        'correct the stated figure or the figures it comes from, or remove "result" to print the computed one',
    );
  });

  it("a warning when rounding of the summed lines can explain it, nothing when it is the same figure rounded", () => {
    const warned = only(problemsOf(serviceFrame("      result: 171\n")), "rounding-difference");
    expect(warned.severity).toBe("warning");
    const perCitizen = `    - id: likviditet
      kind: liquidity-per-citizen
      label: Likviditet
      rule: at-least
      years:
        - { year: 2024, target: 8000, liquidity: 937000, result: RESULT }
`;
    expect(problemsOf(perCitizen.replace("RESULT", "17755"))).toEqual([]); // 17.754,96 rounded
    const p = only(problemsOf(perCitizen.replace("RESULT", "17800")), "result-mismatch");
    expect(at(p)).toEqual(["municipality.yaml", 12, 66, "error"]);
    expect(p.message).toContain('target "likviditet", 2024, result: stated 17.800, but liquidity / citizens gives 17.754,96 (difference +45,04 kr.)');
  });

  it("the capital frame's adjusted budget against target + transfers + advances", () => {
    const p = only(problemsOf(serviceFrame("      capital_frame: { target: 100, transfers: 20, advances: 5, adjusted: 130, actual: 90 }\n")), "result-mismatch");
    expect(at(p)).toEqual(["municipality.yaml", 12, 75, "error"]);
    expect(p.message).toContain("stated 130, but target + transfers + advances gives 125");
  });

  it("an average stated in whole t.kr. that is not the average", () => {
    const surplus = `    - id: overskud
      kind: average-surplus
      label: Overskud
      rule: at-least
      target: 225000
      result: 250000
      years: [{ year: 2023, surplus: 240000 }, { year: 2024, surplus: 260001 }]
`;
    expect(problemsOf(surplus)).toEqual([]); // 250.000,5 rounds to it
    expect(only(problemsOf(surplus.replace("260001", "260010")), "result-mismatch").message).toContain("gives 250.005");
  });
});

describe("structure, at line and column", () => {
  it("an unknown key names the known ones for that kind of target", () => {
    const p = only(problemsOf(serviceFrame("      ajustments: []\n")), "unknown-key");
    expect(at(p)).toEqual(["municipality.yaml", 12, 7, "error"]);
    expect(p.message).toContain('strategy, target "serviceramme": unknown key "ajustments" — did you mean "adjustments"?');
  });

  it("an unknown kind, a wrong rule, a missing target", () => {
    const p = problemsOf(`    - { id: a, kind: liquidity, label: A, rule: at-least }
    - { id: b, kind: declared, label: B, rule: max, target: 1, result: 1 }
    - { id: c, kind: average-surplus, label: C, rule: at-least, years: [{ year: 2024, surplus: 1 }] }
`);
    expect(p.filter((x) => x.code === "not-allowed").map((x) => [x.line, x.column])).toEqual([[7, 22], [8, 48]]);
    expect(only(p, "missing-key").message).toBe('strategy, target "c": missing key "target": add it');
  });

  it("liquidity given twice, citizens missing for a later year, duplicate years", () => {
    const p = problemsOf(`    - id: likviditet
      kind: liquidity-per-citizen
      label: Likviditet
      rule: at-least
      years:
        - { year: 2024, target: 8000, liquidity: 1, daily_balances: { file: x.csv } }
        - { year: 2025, target: 8000, liquidity: 1 }
        - { year: 2025, target: 8000 }
`);
    expect(at(only(p, "liquidity-twice"))).toEqual(["municipality.yaml", 12, 53, "error"]);
    expect(only(p, "citizens-missing").message).toContain('2025: liquidity per citizen needs the number of citizens: add "citizens"');
    expect(at(only(p, "duplicate-year"))).toEqual(["municipality.yaml", 14, 13, "error"]);
  });

  it("a debt series without the years the reduction needs, duplicate target ids", () => {
    const p = problemsOf(`    - id: gaeld
      kind: debt-reduction
      label: Gæld
      rule: at-least
      target: 100
      period: { from: 2022, to: 2025 }
      debt: [{ year: 2024, total: 900 }]
    - { id: gaeld, kind: declared, label: Andet, rule: at-most, target: 1, result: 1 }
`);
    expect(only(p, "debt-year-missing").message).toContain('the debt at the start of the period (end of 2021): add "- { year: 2021, total: … }" to debt');
    expect(at(only(p, "duplicate-target-id"))).toEqual(["municipality.yaml", 14, 9, "error"]);
  });
});
