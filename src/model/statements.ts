// The statements of the annual accounts (årsregnskabet): what `statements.yaml` holds, the figures no committee
// file can hold — the balance at both dates, the revaluations, the prior year's column, the key figures' inputs —
// and the rows an accounting system prints, stated to be checked against the derived ones (docs/data-format.md).
// Committee files add where each frame, line and project belongs (`area`) and each financing item's `kind`.
// Money is in kroner; every figure keeps its position, so that a check can point at it.
import type { Decimal, Money } from "../core/money.js";
import type { Pos } from "../core/problem.js";
import type { Unit } from "../core/units.js";
import type { Declared } from "./declared.js";
import type { OverviewsData } from "./overviews.js";

/** Where a frame, line or capital project belongs in the regnskabsopgørelse. */
export const AREAS = ["tax", "supply", "land"] as const;
/** tax: skattefinansieret (the default); supply: forsyningsvirksomhed (HK 1); land: jordforsyning (0.22). */
export type Area = (typeof AREAS)[number];

/** What a financing item is, for the regnskabsopgørelse and the finansieringsoversigt. */
export const FINANCING_KINDS = ["taxes", "grants", "interest", "loans", "repayments", "balance-shifts", "cash"] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

/** How the regnskabsopgørelse and the finansieringsoversigt print signs: udgift (+ udgift) or reversed. */
export type StatementSign = "udgift" | "reversed";

/** The columns of the regnskabsopgørelse and the finansieringsoversigt (variance = actual − adjusted). */
export const STATEMENT_COLUMNS = ["prior", "adopted", "adjusted", "actual", "variance"] as const;
export type StatementColumn = (typeof STATEMENT_COLUMNS)[number];

/** A statement row's figures as statements.yaml gives them: each one stated (checked) or, for a base row's prior year, data. */
export type StatedRow = Partial<Record<StatementColumn, Declared>>;

/** The rows of the regnskabsopgørelse (statements.md §3), in order. */
export const RESULT_ROWS = [
  "taxes",
  "grants",
  "revenue",
  "operations",
  "interest",
  "ordinary_result",
  "capital",
  "land",
  "tax_result",
  "supply_operations",
  "supply_capital",
  "supply_result",
  "result",
] as const;
export type ResultRow = (typeof RESULT_ROWS)[number];

/** The rows of the finansieringsoversigt (statements.md §4), in order; `cash` is the change in liquid assets. */
export const FINANCING_ROWS = ["result", "loans", "repayments", "balance_shifts", "cash"] as const;
export type FinancingRow = (typeof FINANCING_ROWS)[number];

/** The balance's rows that are written (the subtotals are summed), by side (statements.md §5). */
export const BALANCE_ASSETS = [
  "tangible_fixed_assets",
  "intangible_fixed_assets",
  "financial_fixed_assets",
  "inventories",
  "assets_for_sale",
  "receivables",
  "securities",
  "liquid_assets",
] as const;
export const BALANCE_LIABILITIES = ["equity", "provisions", "long_term_debt", "deposits", "short_term_debt"] as const;
export type BalanceRow = (typeof BALANCE_ASSETS)[number] | (typeof BALANCE_LIABILITIES)[number];
/** The balance's subtotals: anlægsaktiver, omsætningsaktiver, aktiver, gældsforpligtelser, passiver i alt. */
export const BALANCE_TOTALS = ["fixed_assets", "current_assets", "assets", "debt", "liabilities"] as const;
export type BalanceTotal = (typeof BALANCE_TOTALS)[number];

/** The balance's two dates: 31 December of the year before (start) and of the year (end). */
export const BALANCE_DATES = ["start", "end"] as const;
export type BalanceDate = (typeof BALANCE_DATES)[number];
export type DatedFigures = Partial<Record<BalanceDate, Declared>>;

/** A sub-row of a balance row (e.g. Bygninger under Materielle anlægsaktiver): the row is their sum. */
export interface BalancePart {
  name: string;
  start?: Money;
  end?: Money;
  at: Pos;
}

export interface BalanceRowData {
  /** The row's figures; with parts, stated (checked against the parts' sum). */
  figures: DatedFigures;
  parts: BalancePart[];
  at: Pos;
}

export interface BalanceData {
  rows: Partial<Record<BalanceRow, BalanceRowData>>;
  /** Subtotals as the accounting system prints them: checked against the sums. */
  stated: Partial<Record<BalanceTotal, DatedFigures>>;
  /** Of the long-term debt, the part that is ældreboliger (heraf ældreboliger). */
  elderlyHousing: DatedFigures;
  /** Urealiserede kursreguleringer of the liquid assets in the year (+ = worth more); FO-4, BA-3. */
  liquidRevaluation?: Declared;
  /** Kurs- and indeksreguleringer and other non-cash changes of the long-term debt (+ = more debt); BA-4. */
  debtRegulation?: Declared;
  /** A figure of the balance could not be read: its figures are unknown, as the result's are. */
  unreliable?: boolean;
  at: Pos;
}

/** The divisor of per-citizen key figures: which of the municipality file's population counts. */
export const CITIZEN_BASES = ["start_of_year", "end_of_year", "liquidity_basis"] as const;
export type CitizenBasis = (typeof CITIZEN_BASES)[number];

/** Tax rates of the key figures: percent (income, church) or per mille (land, service taxes). */
export const TAX_RATES = ["income_tax", "church_tax", "land_tax", "service_tax_business", "service_tax_public"] as const;
export type TaxRate = (typeof TAX_RATES)[number];

export interface KeyFiguresData {
  citizens: CitizenBasis;
  /** Average liquidity after the kassekreditregel in the year, as stated (else from the strategy's daily balances). */
  liquidity?: Declared;
  /** As written, with the decimals it is written with (at least one). */
  taxRates: Partial<Record<TaxRate, { value: Decimal; decimals: number; at: Pos }>>;
}

export interface Statements {
  /** The data file, relative to DATA_DIR. */
  file: string;
  unit: Unit;
  sign: StatementSign;
  /**
   * `unreliable`: a figure of the part could not be read (its error is reported). Its figures are then unknown
   * (compute/arithmetic.ts), so that no identity is judged on a figure that is missing only because it is unreadable.
   */
  result: { rows: Partial<Record<ResultRow, StatedRow>>; unreliable?: boolean };
  /** `checkAdjusted`: the zero sum is asserted on the adjusted budget too (real data often leaves its cash line). */
  financing: { rows: Partial<Record<FinancingRow, StatedRow>>; checkAdjusted: boolean; unreliable?: boolean };
  /** Absent when the file gives no balance. */
  balance?: BalanceData;
  keyFigures: KeyFiguresData;
  /** Overførsler, anlægsregnskaber, personaleoversigt, garantier, regnskabspraksis (model/overviews.ts). */
  overviews: OverviewsData;
  at: Pos;
}
