// The compute stage: validated data and its figures in, one report's model out — every row and figure already
// summed, so that rendering only lays things out. The data directory can make several reports (the annual
// report, a budget follow-up, the implementation plan): each is computed from the same data and figures by
// its spec, and its kind decides its columns, headings and words (report-kind.ts), not its templates.
import type { Committee, DataLicense, FrontSection, MarkdownText, ReportData, ReportSpec } from "../model/types.js";
import { computeCommittee, type CommitteeModel } from "./committee.js";
import type { Figures } from "./figures.js";
import { computeMainResults, type MainResults } from "./main-results.js";
import { computePlan, type PlanCommittee, type PlanModel } from "./plan.js";
import { accountsView, type AccountsKind } from "./report-kind.js";
import { statementsModel } from "./statements/report.js";
import type { StatementsModel } from "./statements/sections.js";
import { genitive } from "../format/text.js";

/**
 * The stylesheets a report may add to report.css (templates/styles/): what the report kinds bring — the
 * follow-up's and the running targets' verdicts, the plan's tables — kept apart so that an annual report that
 * uses none of it is published exactly as before.
 */
const KIND_STYLES = ["kinds.css"];

/** The statements' stylesheet, linked only by a report that has statements. */
const STATEMENT_STYLES = ["statements.css"];

/** Every stylesheet a report may link beyond report.css: a document's print key includes those it links. */
export const LINKED_STYLES = [...STATEMENT_STYLES, ...KIND_STYLES];

export interface FrontSectionModel {
  title: string;
  body: MarkdownText;
  /** "afsnit-<n>", n its place among the report's front sections. */
  anchor: string;
}

/** The open data's licence unless municipality.yaml says another (docs/open-data.md): attribution, reuse for any purpose. */
const DEFAULT_LICENSE: DataLicense = { name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0", path: "https://creativecommons.org/licenses/by/4.0/" };

interface ReportBase {
  /** The spec's id: names the report's own output directory when it is not the main report. */
  id: string;
  municipality: { name: string; year: number; title: string };
  /** The licence of the open data: the data package's `licenses`, and the data page says it. */
  license: DataLicense;
  /** What the PDFs' metadata say the report is: "Eksempel Kommunes årsrapport for 2024". */
  subject: string;
  /** Stylesheets beyond report.css (templates/styles/): what the report uses of the kinds' layout. */
  styles: string[];
  /** Front sections before the main results, and those placed after them. */
  front: FrontSectionModel[];
  frontAfter: FrontSectionModel[];
}

/** The annual report and a budget follow-up: the committees' accounts. */
export interface AccountsReport extends ReportBase {
  kind: AccountsKind;
  /** Hovedresultater: the strategy's compliance box, the summaries per committee, the charts. */
  main: MainResults;
  /** Årsregnskabet's statements; absent without statements.yaml. */
  statements?: StatementsModel;
  committees: CommitteeModel[];
}

/** The implementation plan: the initiatives by theme, and each committee's part. */
export interface PlanReport extends ReportBase {
  kind: "plan";
  plan: PlanModel;
  committees: PlanCommittee[];
}

export type ReportModel = AccountsReport | PlanReport;

/** One report's model; without a spec, the main report's (the annual report when the data make one). */
export function computeReport(data: ReportData, figures: Figures, spec: ReportSpec = data.municipality.reports[0]!): ReportModel {
  const { municipality, committees } = data;
  const year = municipality.year;
  const sections = frontModels(spec.sections ?? (spec.kind === "annual" ? municipality.sections : []));
  const base = {
    id: spec.id,
    municipality: { name: municipality.name, year, title: spec.title },
    license: municipality.dataLicense ?? DEFAULT_LICENSE,
    front: sections.filter((s) => s.placement === "before").map(({ placement: _, ...s }) => s),
    frontAfter: sections.filter((s) => s.placement === "after").map(({ placement: _, ...s }) => s),
  };
  if (spec.kind === "plan") {
    const { plan, committees: parts } = computePlan(committees, figures, spec, year);
    return { ...base, kind: "plan", styles: KIND_STYLES, subject: `${genitive(municipality.name)} udmøntningsplan for Aftale om budget ${year}`, plan, committees: parts };
  }
  const view = accountsView({ ...spec, kind: spec.kind }, year, {
    prior: committees.some(givesPrior),
    spent: committees.some(givesSpent),
    ...(spec.compareWith && { compareLabel: data.snapshots.find((s) => s.name === spec.compareWith!.name)?.label }),
  });
  const frameCount = committees.reduce((n, c) => n + c.frames.length, 0);
  const main = computeMainResults(data, figures, view);
  // An annual report needs the kinds' stylesheet only for a verdict of theirs (a running target's).
  const kindStyles = spec.kind === "annual" && !main.strategy?.targets.some((t) => t.rows.some((r) => !["met", "not-met", "pending"].includes(r.status))) ? [] : KIND_STYLES;
  // The statements' stylesheet only where there are statements: a report without them is the files it always was.
  const statements = spec.kind === "annual" && figures.statements ? statementsModel(figures.statements, year) : undefined;
  const styles = [...(statements ? STATEMENT_STYLES : []), ...kindStyles];
  return {
    ...base,
    kind: spec.kind,
    styles,
    subject: view.words.subject(genitive(municipality.name), year, view.asOf),
    main,
    // The statements belong to the annual accounts: a follow-up or a plan prints none.
    ...(statements && { statements }),
    committees: committees.map((c) => {
      const then = view.compare && figures.snapshot(view.compare.name, c.id);
      return computeCommittee({ committee: c, figures: figures.of(c), ...(then && { then }), municipalityFrameCount: frameCount }, view);
    }),
  };
}

/** Each front section with its anchor, numbered in the order the data give them wherever they are placed. */
function frontModels(sections: FrontSection[]): (FrontSectionModel & { placement: FrontSection["placement"] })[] {
  return sections.map((s, i) => ({ title: s.title, body: s.body, anchor: `afsnit-${i}`, placement: s.placement }));
}

/** Whether the committee gives the prior year's actual anywhere: then Tabel 1 and the summaries print it. */
function givesPrior(c: Committee): boolean {
  const declared = [c.totals, c.financingTotals, ...Object.values(c.serviceTotals), ...c.frames.flatMap((f) => [f.totals, ...Object.values(f.serviceTotals)])];
  return [...c.frames.flatMap((f) => f.lines), ...c.financing].some((l) => l.prior !== undefined) || declared.some((d) => d?.prior !== undefined);
}

/** Whether the committee gives forbrug pr. dato anywhere: then a follow-up prints it with its share of (2). */
function givesSpent(c: Committee): boolean {
  return [...c.frames.flatMap((f) => f.lines), ...c.financing, ...c.capital].some((l) => l.spent !== undefined) || c.totals.spent !== undefined;
}
