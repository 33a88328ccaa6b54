// The other overviews as the report shows them, each a section of Årsregnskabet with its own page and partial
// (templates/partials/statement-<kind>.hbs): overførsler, anlægsregnskaber, anvendt regnskabspraksis,
// garantier og eventualforpligtelser, personaleoversigt. Figures are finished here; templates only lay out.
import { Decimal } from "../../core/money.js";
import type { Pos } from "../../core/problem.js";
import { formatMio, TKR } from "../../format/danish.js";
import type { CarryOverRule, GuaranteeGroup } from "../../model/overviews.js";
import { t as texts } from "../../messages/index.js";
import { derive, total } from "../arithmetic.js";
import type { AmountTable, Cell, TableRow } from "../tables.js";
import type { CapitalAccountsStatement, Gross, ProjectAccount } from "./capital-accounts.js";
import type { CapitalCarry, CarryOverStatement, CarryTotals, FrameCarry } from "./carry-overs.js";
import type { GuaranteeList, OverviewFigures, StaffLine, StaffStatement } from "./overviews.js";

interface Base {
  id: string;
  year: number;
  title: string;
  partial: string;
}

export interface CarryOversSection extends Base {
  kind: "carry-overs";
  operations: AmountTable;
  capital?: AmountTable;
  /** For the sentences: what operations carry (+ unspent) and give back, what capital carries and lets lapse. */
  carried: Decimal;
  returned: Decimal;
  capitalTransfer?: Decimal;
  capitalLapsed?: Decimal;
}

export interface AccountView {
  table: AmountTable;
  committee: string;
  /** "1.8.2024" */
  takenIntoUse?: string;
  explanation?: string;
  /** The net deviation (+ merforbrug). */
  deviation: Decimal;
}

export interface CapitalAccountsSection extends Base {
  kind: "capital-accounts";
  /** Every account in one table, net (csv/anlaegsregnskaber.csv); absent without accounts. */
  summary?: AmountTable;
  accounts: AccountView[];
  small?: AmountTable;
  /** "2 mio. kr." and whether a project exactly at it counts ("på eller over" / "over"). */
  threshold: string;
  inclusive: boolean;
  /** Σ this year's actual of every project (AR-2). */
  thisYear: Decimal;
}

export interface PoliciesSection extends Base {
  kind: "policies";
  text: { markdown: string; at: Pos };
}

export interface GuaranteesSection extends Base {
  kind: "guarantees";
  lists: AmountTable[];
}

export interface StaffSection extends Base {
  kind: "staff";
  table: AmountTable;
  total: StaffLine;
}

export type OverviewSection = CarryOversSection | CapitalAccountsSection | PoliciesSection | GuaranteesSection | StaffSection;

/** Overførsler and anlægsregnskaber (parts c and f of BRS 7.2), in the udgiftsregnskab's order. */
export function spendingOverviews(o: OverviewFigures, year: number): OverviewSection[] {
  return [carryOversSection(o.carryOvers, year), ...(o.capitalAccounts.accounts.length + o.capitalAccounts.small.length > 0 ? [capitalAccountsSection(o.capitalAccounts, year)] : [])];
}

/** Anvendt regnskabspraksis (part g), before the balance. */
export function policiesOverview(o: OverviewFigures, year: number): OverviewSection[] {
  return o.policies ? [{ kind: "policies", id: "regnskabspraksis", year, title: "Anvendt regnskabspraksis", partial: "statement-policies", text: o.policies }] : [];
}

/** Garantier (part i) and the personaleoversigt (part j), after the balance. */
export function closingOverviews(o: OverviewFigures, year: number): OverviewSection[] {
  return [...(o.guarantees.length > 0 ? [guaranteesSection(o.guarantees, year)] : []), ...(o.staff ? [staffSection(o.staff, year)] : [])];
}

const RULE_WORDS: Record<CarryOverRule["kind"], (r: CarryOverRule) => string> = {
  cap: (r) => `±${r.percent?.toString().replace(".", ",") ?? "5"} %`,
  full: () => "100 %",
  none: () => "Ingen",
  free: () => "Fri",
};

function ruleText(rule: CarryOverRule): string {
  return RULE_WORDS[rule.kind](rule);
}

function carryOversSection(st: CarryOverStatement, year: number): CarryOversSection {
  const cells = (t: CarryTotals | FrameCarry, rule: string | undefined): Cell[] => [
    t.adjusted,
    t.carriedIn,
    t.actual,
    t.variance,
    rule,
    t.automatic,
    t.applied,
    t.carried,
    t.returned,
  ];
  const rows: TableRow[] = st.committees
    .filter((c) => c.frames.length > 0)
    .flatMap((c): TableRow[] => {
      const rules = [...new Set(c.frames.map((f) => ruleText(f.rule)))];
      const head: TableRow = { label: c.committee.name, style: c.frames.length > 1 ? "frame" : "item", cells: cells(c.totals, rules.length === 1 ? rules[0] : undefined) };
      if (c.frames.length === 1) return [head];
      return [head, ...c.frames.map((f): TableRow => ({ label: `${f.frame.number} ${f.frame.name}`, style: "line", cells: cells(f, ruleText(f.rule)) }))];
    });
  const operations: AmountTable = {
    anchor: "overfoersler",
    caption: `Oversigt over overførte driftsbevillinger ${year}`,
    stub: "Udvalg (1.000 kr.)",
    columns: [
      `Korrigeret budget ${year}`,
      `Heraf overført fra ${year - 1}`,
      `Regnskab ${year}`,
      "Afvigelse (R − KB)",
      "Overførselsadgang",
      "Automatisk overførsel",
      "Ansøgt overførsel",
      `Overført til ${year + 1} i alt`,
      "Ikke overført",
    ],
    unit: TKR,
    textColumns: [4],
    rows: [...rows, { label: "I alt", style: "total", cells: cells(st.totals, undefined) }],
    note:
      "Overførslerne gælder den skattefinansierede drift. Afvigelse: + er merforbrug, − er mindreforbrug. Overført: + er uforbrugte midler, " +
      "− er et merforbrug, der overføres. Ikke overført = korrigeret budget − regnskab − overført i alt: + tilbageføres kassen, − dækker kassen.",
  };
  const withCapital = st.committees.filter((c) => c.capital);
  const capitalCells = (c: CapitalCarry): Cell[] => [c.adjusted, c.carriedIn, c.actual, c.unspent, c.transfer, c.lapsed];
  const capital: AmountTable | undefined =
    withCapital.length > 0
      ? {
          anchor: "overfoersler-anlaeg",
          caption: `Overførsler på anlæg ${year}`,
          stub: "Udvalg (1.000 kr.)",
          columns: [`Korrigeret budget ${year}`, `Heraf overført fra ${year - 1}`, `Regnskab ${year}`, "Uforbrugt (KB − R)", `Overføres til ${year + 1}`, "Bortfalder"],
          unit: TKR,
          rows: [
            ...withCapital.map((c): TableRow => ({ label: c.committee.name, style: "item", cells: capitalCells(c.capital!) })),
            { label: "I alt", style: "total", cells: capitalCells(st.capital) },
          ],
          note: "Skattefinansierede anlægsprojekter. Overføres er projekternes forventede overførsler; et regnskabsaflagt projekt overfører intet.",
        }
      : undefined;
  return {
    kind: "carry-overs",
    id: "overfoersler",
    year,
    title: "Overførsler",
    partial: "statement-carry-overs",
    operations,
    ...(capital && { capital, capitalTransfer: st.capital.transfer, capitalLapsed: st.capital.lapsed }),
    carried: st.totals.carried,
    returned: st.totals.returned,
  };
}

function capitalAccountsSection(st: CapitalAccountsStatement, year: number): CapitalAccountsSection {
  const threshold = `${formatMio(st.settings.threshold)} mio. kr.`;
  const small: AmountTable | undefined =
    st.small.length > 0
      ? {
          anchor: "anlaegsregnskaber-oevrige",
          caption: `Øvrige afsluttede anlægsprojekter (under ${threshold})`,
          stub: "Projekt (1.000 kr.)",
          columns: [`Korrigeret budget ${year}`, `Regnskab ${year}`, "Afvigelse (R − KB)"],
          unit: TKR,
          rows: st.small.map(({ project }): TableRow => {
            const adjusted = project.adjusted;
            const actual = project.actual;
            const deviation =
              adjusted === undefined && actual === undefined
                ? undefined
                : derive((actual ?? new Decimal(0)).minus(adjusted ?? 0), [actual, adjusted].filter((v) => v !== undefined).length, `${texts().audit.parts.accounts.small} · ${project.id}`, "difference", project.at);
            return { label: `${project.id} ${project.name}`, style: "item", cells: [adjusted, actual, deviation] };
          }),
        }
      : undefined;
  const net = (a: ProjectAccount): Cell[] => [a.appropriation.spending, a.appropriation.income, a.total.spending, a.total.income, a.deviation.net];
  const summary: AmountTable | undefined =
    st.accounts.length > 0
      ? {
          anchor: "anlaegsregnskaber",
          caption: `Anlægsregnskaber aflagt med regnskabet for ${year}`,
          stub: "Projekt (1.000 kr.)",
          columns: ["Bevilling, udgifter", "Bevilling, indtægter", "Regnskab, udgifter", "Regnskab, indtægter", "Afvigelse, netto"],
          unit: TKR,
          rows: [
            ...st.accounts.map((a): TableRow => ({ label: `${a.project.id} ${a.project.name}`, style: "item", cells: net(a) })),
            { label: "I alt", style: "total", cells: [0, 1, 2, 3, 4].map((i) => total(st.accounts.map((a) => net(a)[i] as Decimal), texts().audit.parts.accounts.accounts)) },
          ],
          note: "Regnskab over alle år. Afvigelse = regnskab − bevilling: + er merforbrug, − er mindreforbrug.",
        }
      : undefined;
  return {
    kind: "capital-accounts",
    id: "anlaegsregnskaber",
    year,
    title: "Anlægsregnskaber",
    partial: "statement-capital-accounts",
    ...(summary && { summary }),
    accounts: st.accounts.map((a) => accountView(a)),
    ...(small && { small }),
    threshold,
    inclusive: st.settings.inclusive,
    thisYear: st.thisYear,
  };
}

function accountView(a: ProjectAccount): AccountView {
  const grossCells = (pick: (g: Gross) => Decimal): Cell[] => [pick(a.appropriation), ...a.years.map(pick), pick(a.total), pick(a.deviation)];
  const hasIncome = [a.appropriation, a.total, ...a.years].some((g) => !g.income.isZero());
  const rows: TableRow[] = [
    { label: "Udgifter", style: "item", cells: grossCells((g) => g.spending) },
    ...(hasIncome
      ? [
          { label: "Indtægter", style: "item" as const, cells: grossCells((g) => g.income) },
          { label: "Netto", style: "total" as const, cells: grossCells((g) => g.net) },
        ]
      : []),
  ];
  const taken = a.account.takenIntoUse && danishDate(a.account.takenIntoUse);
  return {
    table: {
      anchor: `anlaegsregnskab-${a.project.id.toLowerCase()}`,
      caption: `Anlægsregnskab ${a.project.id} ${a.project.name}`,
      stub: "Anlægsregnskab (1.000 kr.)",
      columns: ["Bevilling", ...a.years.map((y) => `Regnskab ${y.year}`), "Regnskab i alt", "Afvigelse"],
      unit: TKR,
      rows,
      note: "Afvigelse = regnskab − bevilling: + er merforbrug (mindreindtægt), − er mindreforbrug (merindtægt).",
    },
    committee: a.committee.name,
    ...(taken && { takenIntoUse: taken }),
    ...(a.account.explanation && { explanation: a.account.explanation }),
    deviation: a.deviation.net,
  };
}

/** "2024-08-01" → "1.8.2024"; another form as written. */
function danishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : iso;
}

/** Each list's title and the name of its table (csv/<anchor>.csv). */
const GROUP_TITLES: Record<GuaranteeGroup, [string, string]> = {
  guarantees: ["Garantier", "garantier"],
  contingent_assets: ["Eventualrettigheder", "eventualrettigheder"],
  contingent_liabilities: ["Eventualforpligtelser", "eventualforpligtelser"],
};

function guaranteesSection(lists: GuaranteeList[], year: number): GuaranteesSection {
  return {
    kind: "guarantees",
    id: "garantier",
    year,
    title: "Garantier, eventualrettigheder og eventualforpligtelser",
    partial: "statement-guarantees",
    lists: lists.map((l) => guaranteeTable(l, year)),
  };
}

function guaranteeTable(l: GuaranteeList, year: number): AmountTable {
  const share = (d: Decimal | undefined): string | undefined => (d === undefined ? undefined : `${d.toString().replace(".", ",")} %`);
  const notes = l.items.filter((i) => i.note).map((i) => `${i.recipient}: ${i.note}`);
  return {
    anchor: GROUP_TITLES[l.group][1],
    caption: `${GROUP_TITLES[l.group][0]} ${year}`,
    stub: "Modtager/formål (1.000 kr.)",
    columns: ["Långiver", `Ultimo ${year - 1}`, `Ultimo ${year}`, "Kommunens andel"],
    unit: TKR,
    textColumns: [0, 3],
    rows: [
      ...l.items.map((i): TableRow => ({ label: i.recipient, style: "item", cells: [i.lender, i.start, i.end, share(i.share)] })),
      { label: "I alt", style: "total", cells: [undefined, l.start, l.end, undefined] },
    ],
    ...(notes.length > 0 && { note: `Noter. ${notes.join(" · ")}` }),
  };
}

function staffSection(st: StaffStatement, year: number): StaffSection {
  const cells = (l: StaffLine): Cell[] => [l.prior, l.actual, l.change];
  return {
    kind: "staff",
    id: "personaleoversigt",
    year,
    title: "Personaleoversigt",
    partial: "statement-staff",
    table: {
      anchor: "personaleoversigt",
      caption: `Personaleoversigt ${year - 1}–${year} (årsværk)`,
      stub: "Udvalg (årsværk)",
      columns: [`Årsværk ${year - 1}`, `Årsværk ${year}`, "Ændring"],
      unit: { unit: "kr.", decimals: 1 },
      quantity: "årsværk",
      rows: [...st.rows.map((l): TableRow => ({ label: l.label, style: "item", cells: cells(l) })), { label: "I alt", style: "total", cells: cells(st.total) }],
      note: "Årsværk: forbruget af personale omregnet til fuldtidsstillinger, med én decimal.",
    },
    total: st.total,
  };
}
