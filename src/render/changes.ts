// The change report as a page for reviewers (out/changes.html) and as data (out/changes.json).
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { TKR, formatAmount } from "../format/danish.js";
import { Decimal } from "../core/money.js";
import type { Changes } from "../publish/changes.js";
import { tidy } from "./html.js";
import { TEMPLATE_DIR } from "./paths.js";

export function renderChanges(changes: Changes, title: string): { html: string; json: string } {
  const hb = Handlebars.create();
  // An amount in kroner as t.kr.; a marker ("R"), a text cell (a carry-over rule) or a count ("322,6 årsværk") as it is.
  hb.registerHelper("kr", (value: string | null) => (value === null ? "" : /^-?\d+(\.\d+)?$/.test(value) ? formatAmount(new Decimal(value), TKR) : value));
  const template = hb.compile(readFileSync(`${TEMPLATE_DIR}changes.hbs`, "utf8"), { preventIndent: true });
  return { html: tidy(template({ changes, title })), json: `${JSON.stringify(changes, null, 2)}\n` };
}
