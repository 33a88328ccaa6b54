// The implementation plan (udmøntningsplan): every initiative of the budget agreement, across all committees,
// grouped by theme and within a theme by type (drift, anlæg, hensigtserklæringer), each with its committee,
// deadline, amounts per year and status — completed ones included, marked as done. An initiative carried by a
// capital project prints, for the report year, the amount reconciled with the project's budget (figures).
// Each committee also gets its own part (its page and section PDF): its initiatives, by theme.
import type { Decimal } from "../core/money.js";
import type { DisplayUnit } from "../core/units.js";
import { TKR, unitLabel } from "../format/danish.js";
import { slug } from "../format/slug.js";
import { genitive } from "../format/text.js";
import { INITIATIVE_TYPES, type Committee, type Initiative, type InitiativeStatus, type InitiativeType, type ReportSpec } from "../model/types.js";
import type { SectionRef, TableRef } from "./committee.js";
import type { Figures } from "./figures.js";
import { STATUS_LABEL, statusCounts, type StatusCount } from "./initiatives.js";
import { danishDate } from "./report-kind.js";

const TYPE_LABEL: Record<InitiativeType, string> = { operations: "Drift", capital: "Anlæg", intent: "Hensigtserklæring" };
const GROUP_LABEL: Record<InitiativeType | "other", string> = { operations: "Drift", capital: "Anlæg", intent: "Hensigtserklæringer", other: "Øvrige" };

export interface PlanRow {
  nr: string;
  topic: string;
  description: string;
  type?: InitiativeType;
  typeLabel: string;
  committee: string;
  deadline?: string;
  /** Per year of the plan (PlanModel.years): the amount, blank where the agreement gives none. */
  amounts: (Decimal | undefined)[];
  status: InitiativeStatus;
  statusLabel: string;
  done: boolean;
  note?: string;
  /** "A015099 Udskiftning af kviksølvlamper": the capital project that carries it. */
  project?: string;
  theme: string;
}

/** One theme's initiatives as a table, grouped by type. */
export interface PlanTable extends TableRef {
  theme: string;
  /** The years of the amount columns, and their unit. */
  years: number[];
  unit: DisplayUnit;
  /** "Beløb (1.000 kr.)". */
  amountsHead: string;
  /** The committee column: in the whole plan, not in a committee's own part. */
  showCommittee: boolean;
  /** How many columns the table has (a group's heading row spans them). */
  width: number;
  groups: { type: InitiativeType | "other"; label: string; rows: PlanRow[] }[];
}

export interface PlanTheme {
  id: string;
  title: string;
  counts: StatusCount[];
  total: number;
  table: PlanTable;
}

export interface PlanCommittee extends SectionRef {
  year: number;
  total: number;
  byStatus: StatusCount[];
  themes: PlanTable[];
}

export interface PlanModel {
  year: number;
  /** "Udmøntningsplan for Aftale om budget 2024". */
  heading: string;
  years: number[];
  total: number;
  byStatus: StatusCount[];
  /** Per committee: how many initiatives in each status (the overview). */
  overview: { statuses: { status: InitiativeStatus; label: string }[]; rows: { name: string; counts: number[]; total: number }[]; totals: number[]; total: number };
  themes: PlanTheme[];
  /** Every initiative as one flat list (the CSV file), in the plan's order. */
  rows: PlanRow[];
}

export function computePlan(committees: Committee[], figures: Figures, spec: ReportSpec, year: number): { plan: PlanModel; committees: PlanCommittee[] } {
  const unit = spec.display.initiatives ?? TKR;
  const all = committees.flatMap((c) => c.initiatives.map((i) => ({ committee: c, initiative: i })));
  const years = [...new Set([...all.flatMap(({ initiative }) => initiative.amounts.map((a) => a.year)), ...all.flatMap(({ initiative }) => (carried(figures, initiative) ? [year] : []))])].sort((a, b) => a - b);
  const rowOf = ({ committee, initiative }: (typeof all)[number]): PlanRow => planRow(committee, initiative, figures, years, year);
  const themes = themesOf(all.map((x) => x.initiative.theme ?? x.committee.name));
  const table = (anchor: string, number: number, caption: string, theme: string, rows: PlanRow[], showCommittee: boolean): PlanTable => ({
    anchor,
    number,
    caption,
    theme,
    years,
    unit,
    amountsHead: `Beløb (${unitLabel(unit.unit)})`,
    showCommittee,
    width: 4 + years.length + (showCommittee ? 1 : 0),
    groups: grouped(rows),
  });
  const anchors = new Set<string>();
  const planThemes = themes.map((theme, n): PlanTheme => {
    const mine = all.filter((x) => (x.initiative.theme ?? x.committee.name) === theme);
    const id = unique(`tema-${slug(theme, 60) || n + 1}`, anchors);
    return {
      id,
      title: theme,
      counts: statusCounts(mine.map((x) => x.initiative)),
      total: mine.length,
      table: table(`${id}-tabel`, n + 1, `Indsatser under temaet ${theme}`, theme, mine.map(rowOf), true),
    };
  });
  const parts = committees.map((c): PlanCommittee => {
    const gen = genitive(c.name);
    const mine = c.initiatives.map((initiative) => ({ committee: c, initiative }));
    const own = themesOf(mine.map((x) => x.initiative.theme ?? c.name));
    const tables = own.map((theme, n) =>
      table(`${c.id}-plan-${n + 1}`, n + 1, `${gen} indsatser under temaet ${theme}`, theme, mine.filter((x) => (x.initiative.theme ?? c.name) === theme).map(rowOf), false),
    );
    return {
      id: c.id,
      name: c.name,
      genitive: gen,
      draft: c.status === "draft",
      year,
      total: c.initiatives.length,
      byStatus: statusCounts(c.initiatives),
      themes: tables,
      tables: tables.map(({ anchor, number, caption }) => ({ anchor, number, caption })),
    };
  });
  const initiatives = all.map((x) => x.initiative);
  return {
    plan: {
      year,
      heading: `Udmøntningsplan for Aftale om budget ${year}`,
      years,
      total: initiatives.length,
      byStatus: statusCounts(initiatives),
      overview: overview(committees),
      themes: planThemes,
      rows: planThemes.flatMap((t) => t.table.groups.flatMap((g) => g.rows)),
    },
    committees: parts,
  };
}

function carried(figures: Figures, initiative: Initiative): boolean {
  return figures.carrier(initiative)?.found === "project";
}

function planRow(committee: Committee, i: Initiative, figures: Figures, years: number[], year: number): PlanRow {
  const carrier = figures.carrier(i);
  const amounts = years.map((y) => {
    if (y === year && carrier?.found === "project") return carrier.amount.value;
    return i.amounts.find((a) => a.year === y)?.amount;
  });
  return {
    nr: i.nr,
    topic: i.topic,
    description: i.description,
    ...(i.type && { type: i.type }),
    typeLabel: i.type ? TYPE_LABEL[i.type] : "",
    committee: committee.name,
    ...(i.deadline && { deadline: /^\d{4}-\d{2}-\d{2}$/.test(i.deadline) ? danishDate(i.deadline) : i.deadline }),
    amounts,
    status: i.status,
    statusLabel: STATUS_LABEL[i.status],
    done: i.status === "completed",
    ...(i.note && { note: i.note }),
    ...(carrier?.found === "project" && { project: `${carrier.project.id} ${carrier.project.name}` }),
    theme: i.theme ?? committee.name,
  };
}

/** Themes in the order they first appear (committees in report order, initiatives in the data's order). */
function themesOf(themes: string[]): string[] {
  return [...new Set(themes)];
}

/** Rows by type: drift, anlæg, hensigtserklæringer, then those without a type; each group in the data's order. */
function grouped(rows: PlanRow[]): PlanTable["groups"] {
  return [...INITIATIVE_TYPES, "other" as const].flatMap((type) => {
    const mine = rows.filter((r) => (r.type ?? "other") === type);
    return mine.length > 0 ? [{ type, label: GROUP_LABEL[type], rows: mine }] : [];
  });
}

function overview(committees: Committee[]): PlanModel["overview"] {
  const statuses = statusCounts(committees.flatMap((c) => c.initiatives)).map(({ status, label }) => ({ status, label }));
  const rows = committees
    .filter((c) => c.initiatives.length > 0)
    .map((c) => ({ name: c.name, counts: statuses.map((s) => c.initiatives.filter((i) => i.status === s.status).length), total: c.initiatives.length }));
  return {
    statuses,
    rows,
    totals: statuses.map((_, k) => rows.reduce((n, r) => n + r.counts[k]!, 0)),
    total: rows.reduce((n, r) => n + r.total, 0),
  };
}

function unique(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
