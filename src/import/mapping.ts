// The mapping file: which columns of an accounting-system export hold what. It is checked against
// schema/mapping.schema.json like the data files against theirs, so mistakes point at the mapping's line.
import type { Node } from "yaml";
import { readYamlFile } from "../load/yaml.js";
import { posOf } from "../load/yaml-nodes.js";
import type { ServiceGroup } from "../model/types.js";
import { Problems, hasErrors, type Message, type Pos, type Problem } from "../core/problem.js";
import { checkSchema } from "../validate/schema.js";
import type { Unit } from "../core/units.js";
import { isEmptyRange, parsePattern, type AccountRule, type AccountTarget } from "./account-table.js";
import * as say from "./messages.js";
import type { Area, FinancingKind } from "../model/statements.js";

export const OPERATIONS_FIELDS = ["committee", "frame_number", "frame_name", "line", "service", "adopted", "adjusted", "actual", "variance", "account"] as const;
export type OperationsField = (typeof OPERATIONS_FIELDS)[number];
/** The columns a line-level export needs; an account-level export takes them from its account table. */
const LINE_LEVEL_FIELDS = ["committee", "frame_number", "frame_name", "line", "service"] as const;
export const CAPITAL_FIELDS = ["committee", "id", "name", "budget", "adjusted", "actual", "transfer", "closed"] as const;
export type CapitalField = (typeof CAPITAL_FIELDS)[number];

export type Encoding = "auto" | "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/** A rule picking rows by one cell: its text matches, or (without `matches`) it is empty. */
export interface RowRule {
  column: string;
  matches?: RegExp;
}

/** What a total row totals: a frame, the committee (Årets resultat), the committee's financing items, its projects. */
export type TotalLevel = "frame" | "committee" | "financing" | "capital";

export interface TotalRule extends RowRule {
  of: TotalLevel;
}

export interface TableMapping<F extends string> {
  kind: "operations" | "capital";
  file?: string;
  sheet?: string;
  headerRow: number;
  /** The header of each field's column; an account may be read from several columns. */
  columns: Partial<Record<F, string[]>>;
  fillDown: string[];
  sumRows: boolean;
  skip: RowRule[];
  totalRows: TotalRule[];
}

export interface OperationsMapping extends TableMapping<OperationsField> {
  serviceValues: Record<ServiceGroup, string[]>;
  financingFrames: string[];
  /** A line-level export: the area of a frame (its lines' default), by frame number. */
  areas: Record<string, Area>;
  /** A line-level export: the kind of a financing item, by its frame number. */
  financingKinds: Record<string, FinancingKind>;
  /** An account-level export: the account table's rules, in the mapping's order. */
  accounts?: AccountRule[];
}

export interface CapitalMapping extends TableMapping<CapitalField> {
  closedValues: string[];
  openValues: string[];
  /** The area of a project, by its id (tax, the default, for the rest). */
  areas: Record<string, Area>;
}

export interface CommitteeEntry {
  source: string;
  id: string;
  order: number;
  name?: string;
}

export interface Mapping {
  unit: Unit;
  encoding: Encoding;
  delimiter: string;
  committees: CommitteeEntry[];
  operations?: OperationsMapping;
  capital?: CapitalMapping;
}

const DEFAULT_SERVICE_VALUES: Record<ServiceGroup, string[]> = {
  inside: ["Inden for servicerammen", "Inden for", "Ja", "J"],
  outside: ["Uden for servicerammen", "Uden for", "Nej", "N"],
};

/** The mapping file as YAML writes it (the schema has checked the shape). */
interface RawRule {
  column: string;
  matches?: string;
  empty?: true;
  of?: TotalLevel;
}

interface RawAccountLine {
  name: string;
  service?: ServiceGroup;
  area?: Area;
  accounts: string[];
}

interface RawAccountCommittee {
  committee: string;
  frames?: { number: string; name: string; service?: ServiceGroup; area?: Area; lines: RawAccountLine[] }[];
  financing?: { number: string; name: string; kind?: FinancingKind; accounts: string[] }[];
}

interface RawTable {
  file?: string;
  sheet?: string;
  header_row?: number;
  columns: Record<string, string | string[]>;
  fill_down?: string[];
  sum_rows?: boolean;
  skip?: RawRule[];
  total_rows?: RawRule[];
  service_values?: Record<ServiceGroup, string[]>;
  financing_frames?: string[];
  financing_kinds?: Record<string, FinancingKind>;
  areas?: Record<string, Area>;
  accounts?: RawAccountCommittee[];
  closed_values?: string[];
  open_values?: string[];
}

interface RawMapping {
  source: { unit: Unit; encoding?: Encoding; delimiter?: string };
  committees?: CommitteeEntry[];
  operations?: RawTable;
  capital?: RawTable;
}

type At = (...path: (string | number)[]) => Pos;

export function readMapping(path: string): { mapping?: Mapping; problems: Problem[] } {
  const problems = new Problems();
  const source = readYamlFile(path, path, problems);
  if (!source || !checkSchema(source, "mapping", problems) || hasErrors(problems.list)) return { problems: problems.list };
  const raw = source.doc.toJS() as RawMapping;
  const at: At = (...p) => posOf(source, source.doc.getIn(p, true) as Node | undefined);
  checkMeaning(raw, at, problems);
  const accounts = raw.operations?.accounts && accountRules(raw.operations.accounts, at, problems);
  if (hasErrors(problems.list)) return { problems: problems.list };
  return { mapping: toMapping(raw, accounts), problems: problems.list };
}

/** What the schema cannot say: at least one table, at least one amount column, well-formed rules, one shape. */
function checkMeaning(raw: RawMapping, at: At, problems: Problems): void {
  const error = (pos: Pos, m: Message): void => problems.error(pos, m);
  if (!raw.operations && !raw.capital) error(at(), say.mappingNoTable());
  const ops = raw.operations;
  if (ops && !ops.columns.adopted && !ops.columns.adjusted && !ops.columns.actual) error(at("operations", "columns"), say.mappingNoAmounts());
  for (const kind of ["operations", "capital"] as const) {
    for (const key of ["skip", "total_rows"] as const) {
      (raw[kind]?.[key] ?? []).forEach((rule, i) => {
        const where = `${kind}: ${key}:`;
        if ((rule.matches === undefined) === (rule.empty === undefined)) error(at(kind, key, i), say.mappingSkipRule(where, i + 1, rule.matches === undefined ? "neither" : "both"));
        else if (rule.matches !== undefined && !validRegExp(rule.matches)) error(at(kind, key, i, "matches"), say.mappingRegexp(where, i + 1, rule.matches));
      });
    }
  }
  if (ops) checkShape(ops, at, error);
}

/** A line-level export names its committee, frame, line and service columns; an account-level one has a table instead. */
function checkShape(ops: RawTable, at: At, error: (pos: Pos, m: Message) => void): void {
  if (ops.accounts === undefined) {
    if (ops.columns.account !== undefined) error(at("operations", "columns", "account"), say.mappingAccountNeedsTable());
    for (const field of LINE_LEVEL_FIELDS) if (ops.columns[field] === undefined) error(at("operations", "columns"), say.mappingNeedsColumn(field));
    return;
  }
  if (ops.columns.account === undefined) error(at("operations", "columns"), say.mappingTableNeedsAccount());
  for (const field of LINE_LEVEL_FIELDS) if (ops.columns[field] !== undefined) error(at("operations", "columns", field), say.mappingNotWithAccounts(`columns: ${field}`));
  for (const key of ["service_values", "financing_frames", "financing_kinds", "areas", "sum_rows", "total_rows"] as const) {
    if (ops[key] !== undefined) error(at("operations", key), say.mappingNotWithAccounts(`${key}:`));
  }
}

/** The account table as a flat list of rules, in the mapping's order; every mistake in it at its line. */
function accountRules(table: RawAccountCommittee[], at: At, problems: Problems): AccountRule[] {
  const error = (pos: Pos, m: Message): void => problems.error(pos, m);
  const rules: AccountRule[] = [];
  const numbers = new Map<string, Pos>();
  const patterns = new Map<string, Pos>();
  let order = 0;
  const addPatterns = (texts: string[], target: AccountTarget, path: (string | number)[]): void => {
    texts.forEach((text, i) => {
      const pos = at(...path, "accounts", i);
      const pattern = parsePattern(String(text), pos);
      if (!pattern) return error(pos, say.mappingPattern(String(text)));
      if (isEmptyRange(pattern)) return error(pos, say.mappingRange(pattern.text));
      const normal = pattern.prefix?.join(".") ?? `${pattern.range!.from.join(".")}-${pattern.range!.to.join(".")}`;
      const first = patterns.get(normal);
      if (first) return error(pos, say.mappingPatternTwice(pattern.text, first.line));
      patterns.set(normal, pos);
      rules.push({ pattern, target });
    });
  };
  const claim = (number: string, pos: Pos, twice: (first: number) => Message): boolean => {
    const first = numbers.get(number);
    if (first) error(pos, twice(first.line));
    else numbers.set(number, pos);
    return !first;
  };
  table.forEach((c, ci) => {
    const committeeAt = at("operations", "accounts", ci, "committee");
    (c.frames ?? []).forEach((f, fi) => {
      const framePath = ["operations", "accounts", ci, "frames", fi];
      if (!claim(f.number, at(...framePath, "number"), (l) => say.mappingFrameTwice(f.number, l))) return;
      const lines = new Map<string, Pos>();
      f.lines.forEach((l, li) => {
        const path = [...framePath, "lines", li];
        const service = l.service ?? f.service;
        if (!service) return error(at(...path), say.mappingLineService(l.name));
        const key = `${l.name}\u0000${service}`;
        const first = lines.get(key);
        if (first) return error(at(...path, "name"), say.mappingLineTwice(l.name, service, first.line));
        lines.set(key, at(...path, "name"));
        const area = l.area ?? f.area;
        const target: AccountTarget = {
          kind: "line",
          committee: c.committee,
          committeeAt,
          frame: f.number,
          frameName: f.name,
          ...(f.area && { frameArea: f.area }),
          line: l.name,
          service,
          ...(area && { area }),
          order: order++,
          at: at(...path),
        };
        addPatterns(l.accounts, target, path);
      });
    });
    (c.financing ?? []).forEach((item, ii) => {
      const path = ["operations", "accounts", ci, "financing", ii];
      if (!claim(item.number, at(...path, "number"), (l) => say.mappingFinancingTwice(item.number, l))) return;
      const target: AccountTarget = { kind: "financing", committee: c.committee, committeeAt, number: item.number, name: item.name, ...(item.kind && { financingKind: item.kind }), order: order++, at: at(...path) };
      addPatterns(item.accounts, target, path);
    });
  });
  return rules;
}

function validRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, "iu");
    return true;
  } catch {
    return false;
  }
}

function toMapping(raw: RawMapping, accounts: AccountRule[] | undefined): Mapping {
  return {
    unit: raw.source.unit,
    encoding: raw.source.encoding ?? "auto",
    delimiter: raw.source.delimiter ?? ";",
    committees: raw.committees ?? [],
    operations: raw.operations && {
      ...table("operations", raw.operations),
      serviceValues: raw.operations.service_values ?? DEFAULT_SERVICE_VALUES,
      financingFrames: raw.operations.financing_frames ?? [],
      areas: raw.operations.areas ?? {},
      financingKinds: raw.operations.financing_kinds ?? {},
      ...(accounts && { accounts }),
    },
    capital: raw.capital && {
      ...table("capital", raw.capital),
      closedValues: raw.capital.closed_values ?? ["R"],
      openValues: raw.capital.open_values ?? [],
      areas: raw.capital.areas ?? {},
    },
  };
}

function table(kind: "operations" | "capital", t: RawTable): TableMapping<string> {
  const rule = (r: RawRule): RowRule => ({ column: r.column, ...(r.matches !== undefined && { matches: new RegExp(r.matches, "iu") }) });
  return {
    kind,
    file: t.file,
    sheet: t.sheet,
    headerRow: t.header_row ?? 1,
    columns: Object.fromEntries(Object.entries(t.columns).map(([field, header]) => [field, typeof header === "string" ? [header] : header])),
    fillDown: t.fill_down ?? [],
    sumRows: t.sum_rows ?? false,
    skip: (t.skip ?? []).map(rule),
    totalRows: (t.total_rows ?? []).map((r) => ({ ...rule(r), of: kind === "capital" ? "capital" : (r.of ?? "frame") })),
  };
}
