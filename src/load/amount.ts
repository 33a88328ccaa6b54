// Amounts as finance staff write them: YAML numbers, or strings in strict Danish format ("1.234", "-2.455",
// "1.234,5"). Every amount becomes an exact Decimal in kroner; nothing is guessed.
import { Decimal } from "../core/money.js";
import { isScalar, type Node } from "yaml";
import { kind } from "./yaml-nodes.js";
import type { Unit } from "../core/units.js";
import type { Message } from "../core/problem.js";
import { msg } from "../messages/index.js";

const LIMIT = new Decimal("1e15");
const PLAIN_DECIMAL = /^[-+]?(\d+)(\.\d+)?([eE][-+]?\d+)?$/;
/** Danish format: optional minus, digits grouped by dots in threes (or not grouped at all), decimal comma. */
const DANISH = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

export type AmountResult = { ok: true; value: Decimal | undefined } | ({ ok: false } & Message);

/**
 * Reads one amount node. `undefined` value means "no figure" (an explicit YAML null, e.g. `adopted:` left
 * empty, reads like an absent key: a blank cell).
 */
export function parseAmount(node: Node | null | undefined, unit: Unit): AmountResult {
  if (!isScalar(node)) return fail(msg("amount-type", kind(node)));
  const value = node.value;
  if (value === null) return { ok: true, value: undefined };
  if (typeof value === "number") return fromNumber(node.source ?? String(value), value, unit);
  if (typeof value === "string") return fromDanish(value);
  return fail(msg("amount-type", JSON.stringify(value)));
}

function fromNumber(source: string, value: number, unit: Unit): AmountResult {
  if (!Number.isFinite(value)) {
    return fail(msg("amount-not-finite", source));
  }
  const match = PLAIN_DECIMAL.exec(source.trim());
  if (!match) return fail(msg("amount-format", source));
  const exact = new Decimal(source.trim());
  if (!exact.isInteger() && unit !== "mio.kr." && /[eE]/.test(source)) {
    return fail(msg("amount-fraction/exponent", source, unit));
  }
  if (!exact.isInteger() && unit !== "mio.kr.") {
    return fail(msg("amount-fraction", source, unit, source.replace(".", "")));
  }
  return checkRange(exact, source);
}

/**
 * A string in strict Danish format ("1.234", "-2.455", "1.234,5"), in the unit it was written in. A message
 * shows the text as `shown` (a CSV field is cut), with the example of what to write when `example` is true.
 */
export function fromDanish(text: string, { shown = text, example = true }: { shown?: string; example?: boolean } = {}): AmountResult {
  const trimmed = text.trim().replace(/^\u2212/, "-"); // a minus sign pasted from a spreadsheet
  if (!DANISH.test(trimmed)) return fail(msg("amount-format/danish", shown, example));
  return checkRange(new Decimal(trimmed.replaceAll(".", "").replace(",", ".")), `"${shown}"`);
}

function checkRange(value: Decimal, shown: string): AmountResult {
  if (value.abs().greaterThan(LIMIT)) {
    return fail(msg("amount-range", shown));
  }
  // -0 is a zero: it must never print as "-0".
  return { ok: true, value: value.isZero() ? new Decimal(0) : value };
}

function fail(message: Message): AmountResult {
  return { ok: false, ...message };
}

