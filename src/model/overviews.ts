// The other overviews of the annual accounts (årsregnskabet, BRS 7.2; statements.md §6–§10): overførsler
// (carry-overs), anlægsregnskaber (accounts of closed capital projects), the personaleoversigt (staff), garantier,
// eventualrettigheder og -forpligtelser, and anvendt regnskabspraksis. What varies between municipalities is a
// setting in statements.yaml with a documented default (docs/data-format.md); the committee files say what
// belongs to one frame or project. Money is in kroner; every figure keeps its position.
import type { Decimal, Money } from "../core/money.js";
import type { Pos } from "../core/problem.js";
import type { Declared } from "./declared.js";

/**
 * Overførselsadgang: `cap` carries the difference up to a cap in % of the budget (both ways), `full` (100 %) and
 * `free` (fri overførselsadgang) carry all of it, `none` carries nothing (it goes back to the treasury).
 */
export const CARRY_OVER_RULES = ["cap", "full", "none", "free"] as const;
export type CarryOverRuleKind = (typeof CARRY_OVER_RULES)[number];

export interface CarryOverRule {
  kind: CarryOverRuleKind;
  /** The cap in % (only `cap`). */
  percent?: Decimal;
  /** Where the rule is written (absent: the built-in default). */
  at?: Pos;
}

/** The budget a cap is a percentage of: the adjusted budget (the default) or the adopted one. */
export type CapBase = "adjusted" | "adopted";

/** The municipality's carry-over settings (statements.yaml `carry_overs:`). */
export interface CarryOverSettings {
  rule: CarryOverRule;
  capBase: CapBase;
}

/** What a frame says of its carry-over (`carry_over:` on a frame). */
export interface FrameCarryOver {
  /** Its own rule, overriding the committee's and the municipality's. */
  rule?: CarryOverRule;
  /** Overført fra sidste år: carried in, a part of the adjusted budget (2). */
  carriedIn?: Money;
  /** Ansøgt (ekstraordinær) overførsel beyond the rule, approved by the council (+ = unspent money carried). */
  applied?: Money;
  /** As the accounting system states them: checked against the rule. */
  stated: Partial<Record<"automatic" | "carried" | "returned", Declared>>;
  at: Pos;
}

/** The threshold above which a closed project needs its own account is tested on gross spending, gross income or either. */
export type ThresholdBasis = "spending" | "income" | "either";

/** The anlægsregnskaber's settings (statements.yaml `capital_accounts:`). */
export interface CapitalAccountSettings {
  /** In kroner (default 2.000.000). */
  threshold: Decimal;
  /** Whether a project exactly at the threshold needs an account ("på eller over"; default true). */
  inclusive: boolean;
  basis: ThresholdBasis;
  /** A deviation is material — and needs an explanation — from this amount in kroner (default 500.000) … */
  materialAmount: Decimal;
  /** … or from this share of the net appropriation in % (default 10). */
  materialPercent: Decimal;
}

/** One year of a capital project's account: gross spending (+) and gross income (−), udgift sign. */
export interface AccountYear {
  year: number;
  spending?: Money;
  income?: Money;
  at: Pos;
}

/** A closed project's anlægsregnskab (`account:` on a capital project). */
export interface CapitalAccount {
  /** Ibrugtagningsdato, as written (YYYY-MM-DD). */
  takenIntoUse?: string;
  /** The anlægsbevilling over all years: gross spending (+) and gross income (−). */
  appropriation: { spending?: Money; income?: Money };
  years: AccountYear[];
  explanation?: string;
  at: Pos;
}

/** A row of the personaleoversigt: a committee (by id or name) or another area, in årsværk. */
export interface StaffRow {
  /** The committee as written (`committee:`), or absent for an area of its own (`name:`). */
  committee?: { ref: string; at: Pos };
  name?: string;
  prior?: Decimal;
  actual?: Decimal;
  at: Pos;
}

export interface StaffData {
  rows: StaffRow[];
  /** The total as stated: checked against the rows. */
  stated: Partial<Record<"prior" | "actual", { value: Decimal; at: Pos }>>;
  at: Pos;
}

/** The three lists that accompany the accounts (Kommunestyrelsesloven §45). */
export const GUARANTEE_GROUPS = ["guarantees", "contingent_assets", "contingent_liabilities"] as const;
export type GuaranteeGroup = (typeof GUARANTEE_GROUPS)[number];

export interface GuaranteeItem {
  /** Modtager/formål. */
  recipient: string;
  /** Långiver. */
  lender?: string;
  /** Garanti/restgæld at 31 December the year before and of the year: the municipality's share. */
  start?: Money;
  end?: Money;
  /** Kommunens andel in %. */
  share?: Decimal;
  note?: string;
  at: Pos;
}

/** What statements.yaml holds for the other overviews. */
export interface OverviewsData {
  carryOvers: CarryOverSettings;
  capitalAccounts: CapitalAccountSettings;
  staff?: StaffData;
  guarantees: Partial<Record<GuaranteeGroup, GuaranteeItem[]>>;
  /** Anvendt regnskabspraksis: Markdown. */
  accountingPolicies?: { markdown: string; at: Pos };
}
