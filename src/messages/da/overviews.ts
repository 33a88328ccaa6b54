// The other overviews of the annual accounts (src/validate/checks/statements/overviews.ts): overførsler,
// anlægsregnskaber, personaleoversigt. Figures are formatted before they are passed.
import type { Unit } from "../../core/units.js";

type RuleKind = "cap" | "full" | "none" | "free";
type CarryFigure = "automatic" | "carried" | "returned";

const RULE: Record<RuleKind, (percent: string) => string> = {
  cap: (percent) => `højst ±${percent} % af budgettet`,
  full: () => "100 %",
  none: () => "ingen overførsel",
  free: () => "fri overførselsadgang",
};
const FIGURE: Record<CarryFigure, string> = {
  automatic: "den automatiske overførsel",
  carried: "overført i alt (automatisk + ansøgt)",
  returned: "det ikke overførte beløb (tilbage til kassen)",
};

export const problems = {
  "carry-over-beyond-rule": (frame: string, rule: RuleKind, percent: string, stated: string, limit: string, derived: string, unit: Unit) =>
    `bevillingsramme ${frame}: den automatiske overførsel er oplyst til ${stated}, men reglen (${RULE[rule](percent)}) ` +
    `${rule === "none" ? "overfører intet" : `tillader højst ${limit}`} og giver ${derived} ${unit}: ` +
    `skriv det, kommunalbestyrelsen har godkendt ud over reglen, under "applied", eller ret det oplyste tal eller reglen`,
  "carry-over-mismatch": (frame: string, figure: CarryFigure, stated: string, derived: string, unit: Unit) =>
    `bevillingsramme ${frame}: ${FIGURE[figure]} er oplyst til ${stated}, men rammens tal og regel giver ${derived} ${unit}: ` +
    `ret det oplyste tal eller tallene bag det, eller fjern det for at vise det beregnede`,
  "transfer-beyond-unspent": (id: string, transfer: string, unspent: string, unit: Unit) =>
    `anlægsprojekt ${id}: den forventede overførsel ${transfer} er større end det uforbrugte, korrigeret budget − regnskab = ${unspent} ${unit}: ` +
    `kontrollér overførslen, eller det korrigerede budget den skulle være en del af`,
  "capital-account-missing": (id: string, gross: string, threshold: string, inclusive: boolean) =>
    `anlægsprojekt ${id} er regnskabsaflagt, og dets bruttobeløb når ${gross} kr., ${inclusive ? "på eller over" : "over"} grænsen på ${threshold} kr. ` +
    `for et særskilt anlægsregnskab: tilføj "account:" til projektet (bevilling, forbrug pr. år, forklaring), eller ret "closed"`,
  "capital-account-this-year": (id: string, year: number, account: string, actual: string, unit: Unit) =>
    `anlægsprojekt ${id}: anlægsregnskabet giver ${account} for ${year} (udgifter + indtægter), men projektets regnskab i anlægstabellen er ` +
    `${actual} ${unit}: anlægsregnskabets tal for året skal være projektets regnskab`,
  "capital-account-explanation": (id: string, deviation: string, unit: Unit) =>
    `anlægsprojekt ${id}: anlægsregnskabet afviger ${deviation} ${unit} fra bevillingen, en væsentlig afvigelse: tilføj "explanation:" med forklaringen`,
  "capital-account-open": (id: string) =>
    `anlægsprojekt ${id} har et anlægsregnskab, men er ikke regnskabsaflagt: tilføj "closed: true", når projektet er afsluttet, eller fjern anlægsregnskabet`,
  "staff-committee-unknown": (ref: string, known: string[]) =>
    `personaleoversigten: der er intet udvalg "${ref}": skriv et udvalgs id eller navn (${known.join(", ")}), eller "name:" for et område, der ikke er et udvalg`,
  // The text check (src/validate/checks/text-figures.ts): a figure after "overføres" that no carry-over has.
  "text-figure/carry-over": (written: string) =>
    `teksten nævner en overførsel på ${written} mio. kr., men ingen overførsel i oversigten over overførsler afrundes til ${written} mio. kr.: kontrollér teksten mod oversigten`,
  "staff-total-mismatch": (column: "prior" | "actual", stated: string, derived: string) =>
    `personaleoversigten, ${column === "prior" ? "året før" : "året"}: i alt er oplyst til ${stated} årsværk, men rækkerne giver ${derived}: ` +
    `ret i alt eller rækkerne, eller fjern i alt for at vise rækkernes sum`,
};
