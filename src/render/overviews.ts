// The words of the other overviews' sentences, derived from the figures' signs at render time (never stored):
// what is carried (uforbrugte midler or a merforbrug), what goes back to the treasury or lapses, how staff changed.
import type Handlebars from "handlebars";
import type { Decimal } from "../core/money.js";
import { danishNumber, formatMio } from "../format/danish.js";

export function registerOverviewHelpers(hb: typeof Handlebars): void {
  hb.registerHelper("nextYear", (year: number) => year + 1);
  // A table's column of text (a carry-over rule, a lender) is not a figure: not right-aligned.
  hb.registerHelper("cellClass", (index: number, textColumns: number[] | undefined) => (textColumns?.includes(index) ? "text" : "num"));
  // + = unspent money carried, − = an overspend carried.
  hb.registerHelper("carryWords", (v: Decimal | undefined) => {
    if (v === undefined || v.isZero()) return "intet";
    return v.isPositive() ? `${formatMio(v)} mio. kr. i uforbrugte midler` : `et merforbrug på ${formatMio(v.abs())} mio. kr.`;
  });
  // Ikke overført: + goes back to the treasury, − is an overspend the treasury covers.
  hb.registerHelper("returnWords", (v: Decimal | undefined) => {
    if (v === undefined || v.isZero()) return "intet tilbageføres kassen";
    return v.isPositive() ? `${formatMio(v)} mio. kr. tilbageføres kassen` : `kassen dækker et merforbrug på ${formatMio(v.abs())} mio. kr., som ikke overføres`;
  });
  hb.registerHelper("lapseWords", (v: Decimal | undefined) => {
    if (v === undefined || v.isZero()) return "intet bortfalder";
    return v.isPositive() ? `${formatMio(v)} mio. kr. bortfalder` : `overførslerne er ${formatMio(v.abs())} mio. kr. større end det uforbrugte`;
  });
  hb.registerHelper("decimal1", (v: Decimal | undefined) => (v === undefined ? "" : danishNumber(v, 1)));
  hb.registerHelper("staffWords", (v: Decimal) =>
    v.isZero() ? "uændret" : `${danishNumber(v.abs(), 1)} årsværk ${v.isPositive() ? "flere" : "færre"}`,
  );
}
