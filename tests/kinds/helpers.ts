// Small data directories for the report kinds' tests, and every report a directory makes, by kind.
import { renderWebsite } from "../../src/build/stages.js";
import type { AccountsReport, PlanReport } from "../../src/compute/report.js";
import { danishNumber, formatAmount, type DisplayUnit } from "../../src/format/danish.js";
import type { CellFormat, TableRow } from "../../src/compute/tables.js";
import { validData } from "../support/report.js";

export const FOLLOW_UP_MUNICIPALITY = `name: Testkommune
year: 2024
reports:
  - { kind: annual }
  - { kind: follow-up, title: Budgetopfølgning 2 2024, as_of: 2024-08-31 }
  - { kind: plan }
`;

/** One committee with expected and spent figures, a financing item and a capital project. */
export const FOLLOW_UP_COMMITTEE = `id: test
committee: Testudvalget
order: 1
status: approved
frames:
  - number: "10.01"
    name: Ramme
    service: inside
    lines:
      - { name: Linje A, adopted: 100, adjusted: 120, actual: 130, expected: 125, spent: 60 }
      - { name: Linje B, adopted: 50, adjusted: 50, actual: 40, expected: 45, spent: 20 }
capital:
  - { id: A000001, name: Projekt, budget: 10, adjusted: 20, actual: 5, transfer: 15, expected: 18, spent: 4 }
`;

/** Every report of a data directory with its website's files, the main one first. */
export async function reportsOf(dir: string): Promise<{ annual?: AccountsReport; followUp?: AccountsReport; plan?: PlanReport; files: Map<string, string> }> {
  const { data, figures } = validData(dir);
  const site = await renderWebsite(data, figures);
  const byKind = Object.fromEntries(site.reports.map((r) => [r.kind, r]));
  return {
    ...(byKind.annual && { annual: byKind.annual as AccountsReport }),
    ...(byKind["follow-up"] && { followUp: byKind["follow-up"] as AccountsReport }),
    ...(byKind.plan && { plan: byKind.plan as PlanReport }),
    files: new Map(site.files.map((f) => [f.path, String(f.content)])),
  };
}

/** A row's cells as its table prints them: amounts in the table's unit, a percentage with one decimal. */
export function printed(row: TableRow, table: { unit?: DisplayUnit; formats?: CellFormat[] } = {}): string[] {
  return row.cells.map((c, k) =>
    c === undefined ? "" : typeof c === "string" ? c : table.formats?.[k] === "percent" ? danishNumber(c, 1) : formatAmount(c, table.unit),
  );
}

/** The text of an HTML fragment, tags dropped and spaces squeezed: what a reader sees. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

