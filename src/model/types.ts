// The domain's types: what a validated data directory holds. Money is always a Decimal in kroner; the unit a
// file was written in is kept only so that messages and rounding tolerances speak the writer's unit.
import type { Money } from "../core/money.js";
import type { Pos } from "../core/problem.js";
import type { DisplayUnit, Unit } from "../core/units.js";
import type { Declared, DeclaredFigures } from "./declared.js";
import type { CapitalAccount, CarryOverRule, FrameCarryOver } from "./overviews.js";
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

/**
 * Figures some reports print besides the annual four: the prior year's actual (Regnskab året før, Tabel 1 and
 * the summaries), and a budget follow-up's forventet regnskab and forbrug pr. dato. Each can be declared in
 * totals like the four, and is reconciled the same way.
 */
export const EXTRA_BUDGET_COLUMNS = ["prior", "expected", "spent"] as const;
export type ExtraBudgetColumn = (typeof EXTRA_BUDGET_COLUMNS)[number];
export type BudgetTotalColumn = BudgetColumn | ExtraBudgetColumn;
export const BUDGET_TOTAL_COLUMNS: readonly BudgetTotalColumn[] = [...BUDGET_COLUMNS, ...EXTRA_BUDGET_COLUMNS];

/** A follow-up's figures of a capital project, besides the four of Tabel 3. */
export const EXTRA_CAPITAL_COLUMNS = ["expected", "spent"] as const;
export type CapitalTotalColumn = CapitalColumn | (typeof EXTRA_CAPITAL_COLUMNS)[number];
export const CAPITAL_TOTAL_COLUMNS: readonly CapitalTotalColumn[] = [...CAPITAL_COLUMNS, ...EXTRA_CAPITAL_COLUMNS];

/** The YAML key of a column where it differs from the column's name. */
export const COLUMN_KEY: Partial<Record<BudgetTotalColumn | CapitalTotalColumn, string>> = { prior: "prior_actual" };

/** Budget figures as written: an absent key is "no figure" (a blank cell), distinct from 0. */
export interface BudgetFigures {
  adopted?: Money;
  adjusted?: Money;
  actual?: Money;
  /** Regnskab året før (`prior_actual`). */
  prior?: Money;
  /** Forventet regnskab (a budget follow-up's column (3)). */
  expected?: Money;
  /** Forbrug pr. the follow-up's date. */
  spent?: Money;
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
  totals: DeclaredFigures<BudgetTotalColumn>;
  serviceTotals: Partial<Record<ServiceGroup, DeclaredFigures<BudgetTotalColumn>>>;
  /** The default area of its lines (absent: tax-financed). */
  area?: Area;
  /** Its carry-over: rule, carried in, applied for, stated figures (used only with statements.yaml). */
  carryOver?: FrameCarryOver;
  /** A declared total or subtotal of the frame could not be read (its error is reported): its sums are not trusted upward. */
  unreliableTotals?: boolean;
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

/** What an initiative changes: drift (operations), anlæg (capital) or a hensigtserklæring (statement of intent). */
export const INITIATIVE_TYPES = ["operations", "capital", "intent"] as const;
export type InitiativeType = (typeof INITIATIVE_TYPES)[number];

/** An amount the budget agreement gives an initiative for one year. */
export interface YearAmount {
  year: number;
  amount: Money;
  at: Pos;
}

/** One indsats of the budget agreement (Tabel 2, the implementation plan). `nr` repeats: it is not a key. */
export interface Initiative {
  nr: string;
  topic: string;
  description: string;
  status: InitiativeStatus;
  note?: string;
  /** The plan's theme (tema); the plan groups by it. */
  theme?: string;
  type?: InitiativeType;
  /** When it is due, as the agreement says it: "2. kvartal 2025", "2025" or a date (2025-06-30). */
  deadline?: string;
  /** Amounts per year, in the year's order. */
  amounts: YearAmount[];
  /** The capital project that carries it (its id); its amount for the report year is checked against the project's budget. */
  project?: { id: string; at: Pos };
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
  /** Where the transfer is written, for a check that doubts it. */
  transferAt?: Pos;
  /** Forventet regnskab (a budget follow-up). */
  expected?: Money;
  /** Forbrug pr. the follow-up's date. */
  spent?: Money;
  closed: boolean;
  /** Where it belongs in the regnskabsopgørelse (absent: tax-financed). */
  area?: Area;
  /** Overført fra sidste år: carried in, a part of the adjusted budget. */
  carriedIn?: Money;
  /** Its anlægsregnskab, when it is closed (used only with statements.yaml). */
  account?: CapitalAccount;
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

/** The tables whose display unit the data can choose (`display:`): Tabel 1, financing, Tabel 3, the plan's amounts. */
export const TABLE_KINDS = ["operations", "financing", "capital", "initiatives"] as const;
export type TableKind = (typeof TABLE_KINDS)[number];
export type TableDisplay = Partial<Record<TableKind, DisplayUnit>>;

export interface Committee {
  id: string;
  name: string;
  order: number;
  status: "draft" | "approved";
  unit: Unit;
  sections: Partial<Record<CommitteeSection, MarkdownText>>;
  /** The texts of a budget follow-up (`follow_up_sections`); `sections` are the annual report's. */
  followUpSections: Partial<Record<CommitteeSection, MarkdownText>>;
  /** Display units of this committee's tables, over the report's. */
  display: TableDisplay;
  frames: Frame[];
  totals: DeclaredFigures<BudgetTotalColumn>;
  serviceTotals: Partial<Record<ServiceGroup, DeclaredFigures<BudgetTotalColumn>>>;
  financing: FinancingItem[];
  financingTotals: DeclaredFigures<BudgetTotalColumn>;
  initiatives: Initiative[];
  capital: CapitalProject[];
  /** The carry-over rule of its frames, overriding the municipality's (a frame may override it). */
  carryOverRule?: CarryOverRule;
  capitalTotals: DeclaredFigures<CapitalTotalColumn>;
  /** A declared total of the committee (totals, service_totals, financing_totals, capital_totals) could not be read. */
  unreliableTotals?: boolean;
  /** The data file, relative to DATA_DIR. */
  file: string;
  at: Pos;
}

export interface FrontSection {
  title: string;
  body: MarkdownText;
  /** Before the main results (the default) or after them. */
  placement: "before" | "after";
}

/** What a report is: the annual report, a budget follow-up (budgetopfølgning), the implementation plan (udmøntningsplan). */
export const REPORT_KINDS = ["annual", "follow-up", "plan"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** One report the data directory makes (`report:` or an item of `reports:` in the municipality file). */
export interface ReportSpec {
  kind: ReportKind;
  /** Names its output directory (out/<id>/) unless it is the main report, which publishes at the top (out/site, …). */
  id: string;
  main: boolean;
  title: string;
  /** A follow-up's date, ISO (2024-08-31): "Forbrug pr. 31.8.2024". */
  asOf?: string;
  /** A follow-up compares with this snapshot (made by `aarsrapport freeze NAME`). */
  compareWith?: { name: string; at: Pos };
  /** Tabel 2 lists the initiatives not completed (the default) or all of them. */
  initiatives: "outstanding" | "all";
  /** Display units of the report's tables; a committee's `display` wins for its own tables. */
  display: TableDisplay;
  /** The report's own front sections; absent: the annual report takes the municipality's, the others none. */
  sections?: FrontSection[];
  at: Pos;
}

/**
 * The figures of the committees as they were when `aarsrapport freeze NAME` kept them (snapshots/NAME/): a
 * follow-up compares its expected figures with them ("Ændring siden <label>").
 */
export interface Snapshot {
  name: string;
  /** How the report names it: "1. budgetopfølgning". */
  label: string;
  asOf?: string;
  committees: Committee[];
  /** The snapshot's description file, relative to DATA_DIR. */
  file: string;
}

export interface Population {
  startOfYear?: number;
  endOfYear?: number;
  liquidityBasis?: number;
  /** Where each count is written (the audit trail: a key figure prints it). */
  at?: Partial<Record<"startOfYear" | "endOfYear" | "liquidityBasis", Pos>>;
}

/** The licence the open data (CSV files, workbook, data package) are published under: a Data Package `licenses` entry. */
export interface DataLicense {
  /** An Open Definition / SPDX identifier, e.g. CC-BY-4.0. */
  name: string;
  title: string;
  /** Where the licence's text is: a URL. */
  path: string;
}

export interface Municipality {
  name: string;
  year: number;
  unit: Unit;
  /** The title of the main report (reports[0] is the main one). */
  title: string;
  /** The reports the data directory makes, the main one first (the annual report when there is one). */
  reports: ReportSpec[];
  population: Population;
  sections: FrontSection[];
  /** The economic strategy's targets (økonomisk strategi); absent when the file states none. */
  strategy?: Strategy;
  /** `data_license:`; absent: the default, CC BY 4.0 (compute/report.ts). */
  dataLicense?: DataLicense;
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
  /** The snapshots the reports compare with, as far as they could be read. */
  snapshots: Snapshot[];
}

/** Everything a valid data directory holds, committees in report order. */
export interface ReportData {
  municipality: Municipality;
  committees: Committee[];
  statements?: Statements;
  snapshots: Snapshot[];
}
