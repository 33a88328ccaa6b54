// A follow-up's list of changes per committee: every line, financing item and capital project whose expected
// figure (forventet regnskab) differs from the snapshot it compares with — changed, new since, or gone since —
// with the figure then, now and the change, in the order of the committee's tables.
import type { DisplayUnit } from "../core/units.js";
import { BLANK, difference, type Figure } from "./arithmetic.js";
import type { CommitteeFigures } from "./figures.js";
import type { BudgetRow } from "./operations.js";
import { stub, type AmountTable, type TableRow } from "./tables.js";

type Entry = { label: string; expected: Figure };

/** The rows whose expected figure changed; the caller numbers the table. */
export function followUpChanges(
  now: CommitteeFigures,
  then: CommitteeFigures,
  label: string,
  unit: DisplayUnit,
): Omit<AmountTable, "anchor" | "number" | "caption"> {
  const before = entries(then);
  const after = entries(now);
  const rows: TableRow[] = [];
  for (const [key, entry] of after) rows.push(...changed(entry, before.get(key)?.expected ?? BLANK, entry.expected));
  for (const [key, entry] of before) if (!after.has(key)) rows.push(...changed({ ...entry, label: `${entry.label} (udgået)` }, entry.expected, BLANK));
  return {
    stub: stub("Linje, post eller projekt", unit),
    columns: [`Forventet regnskab ved ${label}`, "Forventet regnskab nu", "Ændring"],
    unit,
    rows,
    note: `Linjer, poster og projekter, hvis forventede regnskab er ændret siden ${label}. "(udgået)" betyder, at den ikke findes længere; en ny har intet tal ved ${label}.`,
  };
}

function changed(entry: Entry, then: Figure, now: Figure): TableRow[] {
  const change = difference(now, then).value;
  if (change === undefined || change.isZero()) return [];
  return [{ label: entry.label, style: "line", cells: [then.value, now.value, change] }];
}

/** Lines (labelled with their frame), financing items and projects, by the keys of their rows. */
function entries(figures: CommitteeFigures): Map<string, Entry> {
  const out = new Map<string, Entry>();
  let frame = "";
  for (const row of figures.operations.rows) {
    if (row.style === "frame") frame = row.label;
    if (row.style === "line") out.set(row.key, { label: `${frame}: ${row.label}`, expected: row.figures.expected });
  }
  const items: BudgetRow[] = figures.financing?.rows.filter((r) => r.key !== "total") ?? [];
  for (const row of items) out.set(row.key, { label: row.label, expected: row.figures.expected });
  for (const { project, figures: f } of figures.capital.rows) out.set(`project:${project.id}`, { label: `${project.id} ${project.name}`, expected: f.expected });
  return out;
}
