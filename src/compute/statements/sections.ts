// The statements as the report shows them: one section per statement, each with its own page on the website,
// its partial (templates/partials/statement-<name>.hbs), its table — and the figures its sentences need, whose
// words (overskud/underskud, steg/faldt) the templates derive from the sign.
import type { Decimal } from "../../core/money.js";
import type { Unit } from "../../core/units.js";
import type { StatementSign } from "../../model/statements.js";
import type { AmountTable } from "../tables.js";

/** A table of key figures: each row in its own unit (a count, a rate, money), for the year before and the year. */
export interface MeasureTable {
  anchor: string;
  caption: string;
  stub: string;
  /** The year columns' heads. */
  columns: string[];
  rows: MeasureRow[];
  note?: string;
}

export interface MeasureRow {
  label: string;
  /** As printed in the unit column: "antal", "%", "promille", "1.000 kr.", "kr." (the font has no ‰). */
  unit: string;
  /** Money is held in kroner and shown in this unit; a count or a rate is shown as it is. */
  money?: Unit;
  decimals: number;
  cells: (Decimal | undefined)[];
}

interface SectionBase {
  /** The anchor of the section and its table's file names: <id>.html, csv/<id>.csv. */
  id: string;
  year: number;
  /** The heading: "Regnskabsopgørelse". */
  title: string;
  /** The partial that lays it out. */
  partial: string;
}

export interface KeyFiguresSection extends SectionBase {
  kind: "key-figures";
  table: MeasureTable;
}

export interface ResultSection extends SectionBase {
  kind: "result";
  table: AmountTable;
  /** In udgift sign (the words come from the sign): the result of ordinary operations and the result i alt. */
  ordinaryResult?: Decimal;
  result?: Decimal;
  /** Driftsudgifter, R − KB. */
  operationsVariance?: Decimal;
}

export interface FinancingSection extends SectionBase {
  kind: "financing";
  table: AmountTable;
  /** The change in liquid assets in the year (+ = more cash). */
  cashChange?: Decimal;
}

export interface BalanceSection extends SectionBase {
  kind: "balance";
  table: AmountTable;
  /** The balance dates as printed: "31.12.2023", "31.12.2024". */
  start: string;
  end: string;
  equityChange?: Decimal;
  liquidChange?: Decimal;
}

export type StatementSection = KeyFiguresSection | ResultSection | FinancingSection | BalanceSection;

export interface StatementsModel {
  /** The part's anchor in the whole report. */
  anchor: string;
  /** "Årsregnskab 2024". */
  title: string;
  year: number;
  sign: StatementSign;
  sections: StatementSection[];
}
