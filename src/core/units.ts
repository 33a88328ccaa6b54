// The units amounts are written in. Every amount is held in kroner; the unit a file was written in is kept only so
// that messages and rounding tolerances speak the writer's unit.
import { Decimal } from "./money.js";

export type Unit = "kr." | "t.kr." | "mio.kr.";

/** Kroner per unit. */
export const UNIT_FACTOR: Record<Unit, Decimal> = {
  "kr.": new Decimal(1),
  "t.kr.": new Decimal(1000),
  "mio.kr.": new Decimal(1_000_000),
};

export const UNITS = Object.keys(UNIT_FACTOR) as Unit[];

/** How a table or a text shows amounts: the unit and the number of decimals (t.kr. 0; mio. kr. 1 or 3). */
export interface DisplayUnit {
  unit: Unit;
  decimals: number;
}
