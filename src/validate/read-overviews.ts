// Reads what the other overviews need (model/overviews.ts): in statements.yaml the settings of the carry-overs and
// the anlægsregnskaber, the personaleoversigt, the guarantees and the accounting policies; in a committee file the
// carry-over rule of the committee or a frame, a frame's carry-over figures, a project's carried-in amount and its
// account. The schema has checked the structure; what crosses files is checked by the checks.
import type { YAMLMap } from "yaml";
import { Decimal } from "../core/money.js";
import { withSource } from "../core/source.js";
import type { FileReader } from "../load/reader.js";
import { asScalar } from "../load/yaml-nodes.js";
import {
  CARRY_OVER_RULES,
  GUARANTEE_GROUPS,
  type CapitalAccount,
  type CapitalAccountSettings,
  type CarryOverRule,
  type CarryOverRuleKind,
  type CarryOverSettings,
  type FrameCarryOver,
  type GuaranteeItem,
  type OverviewsData,
  type StaffData,
  type StaffRow,
} from "../model/overviews.js";

/** The defaults of statements.md §6–§7 (practice — configurable): a 5 % cap of the adjusted budget; 2 mio. kr. inclusive. */
const DEFAULT_RULE: CarryOverRule = { kind: "cap", percent: new Decimal(5) };
const DEFAULT_ACCOUNTS: CapitalAccountSettings = {
  threshold: new Decimal(2_000_000),
  inclusive: true,
  basis: "either",
  materialAmount: new Decimal(500_000),
  materialPercent: new Decimal(10),
};

/** statements.yaml's overviews. */
export function readOverviews(r: FileReader, root: YAMLMap | undefined): OverviewsData {
  const staff = r.map(r.field(root, "staff"));
  const policies = r.markdown(root, "accounting_policies");
  return {
    carryOvers: readCarryOverSettings(r, r.map(r.field(root, "carry_overs"))),
    capitalAccounts: readAccountSettings(r, r.map(r.field(root, "capital_accounts"))),
    ...(staff && { staff: readStaff(r, staff) }),
    guarantees: Object.fromEntries(GUARANTEE_GROUPS.filter((g) => r.field(root, g) !== undefined).map((g) => [g, r.items(root, g).map((m) => readGuarantee(r, m))])),
    ...(policies && { accountingPolicies: policies }),
  };
}

function readCarryOverSettings(r: FileReader, m: YAMLMap | undefined): CarryOverSettings {
  return { rule: readRule(r, m) ?? DEFAULT_RULE, capBase: r.string(m, "cap_base") === "adopted" ? "adopted" : "adjusted" };
}

/** `rule:` (and `percent:` for a cap) of a `carry_over(s):` map; absent when the map states no rule. */
export function readRule(r: FileReader, m: YAMLMap | undefined): CarryOverRule | undefined {
  const kind = r.string(m, "rule");
  if (!(CARRY_OVER_RULES as readonly string[]).includes(kind ?? "")) return undefined;
  const percent = decimalOf(r, m, "percent");
  return { kind: kind as CarryOverRuleKind, ...(kind === "cap" && { percent: percent ?? new Decimal(5) }), at: r.valuePos(m, "rule") };
}

function readAccountSettings(r: FileReader, m: YAMLMap | undefined): CapitalAccountSettings {
  const basis = r.string(m, "basis");
  const threshold = decimalOf(r, m, "threshold_kr");
  const amount = decimalOf(r, m, "material_kr");
  const percent = decimalOf(r, m, "material_percent");
  return {
    threshold: threshold ?? DEFAULT_ACCOUNTS.threshold,
    inclusive: r.boolean(m, "inclusive") ?? DEFAULT_ACCOUNTS.inclusive,
    basis: basis === "spending" || basis === "income" ? basis : DEFAULT_ACCOUNTS.basis,
    materialAmount: amount ?? DEFAULT_ACCOUNTS.materialAmount,
    materialPercent: percent ?? DEFAULT_ACCOUNTS.materialPercent,
  };
}

function readStaff(r: FileReader, m: YAMLMap): StaffData {
  const rows = r.items(m, "rows").map((row): StaffRow => {
    const committee = r.string(row, "committee");
    const name = r.string(row, "name");
    const prior = decimalOf(r, row, "prior_year");
    const actual = decimalOf(r, row, "actual");
    return {
      ...(committee !== undefined && { committee: { ref: committee, at: r.valuePos(row, "committee") } }),
      ...(name !== undefined && { name }),
      ...(prior && { prior }),
      ...(actual && { actual }),
      at: r.pos(row),
    };
  });
  const total = r.map(r.field(m, "total"));
  const stated: StaffData["stated"] = {};
  for (const [key, column] of [["prior_year", "prior"], ["actual", "actual"]] as const) {
    const value = decimalOf(r, total, key);
    if (value) stated[column] = { value, at: r.valuePos(total, key) };
  }
  return { rows, stated, at: r.pos(m) };
}

function readGuarantee(r: FileReader, m: YAMLMap): GuaranteeItem {
  const lender = r.string(m, "lender");
  const share = decimalOf(r, m, "share");
  const note = r.string(m, "note");
  return {
    recipient: r.string(m, "recipient") ?? "",
    ...(lender !== undefined && { lender }),
    start: r.amount(m, "start"),
    end: r.amount(m, "end"),
    ...(share && { share }),
    ...(note !== undefined && { note }),
    at: r.pos(m),
  };
}

/** A frame's `carry_over:`; absent when the frame has none. */
export function readFrameCarryOver(r: FileReader, frame: YAMLMap): FrameCarryOver | undefined {
  const m = r.map(r.field(frame, "carry_over"));
  if (!m) return undefined;
  const rule = readRule(r, m);
  const stated: FrameCarryOver["stated"] = {};
  for (const key of ["automatic", "carried", "returned"] as const) {
    const d = r.declared(m, key);
    if (d) stated[key] = d;
  }
  return {
    ...(rule && { rule }),
    carriedIn: r.amount(m, "carried_in"),
    applied: r.amount(m, "applied"),
    stated,
    at: r.pos(m),
  };
}

/** A project's `account:`; absent when it has none. */
export function readAccount(r: FileReader, project: YAMLMap): CapitalAccount | undefined {
  const m = r.map(r.field(project, "account"));
  if (!m) return undefined;
  const appropriation = r.map(r.field(m, "appropriation"));
  const taken = r.string(m, "taken_into_use");
  const explanation = r.string(m, "explanation");
  return {
    ...(taken !== undefined && { takenIntoUse: taken }),
    appropriation: { spending: r.amount(appropriation, "spending"), income: r.amount(appropriation, "income") },
    years: r.items(m, "years").map((y) => ({ year: r.year(y, "year") ?? 0, spending: r.amount(y, "spending"), income: r.amount(y, "income"), at: r.pos(y) })),
    ...(explanation !== undefined && explanation.trim() !== "" && { explanation: explanation.trim() }),
    at: r.keyPos(project, "account"),
  };
}

/**
 * A decimal as written: a YAML number (530.5) or a Danish decimal string ("530,5"); another form reads as absent
 * (the schema reports it). Årsværk, percentages and thresholds are not amounts in the file's unit.
 */
function decimalOf(r: FileReader, m: YAMLMap | undefined, key: string): Decimal | undefined {
  const scalar = asScalar(r.source, r.field(m, key));
  const text = typeof scalar?.value === "number" ? String(scalar.value) : typeof scalar?.value === "string" ? scalar.value.replace(/\./g, "").replace(",", ".") : "";
  // Each decimal read knows where it is written (the audit trail), as an amount does.
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? withSource(new Decimal(text.trim()), { kind: "data", at: r.valuePos(m, key) }) : undefined;
}
