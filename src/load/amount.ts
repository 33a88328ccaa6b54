// Amounts as finance staff write them: YAML numbers, or strings in strict Danish format ("1.234", "-2.455",
// "1.234,5"). Every amount becomes an exact Decimal in kroner; nothing is guessed.
import { Decimal } from "../core/money.js";
import { isScalar, type Node } from "yaml";
import { kind } from "./yaml-nodes.js";
import type { Unit } from "../core/units.js";

const LIMIT = new Decimal("1e15");
const PLAIN_DECIMAL = /^[-+]?(\d+)(\.\d+)?([eE][-+]?\d+)?$/;
/** Danish format: optional minus, digits grouped by dots in threes (or not grouped at all), decimal comma. */
const DANISH = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

export type AmountResult =
  | { ok: true; value: Decimal | undefined }
  | { ok: false; code: string; message: string };

const EXAMPLE = 'write a number such as -2455, or a quoted Danish amount such as "-2.455" or "1.234,5"';

/**
 * Reads one amount node. `undefined` value means "no figure" (an explicit YAML null, e.g. `adopted:` left
 * empty, reads like an absent key: a blank cell).
 */
export function parseAmount(node: Node | null | undefined, unit: Unit): AmountResult {
  if (!isScalar(node)) return fail("amount-type", `expected an amount, found ${kind(node)}: ${EXAMPLE}`);
  const value = node.value;
  if (value === null) return { ok: true, value: undefined };
  if (typeof value === "number") return fromNumber(node.source ?? String(value), value, unit);
  if (typeof value === "string") return fromDanish(value);
  return fail("amount-type", `expected an amount, found ${JSON.stringify(value)}: ${EXAMPLE}`);
}

function fromNumber(source: string, value: number, unit: Unit): AmountResult {
  if (!Number.isFinite(value)) {
    return fail("amount-not-finite", `${source} is not an amount (not a finite number): ${EXAMPLE}`);
  }
  const match = PLAIN_DECIMAL.exec(source.trim());
  if (!match) return fail("amount-format", `${source} is not a decimal amount: ${EXAMPLE}`);
  const exact = new Decimal(source.trim());
  if (!exact.isInteger() && unit !== "mio.kr." && /[eE]/.test(source)) {
    return fail("amount-fraction", `${source} has a fractional part, but amounts in ${unit} must be whole numbers: write the amount as a whole number`);
  }
  if (!exact.isInteger() && unit !== "mio.kr.") {
    return fail(
      "amount-fraction",
      `${source} has a fractional part, but amounts in ${unit} must be whole numbers. ` +
        `Danish pitfall: if you mean ${source.replace(".", "")} (with a thousands dot), YAML reads ${source} as a ` +
        `decimal number — write ${source.replace(".", "")} or quote it as "${source}".`,
    );
  }
  return checkRange(exact, source);
}

/** A string in strict Danish format ("1.234", "-2.455", "1.234,5"), in the unit it was written in. */
export function fromDanish(text: string): AmountResult {
  const trimmed = text.trim().replace(/^\u2212/, "-"); // a minus sign pasted from a spreadsheet
  if (!DANISH.test(trimmed)) {
    return fail(
      "amount-format",
      `"${text}" is not an amount in Danish format (thousands dot in groups of three, decimal comma, ` +
        `e.g. "1.234" or "-2.455" or "1.234,5"): ${EXAMPLE}`,
    );
  }
  return checkRange(new Decimal(trimmed.replaceAll(".", "").replace(",", ".")), `"${text}"`);
}

function checkRange(value: Decimal, shown: string): AmountResult {
  if (value.abs().greaterThan(LIMIT)) {
    return fail("amount-range", `${shown} is beyond ±10^15, too large to be an amount: check the figure`);
  }
  // -0 is a zero: it must never print as "-0".
  return { ok: true, value: value.isZero() ? new Decimal(0) : value };
}

function fail(code: string, message: string): AmountResult {
  return { ok: false, code, message };
}

