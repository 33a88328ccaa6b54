// Figures in the committee's text checked against its tables (warnings).
import { describe, expect, it } from "vitest";
import { VALID_BODY, committee } from "../support/fixtures.js";
import { at, problemsOf } from "../support/problems.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

// Tabel 1 of VALID_BODY in kroner: adopted 150, adjusted 170, actual 170; lines A (4) = +10, B (4) = -10 t.kr.
function withText(operations: string, unit = "t.kr."): string {
  const body = VALID_BODY.replace(/adopted: 100/, "adopted: 100000").replace(/adjusted: 120/, "adjusted: 120000").replace(/actual: 130/, "actual: 130500");
  return committee(`unit: ${unit}\nsections:\n  operations: |\n    ${operations}\n${body}`);
}

describe("figures in the text", () => {
  it("accepts figures that match the table after rounding to the text's decimals", () => {
    // adjusted total 120.050 t.kr. = 120,1 mio. kr.; merforbrug 130.540 − 120.050 = 10.490 → 10,5
    expect(problemsOf(withText("Korrigeret budget 120,1 mio. kr. og et merforbrug på 10,5 mio. kr."))).toEqual([]);
  });

  it("warns about a figure no table figure rounds to, at the text's line", () => {
    const problems = problemsOf(withText("Et korrigeret budget på 123,9 mio. kr."));
    expect(problems.map(at)).toEqual([["committees/01-test.yaml", 7, 5, "warning"]]);
    expect(problems[0]!.message).toContain("123,9 mio. kr.");
  });

  it("matches merforbrug only to an overspend, mindreforbrug only to an underspend", () => {
    const wrongWay = problemsOf(withText("Der er et mindreforbrug på 10,5 mio. kr."));
    expect(wrongWay).toHaveLength(1);
    expect(wrongWay[0]!.message).toContain("underspend (mindreforbrug) of 10,5 mio. kr.");
  });
});
