// Danish number formatting, the one place money becomes text: thousands ".", decimal ",", leading "-",
// blank for "no figure", never "-0". Works on exact Decimals (no binary floats), rounding half away from zero.
import { Decimal } from "../core/money.js";
import type { DisplayUnit, Unit } from "../core/units.js";

export type { DisplayUnit };

export const TKR: DisplayUnit = { unit: "t.kr.", decimals: 0 };
export const MIO: DisplayUnit = { unit: "mio.kr.", decimals: 1 };

/** Groups the integer digits in threes with "." and uses "," for decimals: "-1234567.5" → "-1.234.567,5". */
export function danishNumber(value: Decimal, decimals: number): string {
  const rounded = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const negative = rounded.isNegative() && !rounded.isZero();
  const [int, frac] = rounded.abs().toFixed(decimals).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** 1/factor, exact (the factors are powers of ten): multiplying is much cheaper than 50-digit division. */
const INVERSE: Record<Unit, Decimal> = {
  "kr.": new Decimal(1),
  "t.kr.": new Decimal("0.001"),
  "mio.kr.": new Decimal("0.000001"),
};

/** An amount in kroner shown in a display unit; blank (empty string) for no figure. */
export function formatAmount(kroner: Decimal | undefined, display: DisplayUnit = TKR): string {
  if (kroner === undefined) return "";
  return danishNumber(kroner.times(INVERSE[display.unit]), display.decimals);
}

/** "104,1" for an amount in kroner shown in mio. kr. with one decimal. */
export function formatMio(kroner: Decimal): string {
  return formatAmount(kroner, MIO);
}

/** An amount exactly as written in a file's unit (for messages): no rounding, only as many decimals as it has. */
export function formatExact(kroner: Decimal, unit: Unit): string {
  const v = kroner.times(INVERSE[unit]);
  return danishNumber(v, v.decimalPlaces());
}

/** Whole numbers such as citizens or kr. per citizen: "52.774". */
export function formatInteger(value: Decimal | number): string {
  return danishNumber(new Decimal(value), 0);
}

/** "24,8 %". */
export function formatPercent(value: Decimal, decimals = 1): string {
  return `${danishNumber(value, decimals)} %`;
}

/** The unit as printed in table heads: "1.000 kr.", "kr.", "mio. kr.". */
export function unitLabel(unit: Unit): string {
  return { "kr.": "kr.", "t.kr.": "1.000 kr.", "mio.kr.": "mio. kr." }[unit];
}
