// What a report's kind decides, as data: which figure is column (3) and (4), every column head, caption,
// heading and word the annual report and a budget follow-up print differently. The report model reads its
// columns and words from here, and the templates read them from the model: no template asks which kind it is.
import { formatMio } from "../format/danish.js";
import type { Decimal } from "../core/money.js";
import type { ReportKind, ReportSpec } from "../model/types.js";
import type { CapitalFigureColumn } from "./capital.js";
import type { FigureColumn } from "./operations.js";

/** The kinds whose body is the committees' accounts (Tabel 1–3); the plan has its own model (plan.ts). */
export type AccountsKind = Exclude<ReportKind, "plan">;

/** The figures the fillable sentences of a committee's section need. */
export interface SentenceFigures {
  adopted?: Decimal;
  adjusted?: Decimal;
  /** (3): actual or expected. */
  result?: Decimal;
  spent?: Decimal;
  /** Spent in per cent of (2). */
  share?: Decimal;
  direction: "merforbrug" | "mindreforbrug" | "balance";
  varianceAbs?: Decimal;
}

interface KindWords {
  /** Column (3) and (4) of Tabel 1 and the financing table. */
  third: FigureColumn;
  fourth: FigureColumn;
  thirdHead(year: number): string;
  /** Tabel 3: its third column and its fourth. */
  capitalThird: CapitalFigureColumn;
  capitalFourth: CapitalFigureColumn;
  capitalThirdHead(year: number): string;
  capitalFourthHead: string;
  /** The note under Tabel 3 (what "R" means), where the table has the transfer column. */
  capitalNote?: string;
  operationsCaption(gen: string, year: number, asOf: string): string;
  financingCaption(gen: string, year: number, asOf: string): string;
  capitalCaption(gen: string, year: number, asOf: string): string;
  summaryOperationsCaption(year: number): string;
  summaryCapitalCaption(year: number): string;
  summaryFinancingCaption(year: number): string;
  mainHeading(year: number): string;
  strategyCaption(year: number): string;
  resultHead: string;
  differenceHead: string;
  /** Whose actual inside the service frame the service-frame target sums: "regnskab" or "forventede regnskab". */
  serviceFrameBasis: string;
  /** Anlægsrammen's result row: "Regnskab 2024", "Forventet regnskab 2024". */
  capitalFrameResult(year: number): string;
  operationsSentence(f: SentenceFigures, asOf: string): string;
  capitalSentence(year: number, adjusted: Decimal | undefined, result: Decimal | undefined, spent: Decimal | undefined, asOf: string): string;
  varianceChartCaption(year: number): string;
  varianceChartAlt(year: number): string;
  /** The PDF's subject: "Eksempel Kommunes årsrapport for 2024". */
  subject(genitiveOfMunicipality: string, year: number, asOf: string): string;
}

/** "104,1"; blank for no figure, as the templates' `mio` helper writes it. */
const mio = (value: Decimal | undefined): string => (value === undefined ? "" : formatMio(value));

const BUDGET_START = (f: SentenceFigures): string =>
  `Udvalget havde ved budgetvedtagelsen et oprindeligt budget på ${mio(f.adopted)} mio. kr. Med overførsler fra tidligere år, ` +
  `tillægsbevillinger og omplaceringer er det korrigerede budget på ${mio(f.adjusted)} mio. kr.`;

const WORDS: Record<AccountsKind, KindWords> = {
  annual: {
    third: "actual",
    fourth: "variance",
    thirdHead: (year) => `Regnskab ${year} (3)`,
    capitalThird: "actual",
    capitalFourth: "transfer",
    capitalThirdHead: (year) => `Regnskab ${year}`,
    capitalFourthHead: "Forventede overførsler",
    capitalNote: '"R" i kolonnen "Forventede overførsler" betyder regnskabsaflagt.',
    operationsCaption: (gen, year) => `${gen} driftsudgifter i ${year} fordelt på bevillingsrammer og indsatsområder`,
    financingCaption: (gen, year) => `${gen} finansieringsposter i ${year} fordelt på bevillingsrammer`,
    capitalCaption: (gen, year) => `Anlægsvirksomhed på ${gen} område – regnskab ${year}`,
    summaryOperationsCaption: (year) => `Driftsudgifter i ${year} fordelt på udvalg, inden for og uden for servicerammen`,
    summaryCapitalCaption: (year) => `Anlægsvirksomhed i ${year} fordelt på udvalg`,
    summaryFinancingCaption: (year) => `Finansieringsposter i ${year}`,
    mainHeading: (year) => `Regnskab ${year} – Hovedresultater`,
    strategyCaption: (year) => `Overholdelse af den økonomiske strategi ${year}`,
    resultHead: "Resultat",
    differenceHead: "Difference (resultat − måltal)",
    serviceFrameBasis: "regnskab",
    capitalFrameResult: (year) => `Regnskab ${year}`,
    operationsSentence: (f) =>
      `${BUDGET_START(f)} Forbruget i året har været på ${mio(f.result)} mio. kr.` +
      (f.direction === "balance" ? ", og dermed er budgettet overholdt." : `, og dermed er der samlet set et ${f.direction} på ${mio(f.varianceAbs)} mio. kr.`),
    capitalSentence: (year, adjusted, result) =>
      `På anlægsområdet var der i ${year} et korrigeret budget til nettoanlægsudgifter på i alt ${mio(adjusted)} mio. kr., ` +
      `og der er afholdt nettoanlægsudgifter på i alt ${mio(result)} mio. kr. Specifikationen fremgår af tabellen nedenfor.`,
    varianceChartCaption: (year) => `Resultat pr. udvalg ${year} (merforbrug +, mindreforbrug −)`,
    varianceChartAlt: (year) =>
      `Søjlediagram over resultatet (regnskab minus korrigeret budget) for hvert udvalg i ${year}; positivt er merforbrug, negativt mindreforbrug.`,
    subject: (gen, year) => `${gen} årsrapport for ${year}`,
  },
  "follow-up": {
    third: "expected",
    fourth: "expectedVariance",
    thirdHead: (year) => `Forventet regnskab ${year} (3)`,
    capitalThird: "expected",
    capitalFourth: "expectedVariance",
    capitalThirdHead: (year) => `Forventet regnskab ${year}`,
    capitalFourthHead: "Forventet afvigelse",
    operationsCaption: (gen, year, asOf) => `${gen} driftsudgifter i ${year} fordelt på bevillingsrammer og indsatsområder – forventet regnskab pr. ${asOf}`,
    financingCaption: (gen, year, asOf) => `${gen} finansieringsposter i ${year} fordelt på bevillingsrammer – forventet regnskab pr. ${asOf}`,
    capitalCaption: (gen, year, asOf) => `Anlægsvirksomhed på ${gen} område – forventet regnskab ${year} pr. ${asOf}`,
    summaryOperationsCaption: (year) => `Forventet regnskab ${year} for driftsudgifterne fordelt på udvalg, inden for og uden for servicerammen`,
    summaryCapitalCaption: (year) => `Forventet anlægsvirksomhed i ${year} fordelt på udvalg`,
    summaryFinancingCaption: (year) => `Forventede finansieringsposter i ${year}`,
    mainHeading: (year) => `Forventet regnskab ${year} – Hovedresultater`,
    strategyCaption: (year) => `Forventet overholdelse af den økonomiske strategi ${year}`,
    resultHead: "Forventet resultat",
    differenceHead: "Difference (forventet resultat − måltal)",
    serviceFrameBasis: "forventede regnskab",
    capitalFrameResult: (year) => `Forventet regnskab ${year}`,
    operationsSentence: (f, asOf) =>
      `${BUDGET_START(f)}` +
      (f.spent === undefined ? "" : ` Forbruget pr. ${asOf} er ${mio(f.spent)} mio. kr.${f.share ? `, svarende til ${percent(f.share)} af det korrigerede budget` : ""}.`) +
      ` Det forventede regnskab er på ${mio(f.result)} mio. kr.` +
      (f.direction === "balance" ? ", og dermed forventes budgettet overholdt." : `, og dermed forventes samlet set et ${f.direction} på ${mio(f.varianceAbs)} mio. kr.`),
    capitalSentence: (year, adjusted, result, spent, asOf) =>
      `På anlægsområdet er der i ${year} et korrigeret budget til nettoanlægsudgifter på i alt ${mio(adjusted)} mio. kr.` +
      (spent === undefined ? "" : ` Forbruget pr. ${asOf} er ${mio(spent)} mio. kr.`) +
      ` Der forventes nettoanlægsudgifter på i alt ${mio(result)} mio. kr. Specifikationen fremgår af tabellen nedenfor.`,
    varianceChartCaption: (year) => `Forventet resultat pr. udvalg ${year} (merforbrug +, mindreforbrug −)`,
    varianceChartAlt: (year) =>
      `Søjlediagram over det forventede resultat (forventet regnskab minus korrigeret budget) for hvert udvalg i ${year}; positivt er merforbrug, negativt mindreforbrug.`,
    subject: (gen, year, asOf) => `${gen} forventede regnskab for ${year} pr. ${asOf} (budgetopfølgning)`,
  },
};

/** "62,4 %". */
function percent(value: Decimal): string {
  return `${value.toDecimalPlaces(1).toFixed(1).replace(".", ",")} %`;
}

/** A report of the accounts kinds as the model builds it: its spec, its year, its words, its optional columns. */
export interface AccountsView {
  kind: AccountsKind;
  spec: ReportSpec;
  year: number;
  /** The follow-up's date as printed: 31.08.2024 (empty for the annual report). */
  asOf: string;
  words: KindWords;
  /** Print Regnskab året før: the annual report, when the data give it somewhere. */
  prior: boolean;
  /** Print forbrug pr. dato and its share of (2): a follow-up whose data give it. */
  spent: boolean;
  /** The snapshot the follow-up compares with: "Ændring siden <label>". */
  compare?: { name: string; label: string };
}

export function accountsView(spec: ReportSpec & { kind: AccountsKind }, year: number, data: { prior: boolean; spent: boolean; compareLabel?: string }): AccountsView {
  return {
    kind: spec.kind,
    spec,
    year,
    asOf: spec.asOf ? danishDate(spec.asOf) : "",
    words: WORDS[spec.kind],
    // Regnskab året før belongs to the annual report's tables; a follow-up's are wide enough without it.
    prior: spec.kind === "annual" && data.prior,
    spent: spec.kind === "follow-up" && data.spent,
    ...(spec.compareWith && data.compareLabel !== undefined && { compare: { name: spec.compareWith.name, label: data.compareLabel } }),
  };
}

/** 2024-08-31 → 31.08.2024. */
export function danishDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}
