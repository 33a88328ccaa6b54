// Amounts and text from an export: exact kroner from Danish text and from Excel's binary numbers, and the
// encodings Danish CSV exports come in.
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { readAmount } from "../../src/import/amounts.js";
import { decodeCsv } from "../../src/import/csv.js";
import { SourceProblems } from "../../src/import/location.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

const kroner = (cell: string | number | undefined, unit: "kr." | "t.kr." | "mio.kr." = "kr."): string | null | undefined => {
  const r = readAmount(cell, unit);
  return r.ok ? (r.kroner === null ? null : r.kroner.toFixed()) : undefined;
};

describe("amounts in an export", () => {
  it("reads Danish text exactly, in the source's unit", () => {
    expect(kroner("-1.234.567,89")).toBe("-1234567.89");
    expect(kroner("1234,5")).toBe("1234.5");
    expect(kroner("\u22122.455", "t.kr.")).toBe("-2455000");
    expect(kroner("1,2345678", "mio.kr.")).toBe("1234567.8");
    expect(kroner(undefined)).toBeNull();
  });

  it("reads Excel numbers as the decimal Excel wrote, removing formula float noise below a ten-thousandth of an øre", () => {
    expect(kroner(1234.56)).toBe("1234.56");
    expect(kroner(0.1 + 0.2)).toBe("0.3");
    expect(kroner(1234.5600000000002)).toBe("1234.56");
    expect(kroner(-2454.8734, "t.kr.")).toBe("-2454873.4");
    expect(kroner(-0)).toBe("0");
  });

  it("refuses what is no amount, or finer than an øre", () => {
    expect(readAmount("1,234.5", "kr.")).toMatchObject({ ok: false, code: "amount-format" });
    expect(readAmount("12.34", "kr.")).toMatchObject({ ok: false, code: "amount-format" });
    expect(readAmount("1,005", "kr.")).toMatchObject({ ok: false, code: "amount-precision" });
    expect(readAmount(0.125, "kr.")).toMatchObject({ ok: false, code: "amount-precision" });
    expect(readAmount({ invalid: "a date" }, "kr.")).toMatchObject({ ok: false, code: "amount-format" });
    expect(readAmount(Number.NaN, "kr.")).toMatchObject({ ok: false, code: "amount-format", message: "the cell is marked as a number but holds none Excel can read: type the amount again in Excel" });
    expect(readAmount(1e300, "kr.")).toMatchObject({ ok: false, code: "amount-range" });
  });
});

describe("CSV encodings", () => {
  const text = "Udvalg;Indsatsområde\r\nØkonomiudvalget;Æblehaven\r\n";
  const decode = (bytes: Uint8Array, encoding: "auto" | "utf-8" | "windows-1252" = "auto") => decodeCsv(bytes, encoding, "x.csv", new SourceProblems());

  it("detects Windows-1252, UTF-8 and UTF-8 with a BOM", () => {
    expect(decode(iconv.encode(text, "win1252"))).toBe(text);
    expect(decode(Buffer.from(text, "utf8"))).toBe(text);
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]))).toBe(text);
  });

  it("takes the encoding from the mapping when it says so", () => {
    expect(decode(iconv.encode(text, "win1252"), "windows-1252")).toBe(text);
    expect(decode(Buffer.from(text, "utf8"), "utf-8")).toBe(text);
  });
});
