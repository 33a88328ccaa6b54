// One committee's section of the report: its frame list, Tabel 1, the financing table, Tabel 2, Tabel 3, and
// the figures its fillable sentences need. Tables are numbered per committee in the order they appear. The
// report's kind (report-kind.ts) decides the columns, captions and sentences: the annual report's actuals, or
// a follow-up's expected figures with forbrug pr. dato and the change since a snapshot.
import { genitive } from "../format/text.js";
import { Decimal } from "../core/money.js";
import type { DisplayUnit } from "../core/units.js";
import { TKR } from "../format/danish.js";
import type { Committee, CommitteeSection, MarkdownText, TableKind } from "../model/types.js";
import { budgetColumns, budgetTableRows, capitalColumns, cells, formats, heads, type Then } from "./columns.js";
import type { CommitteeFigures } from "./figures.js";
import { followUpChanges } from "./follow-up-changes.js";
import { computeInitiatives, type InitiativesResult } from "./initiatives.js";
import type { BudgetFiguresOf } from "./operations.js";
import type { CapitalFigures } from "./capital.js";
import type { AccountsView, SentenceFigures } from "./report-kind.js";
import { stub, type AmountTable } from "./tables.js";

const HALF_TENTH_MIO = new Decimal(50_000);
const HUNDRED = new Decimal(100);

export interface FrameRef {
  number: string;
  name: string;
}

export interface TableRef {
  anchor: string;
  number: number;
  caption: string;
}

/** What every part of a report with a page and a PDF of its own has: a committee's section, or its part of the plan. */
export interface SectionRef {
  id: string;
  name: string;
  /** "Klima- og Miljøudvalgets" */
  genitive: string;
  draft: boolean;
  /** Every numbered table in order, for contents and bookmarks. */
  tables: TableRef[];
}

export interface CommitteeModel extends SectionRef {
  year: number;
  frames: FrameRef[];
  financingFrames: FrameRef[];
  /** Operating frames in the whole municipality, for "Kommunen har N driftsrammer, hvoraf k …". */
  municipalityFrameCount: number;
  /** The texts of this report's kind: the annual report's sections, or the follow-up's. */
  sections: Partial<Record<CommitteeSection, MarkdownText>>;
  operations: { table: AmountTable; summary: SentenceFigures; sentence: string };
  financing?: AmountTable;
  initiatives: InitiativesResult & { table?: TableRef };
  capital?: { table: AmountTable; adjusted?: Decimal; actual?: Decimal; sentence: string };
  /** A follow-up that compares with a snapshot: what changed in its expected figures since. */
  changes?: { heading: string; table: AmountTable };
}

/** The committee's figures now, and (a follow-up comparing with a snapshot) the snapshot's figures of the same committee. */
export interface CommitteeInput {
  committee: Committee;
  figures: CommitteeFigures;
  then?: CommitteeFigures;
  municipalityFrameCount: number;
}

export function computeCommittee({ committee, figures, then, municipalityFrameCount }: CommitteeInput, view: AccountsView): CommitteeModel {
  const { year, words, asOf } = view;
  const gen = genitive(committee.name);
  const anchor = (n: number): string => `${committee.id}-tabel-${n}`;
  const tables: TableRef[] = [];
  const next = (caption: string): TableRef => {
    const ref = { anchor: anchor(tables.length + 1), number: tables.length + 1, caption };
    tables.push(ref);
    return ref;
  };
  const unit = (table: TableKind): DisplayUnit => displayUnit(committee, view, table);

  const ops = figures.operations;
  const opsColumns = budgetColumns(view, then && rowsByKey(then.operations.rows));
  const opsUnit = unit("operations");
  const operationsTable: AmountTable = {
    ...next(words.operationsCaption(gen, year, asOf)),
    stub: stub("Driftsvirksomhed", opsUnit),
    columns: heads(opsColumns),
    unit: opsUnit,
    ...formats(opsColumns),
    rows: budgetTableRows(opsColumns, ops.rows),
  };

  const fin = figures.financing;
  const finColumns = budgetColumns(view, then?.financing && rowsByKey(then.financing.rows));
  const finUnit = unit("financing");
  const financing: AmountTable | undefined = fin && {
    ...next(words.financingCaption(gen, year, asOf)),
    stub: stub("Finansiering", finUnit),
    columns: heads(finColumns),
    unit: finUnit,
    ...formats(finColumns),
    rows: budgetTableRows(finColumns, fin.rows),
  };

  const initiatives = computeInitiatives(committee, view.spec.initiatives);
  const initiativesTable =
    initiatives.shown.length > 0
      ? next(
          view.spec.initiatives === "all"
            ? `Status på indsatser i Aftale om budget ${year} på ${gen} område`
            : `Status på indsatser i Aftale om budget ${year} på ${gen} område, som ikke er gennemført`,
        )
      : undefined;

  const capital = capitalModel(committee, figures, then, view, gen, next, unit("capital"));
  const changes = then && view.compare ? followUpChanges(figures, then, view.compare.label, unit("operations")) : undefined;
  const changesTable = changes && changes.rows.length > 0 ? { ...next(`Ændringer i forventet regnskab siden ${view.compare!.label} på ${gen} område`), ...changes } : undefined;
  const summary = summarise(ops.totals, view);

  return {
    id: committee.id,
    name: committee.name,
    genitive: gen,
    draft: committee.status === "draft",
    year,
    frames: committee.frames.map(({ number, name }) => ({ number, name })),
    financingFrames: committee.financing.map(({ number, name }) => ({ number, name })),
    municipalityFrameCount,
    sections: view.kind === "follow-up" ? committee.followUpSections : committee.sections,
    operations: { table: operationsTable, summary, sentence: words.operationsSentence(summary, asOf) },
    financing,
    initiatives: { ...initiatives, table: initiativesTable },
    capital,
    ...(changesTable && { changes: { heading: `Ændringer siden ${view.compare!.label}`, table: changesTable } }),
    tables,
  };
}

/** The unit a table is shown in: the committee's choice, else the report's, else t.kr. */
export function displayUnit(committee: Committee | undefined, view: AccountsView, table: TableKind): DisplayUnit {
  return committee?.display[table] ?? view.spec.display[table] ?? TKR;
}

/** The snapshot's rows of a table by key, for the change column. */
function rowsByKey<F>(rows: { key: string; figures: F }[]): Then<F> {
  const map = new Map(rows.map((r) => [r.key, r.figures]));
  return (key) => map.get(key);
}

function capitalModel(
  committee: Committee,
  figures: CommitteeFigures,
  then: CommitteeFigures | undefined,
  view: AccountsView,
  gen: string,
  next: (caption: string) => TableRef,
  unit: DisplayUnit,
): CommitteeModel["capital"] {
  if (committee.capital.length === 0) return undefined;
  const { year, words, asOf } = view;
  const cap = figures.capital;
  const thenRows = then && new Map(then.capital.rows.map((r) => [r.project.id, r.figures]));
  const columns = capitalColumns(view, thenRows && ((key: string): CapitalFigures | undefined => (key === "total" ? then.capital.totals : thenRows.get(key))));
  // The transfer column prints "R" for a closed (regnskabsaflagt) project; only the annual report has it.
  const transferAt = words.capitalFourth === "transfer" ? columns.length - 1 : -1;
  const table: AmountTable = {
    ...next(words.capitalCaption(gen, year, asOf)),
    stub: stub("Anlægsvirksomhed", unit),
    columns: heads(columns),
    unit,
    ...formats(columns),
    rows: [
      { label: "Årets resultat", style: "total", cells: cells(columns, cap.totals, "total") },
      ...cap.rows.map(({ project, figures: f }) => {
        const row = cells(columns, f, project.id);
        if (project.closed && transferAt >= 0) row[transferAt] = "R";
        return { label: `${project.id} ${project.name}`, style: "line" as const, cells: row };
      }),
    ],
    ...(words.capitalNote && { note: words.capitalNote }),
  };
  const result = cap.totals[words.capitalThird].value;
  const spent = view.spent ? cap.totals.spent.value : undefined;
  return {
    table,
    adjusted: cap.totals.adjusted.value,
    actual: result,
    sentence: words.capitalSentence(year, cap.totals.adjusted.value, result, spent, asOf),
  };
}

function summarise(totals: BudgetFiguresOf, view: AccountsView): SentenceFigures {
  const variance = totals[view.words.fourth].value;
  // Below 0,05 mio. kr. the sentence would say "et merforbrug på 0,0 mio. kr.": call it balance.
  const direction = !variance || variance.abs().lessThan(HALF_TENTH_MIO) ? "balance" : variance.isPositive() ? "merforbrug" : "mindreforbrug";
  const spent = view.spent ? totals.spent.value : undefined;
  const adjusted = totals.adjusted.value;
  return {
    adopted: totals.adopted.value,
    adjusted,
    result: totals[view.words.third].value,
    ...(spent !== undefined && { spent }),
    ...(spent !== undefined && adjusted && !adjusted.isZero() && { share: spent.dividedBy(adjusted).times(HUNDRED) }),
    varianceAbs: variance?.abs(),
    direction,
  };
}
