// Figures in the committee's text ("et merforbrug på 12,4 mio. kr.") checked against its tables, as warnings:
// text is written by hand and often lags behind the final figures. A figure after "merforbrug" must match an
// overspend, after "mindreforbrug" an underspend; any other figure must match some figure of the table.
import { Decimal } from "../../core/money.js";
import { warning, type Problem } from "../../core/problem.js";
import type { CommitteeFigures } from "../../compute/figures.js";
import { danishNumber } from "../../format/danish.js";
import { positionInText } from "../../model/text.js";
import type { Committee, MarkdownText } from "../../model/types.js";
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
  table: "operations" | "capital" | "front";
  all: Decimal[];
  variances: Decimal[];
}

export const textFigures: Check = ({ committees, municipality }, figures) => [
  ...committees.flatMap((c) => checkCommittee(c, figures.of(c))),
  ...checkFront(municipality?.sections ?? [], frontFigures(committees, figures)),
];

/** With statements, the front sections' figures against the statements, the committees' totals and the strategy. */
function checkFront(sections: { body: MarkdownText }[], found: { all: Decimal[]; variances: Decimal[] } | undefined): Problem[] {
  return found ? sections.flatMap((s) => checkText(s.body, { table: "front", ...found })) : [];
}

function checkCommittee(committee: Committee, { operations, financing, capital }: CommitteeFigures): Problem[] {
  const budgetRows = [...operations.rows, ...(financing?.rows ?? [])];
  const values = (figs: { value: Decimal | undefined }[]): Decimal[] =>
    figs.map((f) => f.value).filter((v): v is Decimal => v !== undefined);
  const ops: Candidates = {
    table: "operations",
    all: values(budgetRows.flatMap((r) => Object.values(r.figures))),
    variances: values(budgetRows.map((r) => r.figures.variance)),
  };
  const cap: Candidates = {
    table: "capital",
    all: values([...capital.rows.flatMap((r) => Object.values(r.figures)), ...Object.values(capital.totals)]),
    variances: [],
  };
  return [
    ...(committee.sections.operations ? checkText(committee.sections.operations, ops) : []),
    ...(committee.sections.capital ? checkText(committee.sections.capital, cap) : []),
  ];
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
