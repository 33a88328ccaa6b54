// When the data make a budget follow-up, every line, financing item and capital project with a budget should
// say what is expected (forventet regnskab): a blank in column (3) would read as "nothing expected". Warnings:
// a blank may be meant, and the follow-up still builds.
import { warning, type Problem } from "../../core/problem.js";
import * as msg from "../../kinds/messages.js";
import { t } from "../../messages/index.js";
import type { Committee } from "../../model/types.js";
import type { Check } from "./check.js";

export const followUpFigures: Check = ({ municipality, committees }) => {
  const followUp = municipality?.reports.find((r) => r.kind === "follow-up");
  if (!followUp) return [];
  return committees.flatMap((c) => committeeProblems(c, followUp.title));
};

function committeeProblems(c: Committee, title: string): Problem[] {
  const rows = [
    ...c.frames.flatMap((f) => f.lines.map((l) => ({ row: l, subject: t().figures.subject.line(f.number, l.name) }))),
    ...c.financing.map((i) => ({ row: i, subject: t().figures.subject.financingItem(i.number, i.name) })),
    ...c.capital.map((p) => ({ row: { ...p, adopted: p.budget }, subject: t().kinds.project(p.id) })),
  ];
  if (rows.length === 0) return [];
  if (rows.every(({ row }) => row.expected === undefined)) {
    return [warning(c.at, msg.expectedMissingCommittee(c.name, title))];
  }
  return rows
    .filter(({ row }) => row.expected === undefined && (row.adopted !== undefined || row.adjusted !== undefined) && !row.unreliable)
    .map(({ row, subject }) => warning(row.at, msg.expectedMissingRow(subject, title)));
}
