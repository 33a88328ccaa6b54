// One committee's section of the report: its frame list, Tabel 1, the financing table, Tabel 2, Tabel 3, and
// the figures its fillable sentences need. Tables are numbered per committee in the order they appear.
import { genitive } from "../format/text.js";
import { Decimal } from "../core/money.js";
import type { Committee, CommitteeSection, MarkdownText } from "../model/types.js";
import type { CommitteeFigures } from "./figures.js";
import { computeInitiatives, type InitiativesResult } from "./initiatives.js";
import type { BudgetFiguresOf } from "./operations.js";
import { budgetColumnHeads, budgetRows, capitalCells, capitalColumnHeads, stub, type AmountTable } from "./tables.js";

const HALF_TENTH_MIO = new Decimal(50_000);

export interface FrameRef {
  number: string;
  name: string;
}

/** The figures the fillable Driftsudgifter sentence needs: "… et merforbrug på 12,4 mio. kr." */
export interface OperationsSummary {
  adopted?: Decimal;
  adjusted?: Decimal;
  actual?: Decimal;
  /** |(4)|, with the word that says which way it goes. */
  varianceAbs?: Decimal;
  direction: "merforbrug" | "mindreforbrug" | "balance";
}

export interface TableRef {
  anchor: string;
  number: number;
  caption: string;
}

export interface CommitteeModel {
  id: string;
  name: string;
  /** "Klima- og Miljøudvalgets" */
  genitive: string;
  draft: boolean;
  year: number;
  frames: FrameRef[];
  financingFrames: FrameRef[];
  /** Operating frames in the whole municipality, for "Kommunen har N driftsrammer, hvoraf k …". */
  municipalityFrameCount: number;
  sections: Partial<Record<CommitteeSection, MarkdownText>>;
  operations: { table: AmountTable; summary: OperationsSummary };
  financing?: AmountTable;
  initiatives: InitiativesResult & { table?: TableRef };
  capital?: { table: AmountTable; adjusted?: Decimal; actual?: Decimal };
  /** Every numbered table in order, for contents and bookmarks. */
  tables: TableRef[];
}

export function computeCommittee(committee: Committee, figures: CommitteeFigures, year: number, municipalityFrameCount: number): CommitteeModel {
  const gen = genitive(committee.name);
  const anchor = (n: number): string => `${committee.id}-tabel-${n}`;
  const tables: TableRef[] = [];
  const next = (caption: string): TableRef => {
    const ref = { anchor: anchor(tables.length + 1), number: tables.length + 1, caption };
    tables.push(ref);
    return ref;
  };

  const ops = figures.operations;
  const operationsTable: AmountTable = {
    ...next(`${gen} driftsudgifter i ${year} fordelt på bevillingsrammer og indsatsområder`),
    stub: stub("Driftsvirksomhed"),
    columns: budgetColumnHeads(year),
    unit: { unit: "t.kr.", decimals: 0 },
    rows: budgetRows(ops.rows),
  };

  const fin = figures.financing;
  const financing: AmountTable | undefined = fin && {
    ...next(`${gen} finansieringsposter i ${year} fordelt på bevillingsrammer`),
    stub: stub("Finansiering"),
    columns: budgetColumnHeads(year),
    unit: { unit: "t.kr.", decimals: 0 },
    rows: budgetRows(fin.rows),
  };

  const initiatives = computeInitiatives(committee);
  const initiativesTable =
    initiatives.outstanding.length > 0
      ? next(`Status på indsatser i Aftale om budget ${year} på ${gen} område, som ikke er gennemført`)
      : undefined;

  return {
    id: committee.id,
    name: committee.name,
    genitive: gen,
    draft: committee.status === "draft",
    year,
    frames: committee.frames.map(({ number, name }) => ({ number, name })),
    financingFrames: committee.financing.map(({ number, name }) => ({ number, name })),
    municipalityFrameCount,
    sections: committee.sections,
    operations: { table: operationsTable, summary: summarise(ops.totals) },
    financing,
    initiatives: { ...initiatives, table: initiativesTable },
    capital: capitalModel(committee, figures, year, gen, next),
    tables,
  };
}

function capitalModel(committee: Committee, figures: CommitteeFigures, year: number, gen: string, next: (caption: string) => TableRef): CommitteeModel["capital"] {
  if (committee.capital.length === 0) return undefined;
  const cap = figures.capital;
  const table: AmountTable = {
    ...next(`Anlægsvirksomhed på ${gen} område – regnskab ${year}`),
    stub: stub("Anlægsvirksomhed"),
    columns: capitalColumnHeads(year),
    unit: { unit: "t.kr.", decimals: 0 },
    rows: [
      { label: "Årets resultat", style: "total", cells: capitalCells(cap.totals) },
      ...cap.rows.map(({ project, figures }) => {
        const cells = capitalCells(figures);
        if (project.closed) cells[3] = "R";
        return { label: `${project.id} ${project.name}`, style: "line" as const, cells };
      }),
    ],
    note: '"R" i kolonnen "Forventede overførsler" betyder regnskabsaflagt.',
  };
  return { table, adjusted: cap.totals.adjusted.value, actual: cap.totals.actual.value };
}

function summarise(totals: BudgetFiguresOf): OperationsSummary {
  const variance = totals.variance.value;
  // Below 0,05 mio. kr. the sentence would say "et merforbrug på 0,0 mio. kr.": call it balance.
  const direction = !variance || variance.abs().lessThan(HALF_TENTH_MIO) ? "balance" : variance.isPositive() ? "merforbrug" : "mindreforbrug";
  return {
    adopted: totals.adopted.value,
    adjusted: totals.adjusted.value,
    actual: totals.actual.value,
    varianceAbs: variance?.abs(),
    direction,
  };
}
