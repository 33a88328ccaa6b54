// Figures in the committee's text ("et merforbrug på 12,4 mio. kr.") checked against its tables, as warnings:
// text is written by hand and often lags behind the final figures. A figure after "merforbrug" must match an
// overspend, after "mindreforbrug" an underspend; any other figure must match some figure of the table. The
// annual report's texts (`sections`) are checked against its columns, a budget follow-up's texts
// (`follow_up_sections`) against the follow-up's: expected, its (4), forbrug pr. dato. A text is not checked while a
// figure of its tables could not be read: the figure it quotes may be that one (its error is reported already).
import { Decimal } from "../../core/money.js";
import { warning, type Problem } from "../../core/problem.js";
import type { CommitteeFigures } from "../../compute/figures.js";
import { danishNumber } from "../../format/danish.js";
import { positionInText } from "../../model/text.js";
import type { Committee, MarkdownText } from "../../model/types.js";
import type { Figure } from "../../compute/arithmetic.js";
import type { CarryOverStatement, CarryTotals, FrameCarry } from "../../compute/statements/carry-overs.js";
import type { Check } from "./check.js";
import { frontFigures } from "./statements/front-figures.js";
import { msg } from "../../messages/index.js";

const FIGURE = /(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*mio\.\s*kr\./g;
const MILLION = new Decimal(1_000_000);

type Direction = "over" | "under" | "carry" | "any";
const KEYWORDS: { word: RegExp; direction: Exclude<Direction, "any"> }[] = [
  { word: /merforbrug|mindreindtægt/gi, direction: "over" },
  { word: /mindreforbrug|merindtægt/gi, direction: "under" },
  // "overførsel", "overførsler", "overføres", "overført": with statements, a carry-over of the committee's frames or projects.
  { word: /overfør(?:sel|sler|es|t)/gi, direction: "carry" },
];
/** "Med overførsler … er det korrigerede budget 123,9 mio. kr.": the figure is the budget, not a carry-over. */
const NOT_CARRIED = /budget|bevilling/i;

interface Candidates {
  table: "operations" | "capital" | "front" | "followUpOperations" | "followUpCapital";
  all: Decimal[];
  variances: Decimal[];
  /** The committee's carry-over figures (the annual report's texts, with statements): without them "overførsel" is no keyword. */
  carries?: Decimal[];
  /** A figure of the tables could not be read: no figure of the text can be said to match none. */
  incomplete: boolean;
}

/** The columns a kind's texts speak of: its figures, its (4), and its capital table's figures. */
const COLUMNS = {
  annual: {
    budget: ["adopted", "adjusted", "actual", "variance", "prior"],
    variance: "variance",
    capital: ["budget", "adjusted", "actual", "transfer"],
    table: "operations",
    capitalTable: "capital",
  },
  "follow-up": {
    budget: ["adopted", "adjusted", "expected", "expectedVariance", "spent", "prior"],
    variance: "expectedVariance",
    capital: ["budget", "adjusted", "expected", "expectedVariance", "spent"],
    table: "followUpOperations",
    capitalTable: "followUpCapital",
  },
} as const;

export const textFigures: Check = ({ committees, municipality }, figures) => [
  ...committees.flatMap((c) => [
    ...checkCommittee(c.sections, figures.of(c), COLUMNS.annual, carryFigures(c, figures.statements?.overviews.carryOvers)),
    ...checkCommittee(c.followUpSections, figures.of(c), COLUMNS["follow-up"], undefined),
  ]),
  ...checkFront(municipality?.sections ?? [], frontFigures(committees, figures), municipality?.strategy?.unreliable === true),
];

/** With statements, the front sections' figures against the statements, the committees' totals and the strategy. */
function checkFront(sections: { body: MarkdownText }[], found: { all: Decimal[]; variances: Decimal[]; incomplete: boolean } | undefined, strategyUnread: boolean): Problem[] {
  return found ? sections.flatMap((s) => checkText(s.body, { table: "front", ...found, incomplete: found.incomplete || strategyUnread })) : [];
}

function checkCommittee(
  sections: Committee["sections"],
  { operations, financing, capital }: CommitteeFigures,
  columns: (typeof COLUMNS)[keyof typeof COLUMNS],
  carries: Decimal[] | undefined,
): Problem[] {
  const budgetRows = [...operations.rows, ...(financing?.rows ?? [])];
  const values = (figs: Figure[]): Decimal[] => figs.map((f) => f.value).filter((v): v is Decimal => v !== undefined);
  const budgetFigures = budgetRows.flatMap((r) => [...columns.budget.map((c) => r.figures[c]), r.figures[columns.variance]]);
  const capitalFigures = [...capital.rows.map((r) => r.figures), capital.totals].flatMap((f) => columns.capital.map((c) => f[c]));
  const ops: Candidates = {
    table: columns.table,
    all: values(budgetRows.flatMap((r) => columns.budget.map((c) => r.figures[c]))),
    variances: values(budgetRows.map((r) => r.figures[columns.variance])),
    ...(carries && { carries }),
    incomplete: budgetFigures.some((f) => f.unknown),
  };
  const cap: Candidates = {
    table: columns.capitalTable,
    all: values(capitalFigures),
    variances: [],
    ...(carries && { carries }),
    incomplete: capitalFigures.some((f) => f.unknown) || (carries !== undefined && ops.incomplete),
  };
  return [...(sections.operations ? checkText(sections.operations, ops) : []), ...(sections.capital ? checkText(sections.capital, cap) : [])];
}

function checkText(text: MarkdownText, candidates: Candidates): Problem[] {
  if (candidates.incomplete) return [];
  const problems: Problem[] = [];
  let previousEnd = 0;
  for (const match of text.markdown.matchAll(FIGURE)) {
    const written = match[1]!;
    const decimals = written.split(",")[1]?.length ?? 0;
    const before = sentenceBefore(text.markdown, previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    const keyword = nearestKeyword(before, candidates.carries !== undefined);
    const pool =
      keyword?.direction === "over"
        ? candidates.variances.filter((v) => v.isPositive())
        : keyword?.direction === "under"
          ? candidates.variances.filter((v) => v.isNegative())
          : keyword?.direction === "carry"
            ? (candidates.carries ?? [])
            : candidates.all;
    if (pool.some((v) => danishNumber(v.abs().dividedBy(MILLION), decimals) === written)) continue;
    const direction = keyword?.direction;
    const said = direction === "carry" ? msg("text-figure/carry-over", written) : msg("text-figure", written, direction, candidates.table);
    problems.push(warning(positionInText(text, match.index), said));
  }
  return problems;
}

/** The text between the previous figure (or the sentence start) and this figure. */
function sentenceBefore(markdown: string, from: number, to: number): string {
  const span = markdown.slice(from, to);
  const sentenceStart = Math.max(span.lastIndexOf(". "), span.lastIndexOf("\n"));
  return sentenceStart >= 0 ? span.slice(sentenceStart) : span;
}

function nearestKeyword(text: string, carries: boolean): (typeof KEYWORDS)[number] | undefined {
  let best: { at: number; keyword: (typeof KEYWORDS)[number] } | undefined;
  for (const keyword of KEYWORDS) {
    if (keyword.direction === "carry" && !carries) continue;
    for (const m of text.matchAll(keyword.word)) {
      if (keyword.direction === "carry" && NOT_CARRIED.test(text.slice(m.index))) continue;
      if (!best || m.index > best.at) best = { at: m.index, keyword };
    }
  }
  return best?.keyword;
}

/** A committee's carry-over figures, as a text may mention them (unsigned: the words say the direction). */
function carryFigures(committee: Committee, st: CarryOverStatement | undefined): Decimal[] | undefined {
  if (!st) return undefined;
  const own = st.committees.find((c) => c.committee === committee);
  if (!own) return [];
  const of = (f: FrameCarry | CarryTotals): (Decimal | undefined)[] => [f.carriedIn, f.automatic, f.applied, f.carried, f.returned];
  return [
    ...own.frames.flatMap(of),
    ...of(own.totals),
    ...(own.capital ? [own.capital.carriedIn, own.capital.transfer, own.capital.lapsed] : []),
    ...committee.capital.flatMap((p) => [p.transfer, p.carriedIn]),
  ]
    .filter((v): v is Decimal => v !== undefined)
    .map((v) => v.abs());
}
