// A figure the data declares or states although the tool can derive it: a total, a subtotal, a stated result.
// It is printed where it agrees with what the data derives, and reconciled either way.
import type { Money } from "../core/money.js";
import type { Pos } from "../core/problem.js";

/** A figure the data states for something the tool can also compute; checked by reconciliation. */
export interface Declared {
  value: Money;
  at: Pos;
}

export type DeclaredFigures<C extends string> = Partial<Record<C, Declared>>;
