// What identifies things across files: a committee's id (its page, its PDF), a frame's number (it belongs to one
// committee), and `order`, which sets the report's sequence and should say it unambiguously.
import { error, warning, type Pos, type Problem } from "../../core/problem.js";
import type { Committee } from "../../model/types.js";
import type { Check } from "./check.js";
import { msg } from "../../messages/index.js";

export const uniqueAcrossFiles: Check = ({ committees }) => {
  const problems: Problem[] = [];
  const ids = new Map<string, Committee>();
  const frames = new Map<string, { committee: Committee; at: Pos }>();
  const orders = new Map<number, Committee>();
  for (const c of committees) {
    const other = ids.get(c.id);
    if (other) problems.push(error(c.at, msg("duplicate-committee-id", c.id, other.file)));
    else ids.set(c.id, c);
    const sameOrder = orders.get(c.order);
    if (sameOrder) {
      problems.push(warning(c.at, msg("duplicate-order", c.order, sameOrder.file)));
    } else orders.set(c.order, c);
    for (const item of [...c.frames, ...c.financing]) {
      const first = frames.get(item.number);
      if (first && first.committee !== c) {
        problems.push(error(item.at, msg("duplicate-frame-number/committees", item.number, first.committee.name, first.committee.file)));
      } else if (!first) frames.set(item.number, { committee: c, at: item.at });
    }
  }
  return problems;
};
