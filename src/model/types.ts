// The domain's types: what a validated data directory holds. Money is always a Decimal in kroner; the unit a
// file was written in is kept only so that messages and rounding tolerances speak the writer's unit.
import type { Money } from "../core/money.js";
import type { Pos } from "../core/problem.js";
import type { Unit } from "../core/units.js";
import type { Declared, DeclaredFigures } from "./declared.js";
import type { Area, FinancingKind, Statements } from "./statements.js";
import type { Strategy } from "./targets.js";

export type ServiceGroup = "inside" | "outside";
export const SERVICE_GROUPS: readonly ServiceGroup[] = ["inside", "outside"];

/** The four columns of Tabel 1: (1) adopted, (2) adjusted, (3) actual, (4) variance = (3) − (2). */
export const BUDGET_COLUMNS = ["adopted", "adjusted", "actual", "variance"] as const;
export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];

/** The columns of Tabel 3. */
export const CAPITAL_COLUMNS = ["budget", "adjusted", "actual", "transfer"] as const;
export type CapitalColumn = (typeof CAPITAL_COLUMNS)[number];

/** Budget figures as written: an absent key is "no figure" (a blank cell), distinct from 0. */
export interface BudgetFigures {
  adopted?: Money;
  adjusted?: Money;
  actual?: Money;
}

/** An indsatsområde: one plain row of Tabel 1. */
export interface Line extends BudgetFigures {
  name: string;
  service: ServiceGroup;
  /** Where it belongs in the regnskabsopgørelse: its own, else its frame's (absent: tax-financed). */
  area?: Area;
  variance?: Declared;
  at: Pos;
  /** Set while validating when the row's data has an error: no reconciliation rests on its figures. */
  unreliable?: boolean;
}

/** A bevillingsramme. */
export interface Frame {
  number: string;
  name: string;
  lines: Line[];
  totals: DeclaredFigures<BudgetColumn>;
  serviceTotals: Partial<Record<ServiceGroup, DeclaredFigures<BudgetColumn>>>;
  /** The default area of its lines (absent: tax-financed). */
  area?: Area;
  at: Pos;
}

/** A finansieringspost (financing frame), e.g. 70.82 Skatter. */
export interface FinancingItem extends BudgetFigures {
  number: string;
  name: string;
  /** What the item is in the statements; required only when the data has statements. */
  kind?: FinancingKind;
  /** Where each of its figures stands, for a check that doubts one (the statements' zero sum). */
  figuresAt: Partial<Record<keyof BudgetFigures, Pos>>;
  variance?: Declared;
  at: Pos;
  unreliable?: boolean;
}

export const INITIATIVE_STATUSES = ["completed", "in-progress", "delayed", "on-hold", "not-started"] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** One indsats of the budget agreement (Tabel 2). `nr` repeats across initiatives: it is not a key. */
export interface Initiative {
  nr: string;
  topic: string;
  description: string;
  status: InitiativeStatus;
  note?: string;
  at: Pos;
}

/** An anlægsprojekt (Tabel 3). `closed` (regnskabsaflagt) prints "R" instead of a transfer. */
export interface CapitalProject {
  id: string;
  name: string;
  budget?: Money;
  adjusted?: Money;
  actual?: Money;
  transfer?: Money;
  closed: boolean;
  /** Where it belongs in the regnskabsopgørelse (absent: tax-financed). */
  area?: Area;
  at: Pos;
  unreliable?: boolean;
}

/** Markdown text, already read from its file when the data referenced one. */
export interface MarkdownText {
  markdown: string;
  /** Where the text came from: the YAML position of an inline text, or the Markdown file. */
  at: Pos;
}

export const COMMITTEE_SECTIONS = ["intro", "report", "operations", "initiatives", "capital"] as const;
export type CommitteeSection = (typeof COMMITTEE_SECTIONS)[number];

export interface Committee {
  id: string;
  name: string;
  order: number;
  status: "draft" | "approved";
  unit: Unit;
  sections: Partial<Record<CommitteeSection, MarkdownText>>;
  frames: Frame[];
  totals: DeclaredFigures<BudgetColumn>;
  serviceTotals: Partial<Record<ServiceGroup, DeclaredFigures<BudgetColumn>>>;
  financing: FinancingItem[];
  financingTotals: DeclaredFigures<BudgetColumn>;
  initiatives: Initiative[];
  capital: CapitalProject[];
  capitalTotals: DeclaredFigures<CapitalColumn>;
  /** The data file, relative to DATA_DIR. */
  file: string;
  at: Pos;
}

export interface FrontSection {
  title: string;
  body: MarkdownText;
}

export interface Population {
  startOfYear?: number;
  endOfYear?: number;
  liquidityBasis?: number;
  /** Where each count is written (the audit trail: a key figure prints it). */
  at?: Partial<Record<"startOfYear" | "endOfYear" | "liquidityBasis", Pos>>;
}

export interface Municipality {
  name: string;
  year: number;
  unit: Unit;
  title: string;
  population: Population;
  sections: FrontSection[];
  /** The economic strategy's targets (økonomisk strategi); absent when the file states none. */
  strategy?: Strategy;
  file: string;
}

/**
 * What a data directory holds as far as it could be read: the municipality (absent when its file could not be
 * read) and every committee file that could, in file order. The validate stage's checks run on this.
 */
export interface DataSet {
  municipality?: Municipality;
  committees: Committee[];
  /** statements.yaml, when the data directory has one (and it could be read). */
  statements?: Statements;
}

/** Everything a valid data directory holds, committees in report order. */
export interface ReportData {
  municipality: Municipality;
  committees: Committee[];
  statements?: Statements;
}
