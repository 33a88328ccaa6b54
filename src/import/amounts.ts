// Amounts in an export, to exact kroner. Text cells are read in Danish format ("-1.234.567,89"); Excel number
// cells are binary floating point, so they are read as the shortest decimal that gives the same float (what
// Excel wrote) and then to whole øre: formula results carry float noise such as 1234.5600000000002, which is
// rounded away when it is below a ten-thousandth of an øre. A real fraction of an øre is an error.
import { Decimal } from "../core/money.js";
import type { CellValue } from "./sheet.js";
import { UNIT_FACTOR, type Unit } from "../core/units.js";
import { amountInvalidCell, amountNotDanish, amountNotFinite, amountPrecision, amountRange } from "./messages.js";
import type { Message } from "../core/problem.js";

/** The contract's strict Danish format: thousands dots in groups of three (or none), decimal comma. */
const DANISH = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const ORE_DECIMALS = 2;
const FLOAT_NOISE = new Decimal("0.000001");
/** As the data files' limit: no municipality's figure comes near it, a misread cell may. */
const LIMIT = new Decimal("1e15");

export type AmountRead = { ok: true; kroner: Decimal | null } | ({ ok: false } & Message);

/** An amount cell in the source's unit as exact kroner; null for an empty cell (no figure). */
export function readAmount(cell: CellValue, unit: Unit): AmountRead {
  if (cell === undefined) return { ok: true, kroner: null };
  if (typeof cell === "object") return fail(amountInvalidCell(cell.invalid));
  if (typeof cell === "number") return fromNumber(cell, unit);
  return fromText(cell, unit);
}

function fromNumber(value: number, unit: Unit): AmountRead {
  if (!Number.isFinite(value)) return fail(amountNotFinite(value));
  const kroner = new Decimal(String(value)).times(UNIT_FACTOR[unit]);
  const ore = kroner.toDecimalPlaces(ORE_DECIMALS, Decimal.ROUND_HALF_UP);
  if (kroner.minus(ore).abs().greaterThan(FLOAT_NOISE)) return finerThanOre(String(value), unit);
  return ok(ore, String(value));
}

function fromText(text: string, unit: Unit): AmountRead {
  const normal = text.replace(/^\u2212/, "-"); // a minus sign pasted from a spreadsheet
  if (!DANISH.test(normal)) return fail(amountNotDanish(text));
  const kroner = new Decimal(normal.replaceAll(".", "").replace(",", ".")).times(UNIT_FACTOR[unit]);
  return kroner.decimalPlaces() > ORE_DECIMALS ? finerThanOre(text, unit) : ok(kroner, text);
}

function finerThanOre(shown: string, unit: Unit): AmountRead {
  return fail(amountPrecision(shown, unit));
}

function ok(kroner: Decimal, shown: string): AmountRead {
  if (kroner.abs().greaterThan(LIMIT)) return fail(amountRange(shown));
  return { ok: true, kroner: kroner.isZero() ? new Decimal(0) : kroner };
}

function fail(message: Message): AmountRead {
  return { ok: false, ...message };
}
