// The statements part of the report model: one section per statement, in the order the report prints them —
// the key figures first, then the regnskabsopgørelse, the finansieringsoversigt and the balance. A new statement
// (issue 12: overførsler, anlægsregnskaber, …) adds its section here.
import type { StatementFigures } from "./index.js";
import { balanceSection } from "./balance.js";
import { financingSection } from "./financing.js";
import { keyFiguresSection } from "./key-figures.js";
import { resultSection } from "./result.js";
import type { StatementsModel } from "./sections.js";

export function statementsModel(st: StatementFigures, year: number): StatementsModel {
  const sign = st.statements.sign;
  return {
    anchor: "aarsregnskab",
    title: `Årsregnskab ${year}`,
    year,
    sign,
    sections: [
      keyFiguresSection(st.keyFigures, year),
      resultSection(st.result, year, sign),
      financingSection(st.financing, year, sign),
      ...(st.balance ? [balanceSection(st.balance, year)] : []),
    ],
  };
}
