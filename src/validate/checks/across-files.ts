// What identifies things across files: a committee's id (its page, its PDF), a frame's number (it belongs to one
// committee), and `order`, which sets the report's sequence and should say it unambiguously.
import { error, warning, type Pos, type Problem } from "../../core/problem.js";
import type { Committee } from "../../model/types.js";
import type { Check } from "./check.js";

export const uniqueAcrossFiles: Check = ({ committees }) => {
  const problems: Problem[] = [];
  const ids = new Map<string, Committee>();
  const frames = new Map<string, { committee: Committee; at: Pos }>();
  const orders = new Map<number, Committee>();
  for (const c of committees) {
    const other = ids.get(c.id);
    if (other) problems.push(error(c.at, "duplicate-committee-id", `duplicate committee id "${c.id}" (also in ${other.file}): give each committee its own id`));
    else ids.set(c.id, c);
    const sameOrder = orders.get(c.order);
    if (sameOrder) {
      problems.push(warning(c.at, "duplicate-order", `order ${c.order} is also used by ${sameOrder.file}: give each committee its own order so that the report's sequence is clear`));
    } else orders.set(c.order, c);
    for (const item of [...c.frames, ...c.financing]) {
      const first = frames.get(item.number);
      if (first && first.committee !== c) {
        problems.push(error(item.at, "duplicate-frame-number", `frame ${item.number} also belongs to ${first.committee.name} (${first.committee.file}): a frame belongs to one committee`));
      } else if (!first) frames.set(item.number, { committee: c, at: item.at });
    }
  }
  return problems;
};
