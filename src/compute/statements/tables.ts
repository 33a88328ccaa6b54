// What the statements' tables share: the columns of the regnskabsopgørelse and the finansieringsoversigt, the
// sign they are printed in (udgift, or reversed where the municipality prints the reverse), and the legend
// under each table that says which.
import type { StatementSign } from "../../model/statements.js";
import { STATEMENT_COLUMNS } from "../../model/statements.js";
import type { Cell } from "../tables.js";
import { sameSource } from "../../core/source.js";
import type { RowFigures } from "./figures.js";

/** Regnskab <year−1> · Oprindeligt budget · Korrigeret budget · Regnskab · Afvigelse (R − KB). */
export function statementColumnHeads(year: number): string[] {
  return [`Regnskab ${year - 1}`, `Oprindeligt budget ${year}`, `Korrigeret budget ${year}`, `Regnskab ${year}`, "Afvigelse (R − KB)"];
}

/** A row's cells as printed: in udgift sign, or turned for a municipality that prints the reverse. */
export function statementCells(r: RowFigures, sign: StatementSign): Cell[] {
  return STATEMENT_COLUMNS.map((c) => {
    const v = r[c].value;
    return sign === "reversed" ? sameSource(v?.negated(), v) : v;
  });
}

/** The blank cells of a heading row. */
export function blankCells(count: number): Cell[] {
  return Array.from({ length: count }, () => undefined);
}

/** "+ = udgift, − = indtægt", or the reverse. */
export function signLegend(sign: StatementSign): string {
  return sign === "reversed" ? "− = udgift, + = indtægt." : "+ = udgift, − = indtægt.";
}
