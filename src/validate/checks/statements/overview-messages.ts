// Every problem the other overviews' checks report (overførsler, anlægsregnskaber, personaleoversigt), each said
// in one place: figures formatted here (Danish in both languages), the words in the catalogue.
import type { Decimal } from "../../../core/money.js";
import type { Unit } from "../../../core/units.js";
import { danishNumber, formatExact } from "../../../format/danish.js";
import type { CarryOverRule } from "../../../model/overviews.js";
import { problems as en } from "./overview-texts.js";

interface Message {
  code: string;
  message: string;
}

const m = (code: string, message: string): Message => ({ code, message });
const exact = (v: Decimal, unit: Unit): string => formatExact(v, unit);
const percent = (rule: CarryOverRule): string => (rule.percent ? danishNumber(rule.percent, rule.percent.decimalPlaces()) : "");

export const carryOverBeyondRule = (frame: string, rule: CarryOverRule, stated: Decimal, derived: Decimal, limit: Decimal, unit: Unit): Message =>
  m("carry-over-beyond-rule", en["carry-over-beyond-rule"](frame, rule.kind, percent(rule), exact(stated, unit), exact(limit, unit), exact(derived, unit), unit));

export const carryOverMismatch = (frame: string, figure: "automatic" | "carried" | "returned", stated: Decimal, derived: Decimal, unit: Unit): Message =>
  m("carry-over-mismatch", en["carry-over-mismatch"](frame, figure, exact(stated, unit), exact(derived, unit), unit));

export const transferBeyondUnspent = (id: string, transfer: Decimal, unspent: Decimal, unit: Unit): Message =>
  m("transfer-beyond-unspent", en["transfer-beyond-unspent"](id, exact(transfer, unit), exact(unspent, unit), unit));

export const accountMissing = (id: string, gross: Decimal, threshold: Decimal, inclusive: boolean): Message =>
  m("capital-account-missing", en["capital-account-missing"](id, exact(gross, "kr."), exact(threshold, "kr."), inclusive));

export const accountThisYear = (id: string, year: number, account: Decimal, actual: Decimal, unit: Unit): Message =>
  m("capital-account-this-year", en["capital-account-this-year"](id, year, exact(account, unit), exact(actual, unit), unit));

export const accountExplanation = (id: string, deviation: Decimal, unit: Unit): Message =>
  m("capital-account-explanation", en["capital-account-explanation"](id, exact(deviation, unit), unit));

export const accountOnOpenProject = (id: string): Message => m("capital-account-open", en["capital-account-open"](id));

export const staffCommitteeUnknown = (ref: string, known: string[]): Message => m("staff-committee-unknown", en["staff-committee-unknown"](ref, known));

export const staffTotal = (column: "prior" | "actual", stated: Decimal, derived: Decimal): Message =>
  m("staff-total-mismatch", en["staff-total-mismatch"](column, danishNumber(stated, 1), danishNumber(derived, 1)));
