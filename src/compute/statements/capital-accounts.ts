// Anlægsregnskaber (statements.md §7): a closed project whose gross spending or gross income reaches the
// threshold (practice: 2 mio. kr., inclusive, either) has its own account — the appropriation over all years,
// spending and income per year and in total, the deviation (AR-1: regnskab − bevilling, gross and net) and an
// explanation when the deviation is material; the others are listed together. A project's spending this year
// is its actual in Tabel 3, so the accounts' year column over all projects is the regnskabsopgørelse's anlæg (AR-2).
import { Decimal } from "../../core/money.js";
import type { Pos } from "../../core/problem.js";
import type { Unit } from "../../core/units.js";
import type { CapitalAccount, CapitalAccountSettings } from "../../model/overviews.js";
import type { CapitalProject, Committee } from "../../model/types.js";
import { t as texts } from "../../messages/index.js";
import { derive, total } from "../arithmetic.js";

const ZERO = new Decimal(0);

/** Gross spending (+), gross income (−) and their net, in kroner. */
export interface Gross {
  spending: Decimal;
  income: Decimal;
  net: Decimal;
}

export interface ProjectAccount {
  committee: Committee;
  project: CapitalProject;
  account: CapitalAccount;
  appropriation: Gross;
  years: (Gross & { year: number })[];
  total: Gross;
  /** AR-1: total − appropriation, gross and net (+ = merforbrug). */
  deviation: Gross;
  material: boolean;
}

/** A closed project below the threshold: listed together, with this year's figures. */
export interface SmallProject {
  committee: Committee;
  project: CapitalProject;
}

export type AccountFinding =
  | { kind: "missing"; at: Pos; project: CapitalProject; gross: Decimal; threshold: Decimal; inclusive: boolean }
  | { kind: "this-year"; at: Pos; unit: Unit; project: CapitalProject; year: number; account: Decimal; actual: Decimal }
  | { kind: "explanation"; at: Pos; unit: Unit; project: CapitalProject; deviation: Decimal }
  | { kind: "open"; at: Pos; project: CapitalProject };

export interface CapitalAccountsStatement {
  settings: CapitalAccountSettings;
  accounts: ProjectAccount[];
  small: SmallProject[];
  /** Σ this year's actual over every project (AR-2: the regnskabsopgørelse's anlæg, jordforsyning's and forsyning's included). */
  thisYear: Decimal;
  findings: AccountFinding[];
}

export function computeCapitalAccounts(committees: Committee[], settings: CapitalAccountSettings, year: number): CapitalAccountsStatement {
  const accounts: ProjectAccount[] = [];
  const small: SmallProject[] = [];
  const findings: AccountFinding[] = [];
  for (const committee of committees) {
    for (const project of committee.capital) {
      if (project.unreliable) continue;
      const account = project.account;
      if (!project.closed) {
        if (account) findings.push({ kind: "open", at: account.at, project });
        continue;
      }
      const made = account && accountOf(committee, project, account, settings);
      const gross = made ? grossOfAccount(made, settings) : grossThisYear(project, settings);
      if (!reaches(gross, settings)) {
        small.push({ committee, project });
        continue;
      }
      if (!made) {
        findings.push({ kind: "missing", at: project.at, project, gross, threshold: settings.threshold, inclusive: settings.inclusive });
        continue;
      }
      accounts.push(made);
      findings.push(...accountFindings(made, year));
    }
  }
  const thisYear = committees.flatMap((c) => c.capital).reduce((acc, p) => acc.plus(p.actual ?? ZERO), ZERO);
  return { settings, accounts, small, thisYear, findings };
}

function accountOf(committee: Committee, project: CapitalProject, account: CapitalAccount, settings: CapitalAccountSettings): ProjectAccount {
  // Every figure the account prints says where it comes from: written in the account, or derived from those.
  const w = texts().audit.parts.accounts;
  const whole = w.account(project.id);
  const given = (value: Decimal | undefined, at: Pos): Decimal => value ?? derive(new Decimal(0), 0, `${w.notGiven} · ${whole}`, "other", at);
  const gross = (spending: Decimal, income: Decimal, at: Pos): Gross => ({ spending, income, net: derive(spending.plus(income), 2, `${w.net} · ${whole}`, "sum", at) });
  const appropriation = gross(given(account.appropriation.spending, account.at), given(account.appropriation.income, account.at), account.at);
  const years = [...account.years].sort((a, b) => a.year - b.year).map((y) => ({ year: y.year, ...gross(given(y.spending, y.at), given(y.income, y.at), y.at) }));
  const summed = (get: (g: Gross) => Decimal): Decimal => total(years.map(get), `${w.years} · ${whole}`, account.at);
  const outcome = gross(summed((y) => y.spending), summed((y) => y.income), account.at);
  const deviated = (get: (g: Gross) => Decimal): Decimal => derive(get(outcome).minus(get(appropriation)), 2, `${w.deviation} · ${whole}`, "difference", account.at);
  const deviation = { spending: deviated((g) => g.spending), income: deviated((g) => g.income), net: deviated((g) => g.net) };
  const amount = deviation.net.abs();
  const share = appropriation.net.isZero() ? undefined : amount.dividedBy(appropriation.net.abs()).times(100);
  const material = amount.greaterThanOrEqualTo(settings.materialAmount) || (share !== undefined && share.greaterThanOrEqualTo(settings.materialPercent));
  return { committee, project, account, appropriation, years, total: outcome, deviation, material: material && !amount.isZero() };
}

/** What the threshold is tested on, from the account: the larger of appropriation and outcome. */
function grossOfAccount(a: ProjectAccount, settings: CapitalAccountSettings): Decimal {
  const spending = Decimal.max(a.appropriation.spending, a.total.spending);
  const income = Decimal.max(a.appropriation.income.abs(), a.total.income.abs());
  return basisOf(spending, income, settings);
}

/** Without an account only this year's figures are known: the largest positive (spending) and negative (income). */
function grossThisYear(p: CapitalProject, settings: CapitalAccountSettings): Decimal {
  const figures = [p.budget, p.adjusted, p.actual].filter((v): v is Decimal => v !== undefined);
  const spending = figures.reduce((acc, v) => Decimal.max(acc, v), ZERO);
  const income = figures.reduce((acc, v) => Decimal.max(acc, v.negated()), ZERO);
  return basisOf(spending, income, settings);
}

function basisOf(spending: Decimal, income: Decimal, settings: CapitalAccountSettings): Decimal {
  return settings.basis === "spending" ? spending : settings.basis === "income" ? income : Decimal.max(spending, income);
}

function reaches(gross: Decimal, settings: CapitalAccountSettings): boolean {
  return settings.inclusive ? gross.greaterThanOrEqualTo(settings.threshold) : gross.greaterThan(settings.threshold);
}

function accountFindings(a: ProjectAccount, year: number): AccountFinding[] {
  const out: AccountFinding[] = [];
  const unit = a.committee.unit;
  const row = a.account.years.find((y) => y.year === year);
  const net = a.years.find((y) => y.year === year)?.net ?? ZERO;
  const actual = a.project.actual ?? ZERO;
  if (!net.equals(actual)) out.push({ kind: "this-year", at: row?.at ?? a.account.at, unit, project: a.project, year, account: net, actual });
  if (a.material && !a.account.explanation) out.push({ kind: "explanation", at: a.account.at, unit, project: a.project, deviation: a.deviation.net });
  return out;
}
