// Figures in the committee's text ("et merforbrug på 12,4 mio. kr.") checked against its tables, as warnings:
// text is written by hand and often lags behind the final figures. A figure after "merforbrug" must match an
// overspend, after "mindreforbrug" an underspend; any other figure must match some figure of the table. The
// annual report's texts (`sections`) are checked against its columns, a budget follow-up's texts
// (`follow_up_sections`) against the follow-up's: expected, its (4), forbrug pr. dato.
import { Decimal } from "../../core/money.js";
import { warning, type Problem } from "../../core/problem.js";
import type { CommitteeFigures } from "../../compute/figures.js";
import { danishNumber } from "../../format/danish.js";
import { positionInText } from "../../model/text.js";
import type { Committee, MarkdownText } from "../../model/types.js";
import type { Figure } from "../../compute/arithmetic.js";
import type { Check } from "./check.js";
import { frontFigures } from "./statements/front-figures.js";
import { msg } from "../../messages/index.js";

const FIGURE = /(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*mio\.\s*kr\./g;
const MILLION = new Decimal(1_000_000);

type Direction = "over" | "under" | "any";
const KEYWORDS: { word: RegExp; direction: Exclude<Direction, "any"> }[] = [
  { word: /merforbrug|mindreindtægt/gi, direction: "over" },
  { word: /mindreforbrug|merindtægt/gi, direction: "under" },
];

interface Candidates {
  table: "operations" | "capital" | "front" | "followUpOperations" | "followUpCapital";
  all: Decimal[];
  variances: Decimal[];
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
    ...checkCommittee(c.sections, figures.of(c), COLUMNS.annual),
    ...checkCommittee(c.followUpSections, figures.of(c), COLUMNS["follow-up"]),
  ]),
  ...checkFront(municipality?.sections ?? [], frontFigures(committees, figures)),
];

/** With statements, the front sections' figures against the statements, the committees' totals and the strategy. */
function checkFront(sections: { body: MarkdownText }[], found: { all: Decimal[]; variances: Decimal[] } | undefined): Problem[] {
  return found ? sections.flatMap((s) => checkText(s.body, { table: "front", ...found })) : [];
}

function checkCommittee(sections: Committee["sections"], { operations, financing, capital }: CommitteeFigures, columns: (typeof COLUMNS)[keyof typeof COLUMNS]): Problem[] {
  const budgetRows = [...operations.rows, ...(financing?.rows ?? [])];
  const values = (figs: Figure[]): Decimal[] => figs.map((f) => f.value).filter((v): v is Decimal => v !== undefined);
  const ops: Candidates = {
    table: columns.table,
    all: values(budgetRows.flatMap((r) => columns.budget.map((c) => r.figures[c]))),
    variances: values(budgetRows.map((r) => r.figures[columns.variance])),
  };
  const cap: Candidates = {
    table: columns.capitalTable,
    all: values([...capital.rows.map((r) => r.figures), capital.totals].flatMap((f) => columns.capital.map((c) => f[c]))),
    variances: [],
  };
  return [...(sections.operations ? checkText(sections.operations, ops) : []), ...(sections.capital ? checkText(sections.capital, cap) : [])];
}

function checkText(text: MarkdownText, candidates: Candidates): Problem[] {
  const problems: Problem[] = [];
  let previousEnd = 0;
  for (const match of text.markdown.matchAll(FIGURE)) {
    const written = match[1]!;
    const decimals = written.split(",")[1]?.length ?? 0;
    const before = sentenceBefore(text.markdown, previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    const keyword = nearestKeyword(before);
    const pool =
      keyword?.direction === "over"
        ? candidates.variances.filter((v) => v.isPositive())
        : keyword?.direction === "under"
          ? candidates.variances.filter((v) => v.isNegative())
          : candidates.all;
    if (pool.some((v) => danishNumber(v.abs().dividedBy(MILLION), decimals) === written)) continue;
    problems.push(warning(positionInText(text, match.index), msg("text-figure", written, keyword?.direction, candidates.table)));
  }
  return problems;
}

/** The text between the previous figure (or the sentence start) and this figure. */
function sentenceBefore(markdown: string, from: number, to: number): string {
  const span = markdown.slice(from, to);
  const sentenceStart = Math.max(span.lastIndexOf(". "), span.lastIndexOf("\n"));
  return sentenceStart >= 0 ? span.slice(sentenceStart) : span;
}

function nearestKeyword(text: string): (typeof KEYWORDS)[number] | undefined {
  let best: { at: number; keyword: (typeof KEYWORDS)[number] } | undefined;
  for (const keyword of KEYWORDS) {
    for (const m of text.matchAll(keyword.word)) if (!best || m.index > best.at) best = { at: m.index, keyword };
  }
  return best?.keyword;
}
