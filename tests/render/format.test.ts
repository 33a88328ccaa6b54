// Danish number formatting: the one module every output uses.
import { describe, expect, it } from "vitest";
import { MIO, TKR, danishNumber, formatAmount, formatExact, formatInteger, formatMio, formatPercent, unitLabel } from "../../src/format/danish.js";
import { genitive, danishList } from "../../src/format/text.js";
import { Decimal } from "../../src/core/money.js";

const kr = (v: string | number): Decimal => new Decimal(v);

describe("Danish amounts", () => {
  it("groups thousands with dots and writes a leading minus", () => {
    expect(formatAmount(kr(1_234_567_000))).toBe("1.234.567");
    expect(formatAmount(kr(-2_455_000))).toBe("-2.455");
    expect(formatAmount(kr(999_000))).toBe("999");
    expect(formatAmount(kr(1_000_000))).toBe("1.000");
  });

  it("prints a real zero as 0 and no figure as a blank", () => {
    expect(formatAmount(kr(0))).toBe("0");
    expect(formatAmount(undefined)).toBe("");
  });

  it("never prints -0 for tiny negatives", () => {
    expect(formatAmount(kr(-400), TKR)).toBe("0");
    expect(formatAmount(kr(-40_000), MIO)).toBe("0,0");
    expect(danishNumber(kr("-0.0001"), 2)).toBe("0,00");
  });

  it("rounds half away from zero, exactly, in mio. kr. with one decimal", () => {
    expect(formatMio(kr(104_092_000))).toBe("104,1");
    expect(formatMio(kr(24_150_000))).toBe("24,2"); // a binary float would make this 24,1
    expect(formatMio(kr(-1_742_000))).toBe("-1,7");
    expect(formatMio(kr(-24_150_000))).toBe("-24,2");
    expect(formatMio(kr(12_394_000))).toBe("12,4");
    expect(formatMio(kr(1_234_567_890_000))).toBe("1.234.567,9");
    expect(formatAmount(kr(500), TKR)).toBe("1");
    expect(formatAmount(kr(-500), TKR)).toBe("-1");
    expect(formatAmount(kr(499), TKR)).toBe("0");
  });

  it("shows a figure exactly as written in a file's unit, for messages", () => {
    expect(formatExact(kr(-1_742_000), "t.kr.")).toBe("-1.742");
    expect(formatExact(kr(1_234_500), "t.kr.")).toBe("1.234,5");
    expect(formatExact(kr(104_100_000), "mio.kr.")).toBe("104,1");
  });

  it("formats whole numbers, percentages and unit labels", () => {
    expect(formatInteger(52774)).toBe("52.774");
    expect(formatInteger(kr("17754.95"))).toBe("17.755");
    expect(formatPercent(kr("24.75"))).toBe("24,8 %");
    expect(unitLabel("t.kr.")).toBe("1.000 kr.");
    expect(unitLabel("mio.kr.")).toBe("mio. kr.");
  });
});

describe("Danish text", () => {
  it("forms the genitive of committee names", () => {
    expect(genitive("Klima- og Miljøudvalget")).toBe("Klima- og Miljøudvalgets");
    expect(genitive("Kommunalbestyrelsens")).toBe("Kommunalbestyrelsens'");
  });

  it("joins lists with og", () => {
    expect(danishList(["a", "b", "c"])).toBe("a, b og c");
    expect(danishList(["a"])).toBe("a");
  });
});
