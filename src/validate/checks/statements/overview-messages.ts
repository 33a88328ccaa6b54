// Every problem the other overviews' checks report (overførsler, anlægsregnskaber, personaleoversigt), each said
// in one place: figures formatted here (Danish in both languages), the words in the catalogue
// (src/messages/da/overviews.ts, en/overviews.ts).
import type { Decimal } from "../../../core/money.js";
import type { Message } from "../../../core/problem.js";
import type { Unit } from "../../../core/units.js";
import { danishNumber, formatExact } from "../../../format/danish.js";
import { msg } from "../../../messages/index.js";
import type { CarryOverRule } from "../../../model/overviews.js";

const exact = (v: Decimal, unit: Unit): string => formatExact(v, unit);
const percent = (rule: CarryOverRule): string => (rule.percent ? danishNumber(rule.percent, rule.percent.decimalPlaces()) : "");

export const carryOverBeyondRule = (frame: string, rule: CarryOverRule, stated: Decimal, derived: Decimal, limit: Decimal, unit: Unit): Message =>
  msg("carry-over-beyond-rule", frame, rule.kind, percent(rule), exact(stated, unit), exact(limit, unit), exact(derived, unit), unit);

export const carryOverMismatch = (frame: string, figure: "automatic" | "carried" | "returned", stated: Decimal, derived: Decimal, unit: Unit): Message =>
  msg("carry-over-mismatch", frame, figure, exact(stated, unit), exact(derived, unit), unit);

export const transferBeyondUnspent = (id: string, transfer: Decimal, unspent: Decimal, unit: Unit): Message =>
  msg("transfer-beyond-unspent", id, exact(transfer, unit), exact(unspent, unit), unit);

export const accountMissing = (id: string, gross: Decimal, threshold: Decimal, inclusive: boolean): Message =>
  msg("capital-account-missing", id, exact(gross, "kr."), exact(threshold, "kr."), inclusive);

export const accountThisYear = (id: string, year: number, account: Decimal, actual: Decimal, unit: Unit): Message =>
  msg("capital-account-this-year", id, year, exact(account, unit), exact(actual, unit), unit);

export const accountExplanation = (id: string, deviation: Decimal, unit: Unit): Message => msg("capital-account-explanation", id, exact(deviation, unit), unit);

export const accountOnOpenProject = (id: string): Message => msg("capital-account-open", id);

export const staffCommitteeUnknown = (ref: string, known: string[]): Message => msg("staff-committee-unknown", ref, known);

export const staffTotal = (column: "prior" | "actual", stated: Decimal, derived: Decimal): Message =>
  msg("staff-total-mismatch", column, danishNumber(stated, 1), danishNumber(derived, 1));
