// The audit trail (revisionsspor): every printed figure of every printed table — its table, row, column, the
// value as printed and exactly, and where it comes from — as out/audit/figures.csv, for an auditor to tie the
// report out in a spreadsheet (and for the preview's page of every figure, src/render/audit.ts). The sources are
// the figures' own (src/core/source.ts, given where each figure is made); here they are only said.
//
// Every table of the report model is found by walking the model: a new table (an AmountTable anywhere in the
// model) is in the audit trail without a line here. The strategy box and the implementation plan's tables (amounts
// per year per initiative, grouped by type) are the printed tables of other shapes.
import { stringify } from "csv-stringify/sync";
import type { PlanTable } from "../compute/plan.js";
import type { ReportModel } from "../compute/report.js";
import type { AmountTable, Cell, TableRow } from "../compute/tables.js";
import { boxRowLabel, type BoxTarget, type StrategyBox } from "../compute/targets-box.js";
import { Decimal } from "../core/money.js";
import type { OutputFile } from "../core/output-file.js";
import type { Pos } from "../core/problem.js";
import { sourceOf, type Source } from "../core/source.js";
import { TKR, formatAmount, formatExact, unitLabel, type DisplayUnit } from "../format/danish.js";
import { count } from "../messages/words.js";
import { t } from "../messages/index.js";

/** A table as the report prints it: what the audit trail reads. */
interface PrintedTable {
  /** The table's id in the website, unique in the report. */
  anchor: string;
  title: string;
  columns: string[];
  /** Each row shows its figures in a unit (most tables one for all; the strategy box and the key figures their own). */
  rows: (Pick<TableRow, "label" | "style" | "cells"> & { unit: DisplayUnit; unitText: string })[];
}

/** A table of the model: an AmountTable, or a table of that shape whose rows carry their own unit (the key figures). */
interface ModelTable {
  anchor: string;
  caption: string;
  number?: number;
  columns: string[];
  unit?: DisplayUnit;
  rows: (Pick<TableRow, "label" | "cells"> & { style?: TableRow["style"]; unit?: string; money?: DisplayUnit["unit"]; decimals?: number })[];
}

/** One printed figure with its source. */
export interface AuditFigure {
  table: string;
  anchor: string;
  /** 1-based, in the table's body. */
  rowNumber: number;
  /** The row's label, after the rows it stands under ("10.26 Kollektiv trafik › Uden for servicerammen › Busser"). */
  row: string;
  column: string;
  printed: string;
  /** In the table's unit, exact (to six decimals for a quotient). */
  exact: string;
  unit: DisplayUnit;
  /** The unit as the table names it ("1.000 kr.", "mio. kr.", "%"). */
  unitText: string;
  source?: Source;
  /** The source in words. */
  text: string;
  /** Where to look in the data: the figure itself, the declared figure, or the whole a computed figure belongs to. */
  at?: Pos;
}

/** The strategy box's figure columns, as templates/partials/main-results-box.hbs heads them. */
const BOX_COLUMNS = ["Måltal", "Resultat", "Difference (resultat − måltal)"];

/** Every printed table of the report, in the model's order (the strategy box first, as the main results print it). */
function printedTables(report: ReportModel): PrintedTable[] {
  const box = report.kind === "plan" ? undefined : report.main.strategy;
  const found: PrintedTable[] = box ? [strategyTable(box)] : [];
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null || node instanceof Decimal || seen.has(node)) return;
    seen.add(node);
    if (isTable(node)) found.push(modelTable(node));
    else if (isPlanTable(node)) found.push(planTable(node));
    for (const value of Object.values(node)) visit(value);
  };
  visit(report);
  return found;
}

function isTable(node: object): node is ModelTable {
  const o = node as Partial<ModelTable>;
  return typeof o.anchor === "string" && typeof o.caption === "string" && Array.isArray(o.columns) && Array.isArray(o.rows) && o.rows.every((r) => Array.isArray(r?.cells));
}

function isPlanTable(node: object): node is PlanTable {
  const o = node as Partial<PlanTable>;
  return typeof o.anchor === "string" && typeof o.caption === "string" && Array.isArray(o.years) && Array.isArray(o.groups);
}

/** A table of the implementation plan: each initiative's amounts, one column per year, under its type's heading. */
function planTable(table: PlanTable): PrintedTable {
  const unitText = unitLabel(table.unit.unit);
  const rows = table.groups.flatMap((g) =>
    g.rows.map((r) => ({ label: `${g.label} › ${r.nr} ${r.topic}`, style: "line" as const, cells: r.amounts as Cell[], unit: table.unit, unitText })),
  );
  return { anchor: table.anchor, title: `Tabel ${table.number}. ${table.caption}`, columns: table.years.map(String), rows };
}

function modelTable(table: ModelTable | AmountTable): PrintedTable {
  const title = table.number === undefined ? table.caption : `Tabel ${table.number}. ${table.caption}`;
  const rows = (table as ModelTable).rows.map((r) => {
    // A row with its own decimals prints in its own unit: money in `money`, a count or a rate as a plain number.
    const unit = r.decimals === undefined ? (table.unit ?? TKR) : { unit: r.money ?? "kr.", decimals: r.decimals };
    // What the figures count, when not money (the personaleoversigt's årsværk), else the unit's label.
    const unitText = typeof r.unit === "string" ? r.unit : ((table as AmountTable).quantity ?? unitLabel(unit.unit));
    return { label: r.label, style: r.style ?? "line", cells: r.cells, unit, unitText };
  });
  return { anchor: table.anchor, title, columns: table.columns, rows };
}

function strategyTable(box: StrategyBox): PrintedTable {
  // The box shows each target in its own unit.
  const rows = box.targets.flatMap((target: BoxTarget) =>
    target.rows.map((r) => ({
      label: boxRowLabel(target, r),
      style: "line" as const,
      cells: [r.target, r.result, r.difference] as Cell[],
      unit: target.unit,
      unitText: target.unitLabel,
    })),
  );
  return { anchor: "strategi", title: box.caption, columns: BOX_COLUMNS, rows };
}

/** Every printed figure of every printed table (blank cells and markers such as "R" are not figures). */
export function auditFigures(report: ReportModel): AuditFigure[] {
  return printedTables(report).flatMap((table) => {
    const path = rowPaths(table.rows);
    return table.rows.flatMap((row, i) =>
      row.cells.flatMap((cell, j): AuditFigure[] => {
        if (!(cell instanceof Decimal)) return [];
        const unit = row.unit;
        const source = sourceOf(cell);
        const at = sourcePosition(source);
        return [{
          table: table.title,
          anchor: table.anchor,
          rowNumber: i + 1,
          row: path[i]!,
          column: table.columns[j] ?? "",
          printed: formatAmount(cell, unit),
          exact: exact(cell, unit),
          unit,
          unitText: row.unitText,
          ...(source && { source }),
          text: sourceText(cell, source),
          ...(at && { at }),
        }];
      }),
    );
  });
}

/**
 * Each row's label after the frame and group it stands under, so that "Inden for servicerammen" says whose it is:
 * in the accounts' tables, which open with their total (Tabel 1, the financing table, the overviews).
 */
function rowPaths(rows: PrintedTable["rows"]): string[] {
  if (rows[0]?.style !== "total") return rows.map((r) => r.label);
  let frame: string | undefined;
  let group: string | undefined;
  return rows.map(({ label, style }) => {
    if (style === "total") [frame, group] = [undefined, undefined];
    if (style === "frame") [frame, group] = [label, undefined];
    const path = style === "group" ? [frame, label] : style === "line" ? [frame, group, label] : [label];
    if (style === "group") group = label;
    return path.filter((p): p is string => p !== undefined).join(" › ");
  });
}

/** Six decimals of the unit at most, in kroner: only a quotient (a mean, a figure per citizen) has more. */
const KRONER_DECIMALS: Record<DisplayUnit["unit"], number> = { "kr.": 6, "t.kr.": 3, "mio.kr.": 0 };

function exact(value: Decimal, unit: DisplayUnit): string {
  return formatExact(value.toDecimalPlaces(KRONER_DECIMALS[unit.unit]), unit.unit);
}

/** Where to look in the data for a figure: itself, the declared figure it disagrees with, or its whole. */
export function sourcePosition(source: Source | undefined): Pos | undefined {
  if (!source) return undefined;
  if (source.kind === "computed") return source.declared?.at ?? source.at;
  return source.at;
}

export function position(at: Pos): string {
  return `${at.file}:${at.line}:${at.column}`;
}

/** The source in words: a position, a computation of named parts, or a declared figure and its reconciliation. */
export function sourceText(value: Decimal, source: Source | undefined): string {
  const w = t().audit.source;
  if (!source) return w.unknown;
  switch (source.kind) {
    case "data":
      return position(source.at);
    case "declared": {
      const difference = value.minus(source.derived);
      if (difference.isZero()) return w.agrees(position(source.at));
      return w.rounding(position(source.at), `${difference.isPositive() ? "+" : ""}${formatExact(difference, source.unit)} ${source.unit}`);
    }
    case "computed": {
      const of = source.of;
      const made =
        source.operation === "sum" ? (of ? w.sum(count(source.count), of) : w.sumUnnamed(count(source.count)))
        : source.operation === "difference" ? (of ? w.difference(of) : w.differenceUnnamed)
        : of ? w.other(of) : w.unnamed;
      const declared = source.declared;
      return declared ? `${made}; ${w.disagrees(`${formatExact(declared.value, declared.unit)} ${declared.unit}`, position(declared.at))}` : made;
    }
  }
}

/** out/audit/figures.csv: a Danish CSV like the tables' (";", decimal comma, CRLF, UTF-8 with a BOM). */
export function renderAuditCsv(report: ReportModel): OutputFile {
  const h = t().audit.heads;
  const head = [h.table, h.rowNumber, h.row, h.column, h.printed, h.exact, h.unit, h.source, h.position];
  const records = auditFigures(report).map((f) => [f.table, String(f.rowNumber), f.row, f.column, f.printed, f.exact, f.unitText, f.text, f.at ? position(f.at) : ""]);
  return { path: "figures.csv", content: `\uFEFF${stringify([head, ...records], { delimiter: ";", record_delimiter: "windows" })}` };
}
