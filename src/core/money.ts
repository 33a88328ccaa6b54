// Every Decimal in the tool comes from here, so that the precision is set once before any amount exists.
// 50 significant digits hold any amount the contract allows (±10^15 mio. kr. to the øre) with room to sum.
import { Decimal } from "decimal.js";

Decimal.set({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

export { Decimal };

/** An amount of money: always a Decimal in kroner, whatever unit it was written in. */
export type Money = Decimal;
