// What changed since the published build, for the people who review the report: every figure the data
// states that changed (old → new and the difference), lines, financing items and capital projects added or
// removed, initiatives whose status changed, strategy targets whose result or verdict changed, and edited
// text. Builds keep a snapshot of these facts (snapshot.json) to compare the next build with.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AccountsReport, ReportModel } from "../compute/report.js";
import { formatAmount } from "../format/danish.js";
import { Decimal } from "../core/money.js";
import type { BudgetFigures, Committee, ReportData } from "../model/types.js";
import { sha256 } from "../core/hash.js";

type Figures = Record<string, string | null>;

interface Row {
  label: string;
  figures: Figures;
}

interface CommitteeFacts {
  name: string;
  rows: Record<string, Row>;
  initiatives: Record<string, { label: string; status: string }>;
  sections: Record<string, string>;
}

export interface Snapshot {
  committees: Record<string, CommitteeFacts>;
  front: Record<string, string>;
  targets: Record<string, { label: string; status: string; results: string[] }>;
  /** The statements' rows as printed (regnskabsopgørelse, finansieringsoversigt, balance); absent without them. */
  statements?: Record<string, Row>;
}

export interface FigureChange {
  row: string;
  column: string;
  /** Exact amounts in kroner; null for a blank cell. */
  old: string | null;
  new: string | null;
  difference: string | null;
}

export interface CommitteeChanges {
  id: string;
  name: string;
  figures: FigureChange[];
  added: string[];
  removed: string[];
  initiatives: { initiative: string; old: string; new: string }[];
  sections: string[];
}

export interface Changes {
  /** False for the first build: nothing to compare with. */
  compared: boolean;
  committees: CommitteeChanges[];
  committeesAdded: string[];
  committeesRemoved: string[];
  front: string[];
  targets: { target: string; old: string; new: string }[];
  /** The statements' figures that changed and rows that came or went; absent when nothing of them changed. */
  statements?: { figures: FigureChange[]; added: string[]; removed: string[] };
  /** Nothing at all changed in what the report shows (the tool or its templates may have). */
  none: boolean;
}

const COLUMN: Record<string, string> = {
  adopted: "Vedtaget budget (1)",
  adjusted: "Korrigeret budget (2)",
  actual: "Regnskab (3)",
  variance: "Resultat (4)",
  budget: "Budget",
  transfer: "Forventet overførsel",
  prior: "Regnskab året før",
  expected: "Forventet regnskab",
  spent: "Forbrug pr. dato",
};

const SECTION: Record<string, string> = {
  intro: "indledning",
  report: "udvalgets beretning",
  operations: "driftsudgifter",
  initiatives: "opfølgning på budgetaftalen",
  capital: "anlæg",
};

const STATUS: Record<string, string> = {
  met: "opfyldt",
  "not-met": "ikke opfyldt",
  pending: "afventer",
  "expected-met": "forventes opfyldt",
  "expected-not-met": "forventes ikke opfyldt",
  partial: "foreløbigt",
};

/** The file beside the published outputs that keeps the build's snapshot for the next build to compare with. */
export const SNAPSHOT = "snapshot.json";

/** The published build's snapshot; undefined before the first build, or when it cannot be read. */
export function readSnapshot(dir: string | undefined): Snapshot | undefined {
  const file = dir && join(dir, SNAPSHOT);
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  } catch {
    return undefined;
  }
}

/**
 * The facts of a build: the data's figures (whichever report prints them), the front sections, and the
 * strategy targets of every report that judges them — the main report's by the target's id, another's by
 * its report's id and the target's.
 */
export function snapshot(data: ReportData, reports: ReportModel[]): Snapshot {
  // The statements are the annual report's, which is the main report when the data make one.
  const main = reports.find((r): r is AccountsReport => r.kind === "annual");
  return {
    committees: Object.fromEntries(data.committees.map((c) => [c.id, committeeFacts(c)])),
    front: Object.fromEntries(data.municipality.sections.map((s) => [s.title, sha256(s.body.markdown)])),
    targets: Object.fromEntries(
      reports.flatMap((report, i) =>
        (report.kind === "plan" ? [] : (report.main.strategy?.targets ?? [])).map((t) => [
          i === 0 ? t.id : `${report.id}:${t.id}`,
          {
            label: i === 0 ? t.label : `${report.municipality.title}: ${t.label}`,
            status: STATUS[t.status] ?? t.status,
            results: t.rows.map((r) => `${r.label ?? ""} ${formatAmount(r.result, t.unit)}`.trim()),
          },
        ]),
      ),
    ),
    ...(main?.statements && { statements: statementFacts(main) }),
  };
}

/** Every row of the statements' amount tables, keyed by table and label, its cells by column head. */
function statementFacts(report: AccountsReport): Record<string, Row> {
  const rows: Record<string, Row> = {};
  for (const section of report.statements?.sections ?? []) {
    if (section.kind === "key-figures") continue; // counts and rates: their inputs are in the data files
    const { table } = section;
    for (const row of table.rows) {
      let key = `${table.anchor}|${row.label}`;
      for (let n = 2; key in rows; n++) key = `${table.anchor}|${row.label} #${n}`; // a committee under two rows
      const figures = Object.fromEntries(table.columns.map((c, i) => [c, cellText(row.cells[i])]));
      if (Object.values(figures).some((v) => v !== null)) rows[key] = { label: `${section.title}: ${row.label}`, figures };
    }
  }
  return rows;
}

function cellText(cell: unknown): string | null {
  return cell instanceof Decimal ? cell.toString() : typeof cell === "string" ? cell : null;
}

function committeeFacts(c: Committee): CommitteeFacts {
  const rows: Record<string, Row> = {};
  const add = (key: string, label: string, figures: Figures): void => {
    let unique = key;
    for (let n = 2; unique in rows; n++) unique = `${key} #${n}`; // the same name twice in a frame
    rows[unique] = { label: unique === key ? label : `${label} (${unique.split("#")[1]})`, figures };
  };
  for (const f of c.frames) {
    for (const l of f.lines) add(`line|${f.number}|${l.name}`, `${f.number} ${f.name}: ${l.name}`, { ...budget(l), variance: text(l.variance?.value) });
  }
  for (const i of c.financing) add(`financing|${i.number}`, `${i.number} ${i.name}`, { ...budget(i), variance: text(i.variance?.value) });
  for (const p of c.capital) {
    add(`project|${p.id}`, `${p.id} ${p.name}`, { budget: text(p.budget), adjusted: text(p.adjusted), actual: text(p.actual), transfer: p.closed ? "R" : text(p.transfer), ...given(p) });
  }
  const initiatives: CommitteeFacts["initiatives"] = {};
  c.initiatives.forEach((i) => (initiatives[`${i.nr} ${i.topic}`] = { label: `${i.nr} ${i.topic}`, status: i.status }));
  const sections = Object.fromEntries(Object.entries(c.sections).map(([k, v]) => [k, sha256(v.markdown)]));
  return { name: c.name, rows, initiatives, sections };
}

function budget(row: BudgetFigures): Figures {
  return { adopted: text(row.adopted), adjusted: text(row.adjusted), actual: text(row.actual), ...given(row) };
}

/** The figures only some reports print, where the data give them (a snapshot without them reads them as blank). */
function given(row: { prior?: Decimal; expected?: Decimal; spent?: Decimal }): Figures {
  const out: Figures = {};
  for (const key of ["prior", "expected", "spent"] as const) if (row[key] !== undefined) out[key] = text(row[key]);
  return out;
}

function text(value: Decimal | undefined): string | null {
  return value === undefined ? null : value.toString();
}

export function diff(before: Snapshot | undefined, after: Snapshot): Changes {
  if (!before) return { compared: false, committees: [], committeesAdded: [], committeesRemoved: [], front: [], targets: [], none: false };
  const committees = Object.entries(after.committees)
    .filter(([id]) => id in before.committees)
    .map(([id, facts]) => committeeChanges(id, before.committees[id]!, facts))
    .filter((c) => c.figures.length + c.added.length + c.removed.length + c.initiatives.length + c.sections.length > 0);
  const changes: Changes = {
    compared: true,
    committees,
    committeesAdded: Object.keys(after.committees).filter((id) => !(id in before.committees)).map((id) => after.committees[id]!.name),
    committeesRemoved: Object.keys(before.committees).filter((id) => !(id in after.committees)).map((id) => before.committees[id]!.name),
    front: Object.keys({ ...before.front, ...after.front }).filter((t) => before.front[t] !== after.front[t]),
    targets: targetChanges(before, after),
    ...statementChanges(before, after),
    none: false,
  };
  changes.none =
    committees.length + changes.committeesAdded.length + changes.committeesRemoved.length + changes.front.length + changes.targets.length === 0 &&
    changes.statements === undefined;
  return changes;
}

function committeeChanges(id: string, before: CommitteeFacts, after: CommitteeFacts): CommitteeChanges {
  const figures = figureChanges(before.rows, after.rows);
  const initiatives = Object.entries(after.initiatives)
    .filter(([key, i]) => before.initiatives[key] && before.initiatives[key]!.status !== i.status)
    .map(([key, i]) => ({ initiative: i.label, old: before.initiatives[key]!.status, new: i.status }));
  return {
    id,
    name: after.name,
    figures,
    added: Object.keys(after.rows).filter((k) => !(k in before.rows)).map((k) => after.rows[k]!.label),
    removed: Object.keys(before.rows).filter((k) => !(k in after.rows)).map((k) => before.rows[k]!.label),
    initiatives,
    sections: Object.keys({ ...before.sections, ...after.sections })
      .filter((s) => before.sections[s] !== after.sections[s])
      .map((s) => SECTION[s] ?? s),
  };
}

function figureChanges(before: Record<string, Row>, after: Record<string, Row>): FigureChange[] {
  const figures: FigureChange[] = [];
  for (const [key, row] of Object.entries(after)) {
    const old = before[key];
    if (!old) continue;
    for (const column of Object.keys({ ...old.figures, ...row.figures })) {
      const [a, b] = [old.figures[column] ?? null, row.figures[column] ?? null];
      if (a !== b) figures.push({ row: row.label, column: COLUMN[column] ?? column, old: a, new: b, difference: difference(a, b) });
    }
  }
  return figures;
}

/** The statements' changes, when there are any (a report without statements before and after has none). */
function statementChanges(before: Snapshot, after: Snapshot): Pick<Changes, "statements"> {
  const [a, b] = [before.statements ?? {}, after.statements ?? {}];
  const figures = figureChanges(a, b);
  const added = Object.keys(b).filter((k) => !(k in a)).map((k) => b[k]!.label);
  const removed = Object.keys(a).filter((k) => !(k in b)).map((k) => a[k]!.label);
  return figures.length + added.length + removed.length > 0 ? { statements: { figures, added, removed } } : {};
}

function difference(a: string | null, b: string | null): string | null {
  const number = (v: string | null): Decimal | undefined => (v === null || v === "R" ? undefined : new Decimal(v));
  const [x, y] = [number(a), number(b)];
  if (x === undefined && y === undefined) return null;
  return (y ?? new Decimal(0)).minus(x ?? new Decimal(0)).toString();
}

function targetChanges(before: Snapshot, after: Snapshot): Changes["targets"] {
  return Object.entries(after.targets)
    .filter(([id]) => id in before.targets)
    .flatMap(([id, t]) => {
      const old = before.targets[id]!;
      const out: Changes["targets"] = [];
      if (old.status !== t.status) out.push({ target: t.label, old: old.status, new: t.status });
      else if (old.results.join("|") !== t.results.join("|")) out.push({ target: t.label, old: old.results.join("; "), new: t.results.join("; ") });
      return out;
    });
}
