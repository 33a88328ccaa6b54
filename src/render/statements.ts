// What the statements' templates need beyond the tables: their words, derived from the sign at render time and
// never stored (overskud/underskud, merforbrug/mindreforbrug, steg/faldt), and a key figure in its row's unit.
import type Handlebars from "handlebars";
import { Decimal } from "../core/money.js";
import type { MeasureRow } from "../compute/statements/sections.js";
import { danishNumber, formatAmount, formatMio } from "../format/danish.js";

/** Below 0,05 mio. kr. a figure would read "0,0 mio. kr.": the words say balance instead. */
const HALF_TENTH_MIO = new Decimal(50_000);

export function registerStatementHelpers(hb: typeof Handlebars): void {
  // A result in udgift sign: negative is a surplus. "et overskud på 50,0 mio. kr."
  hb.registerHelper("resultWords", (v: Decimal | undefined) =>
    words(v, (x) => (x.isNegative() ? "et overskud" : "et underskud"), "et resultat i balance"),
  );
  // A variance R − KB: positive is an overspend. "et mindreforbrug på 10,0 mio. kr."
  hb.registerHelper("varianceWords", (v: Decimal | undefined) =>
    words(v, (x) => (x.isPositive() ? "et merforbrug" : "et mindreforbrug"), "ingen afvigelse"),
  );
  // A change of a holding, subject first: "De likvide aktiver faldt med 18,0 mio. kr."
  hb.registerHelper("changeWords", (v: Decimal | undefined, subject: string, unchanged: string) => {
    if (v === undefined) return "";
    if (v.abs().lessThan(HALF_TENTH_MIO)) return `${subject} var stort set ${unchanged}`;
    return `${subject} ${v.isPositive() ? "steg" : "faldt"} med ${formatMio(v.abs())} mio. kr.`;
  });
  hb.registerHelper("measure", (cell: Decimal | undefined, row: MeasureRow) => {
    if (cell === undefined) return "";
    return row.money ? formatAmount(cell, { unit: row.money, decimals: row.decimals }) : danishNumber(cell, row.decimals);
  });
}

function words(v: Decimal | undefined, word: (v: Decimal) => string, balance: string): string {
  if (v === undefined) return "";
  if (v.abs().lessThan(HALF_TENTH_MIO)) return balance;
  return `${word(v)} på ${formatMio(v.abs())} mio. kr.`;
}
