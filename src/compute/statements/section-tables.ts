// The amount tables of a statement section, in the order it prints them: what the workbook, the CSV files and
// the change report take from each section (the key figures are a table of their own kind, and have none).
import type { AmountTable } from "../tables.js";
import type { StatementSection } from "./sections.js";

export function amountTablesOf(section: StatementSection): AmountTable[] {
  switch (section.kind) {
    case "key-figures":
    case "policies":
      return [];
    case "carry-overs":
      return [section.operations, ...(section.capital ? [section.capital] : [])];
    case "capital-accounts":
      return [...(section.summary ? [section.summary] : []), ...section.accounts.map((a) => a.table), ...(section.small ? [section.small] : [])];
    case "guarantees":
      return section.lists;
    default:
      return [section.table];
  }
}
