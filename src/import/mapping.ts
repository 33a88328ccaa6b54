// The mapping file: which columns of an accounting-system export hold what. It is checked against
// schema/mapping.schema.json like the data files against theirs, so mistakes point at the mapping's line.
import type { Node } from "yaml";
import { readYamlFile } from "../load/yaml.js";
import { posOf, type SourceFile } from "../load/yaml-nodes.js";
import type { ServiceGroup } from "../model/types.js";
import { Problems, hasErrors, type Problem } from "../core/problem.js";
import { checkSchema } from "../validate/schema.js";
import type { Unit } from "../core/units.js";

const OPERATIONS_FIELDS = ["committee", "frame_number", "frame_name", "line", "service", "adopted", "adjusted", "actual"] as const;
export type OperationsField = (typeof OPERATIONS_FIELDS)[number];
const CAPITAL_FIELDS = ["committee", "id", "name", "budget", "adjusted", "actual", "transfer", "closed"] as const;
export type CapitalField = (typeof CAPITAL_FIELDS)[number];

export type Encoding = "auto" | "utf-8" | "windows-1252";

export interface SkipRule {
  column: string;
  /** Skip when the cell's text matches; absent for an `empty` rule. */
  matches?: RegExp;
}

export interface TableMapping<F extends string> {
  kind: "operations" | "capital";
  file?: string;
  sheet?: string;
  headerRow: number;
  columns: Partial<Record<F, string>>;
  fillDown: string[];
  sumRows: boolean;
  skip: SkipRule[];
}

export interface OperationsMapping extends TableMapping<OperationsField> {
  serviceValues: Record<ServiceGroup, string[]>;
  financingFrames: string[];
}

export interface CapitalMapping extends TableMapping<CapitalField> {
  closedValues: string[];
  openValues: string[];
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
interface RawTable {
  file?: string;
  sheet?: string;
  header_row?: number;
  columns: Record<string, string>;
  fill_down?: string[];
  sum_rows?: boolean;
  skip?: { column: string; matches?: string; empty?: true }[];
  service_values?: Record<ServiceGroup, string[]>;
  financing_frames?: string[];
  closed_values?: string[];
  open_values?: string[];
}

interface RawMapping {
  source: { unit: Unit; encoding?: Encoding; delimiter?: string };
  committees?: CommitteeEntry[];
  operations?: RawTable;
  capital?: RawTable;
}

export function readMapping(path: string): { mapping?: Mapping; problems: Problem[] } {
  const problems = new Problems();
  const source = readYamlFile(path, path, problems);
  if (!source || !checkSchema(source, "mapping", problems) || hasErrors(problems.list)) return { problems: problems.list };
  const raw = source.doc.toJS() as RawMapping;
  checkMeaning(source, raw, problems);
  if (hasErrors(problems.list)) return { problems: problems.list };
  return { mapping: toMapping(raw), problems: problems.list };
}

/** What the schema cannot say: at least one table, at least one amount column, well-formed skip rules. */
function checkMeaning(source: SourceFile, raw: RawMapping, problems: Problems): void {
  const at = (...path: (string | number)[]) => posOf(source, source.doc.getIn(path, true) as Node | undefined);
  if (!raw.operations && !raw.capital) {
    problems.error(at(), "mapping-no-table", "the mapping has neither operations: nor capital: — add at least one table (see docs/import.md)");
  }
  const ops = raw.operations?.columns;
  if (ops && !ops.adopted && !ops.adjusted && !ops.actual) {
    problems.error(at("operations", "columns"), "mapping-no-amounts", "operations: columns: names no amount column — add adopted, adjusted or actual");
  }
  for (const kind of ["operations", "capital"] as const) {
    (raw[kind]?.skip ?? []).forEach((rule, i) => {
      if ((rule.matches === undefined) === (rule.empty === undefined)) {
        problems.error(at(kind, "skip", i), "mapping-skip-rule", `${kind}: skip rule ${i + 1} needs either matches: (a regular expression) or empty: true, not ${rule.matches === undefined ? "neither" : "both"}`);
      } else if (rule.matches !== undefined && !validRegExp(rule.matches)) {
        problems.error(at(kind, "skip", i, "matches"), "mapping-regexp", `${kind}: skip rule ${i + 1}: "${rule.matches}" is not a valid regular expression`);
      }
    });
  }
}

function validRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, "iu");
    return true;
  } catch {
    return false;
  }
}

function toMapping(raw: RawMapping): Mapping {
  return {
    unit: raw.source.unit,
    encoding: raw.source.encoding ?? "auto",
    delimiter: raw.source.delimiter ?? ";",
    committees: raw.committees ?? [],
    operations: raw.operations && {
      ...table("operations", raw.operations),
      serviceValues: raw.operations.service_values ?? DEFAULT_SERVICE_VALUES,
      financingFrames: raw.operations.financing_frames ?? [],
    },
    capital: raw.capital && {
      ...table("capital", raw.capital),
      closedValues: raw.capital.closed_values ?? ["R"],
      openValues: raw.capital.open_values ?? [],
    },
  };
}

function table(kind: "operations" | "capital", t: RawTable): TableMapping<string> {
  return {
    kind,
    file: t.file,
    sheet: t.sheet,
    headerRow: t.header_row ?? 1,
    columns: t.columns,
    fillDown: t.fill_down ?? [],
    sumRows: t.sum_rows ?? false,
    skip: (t.skip ?? []).map((r) => ({ column: r.column, ...(r.matches !== undefined && { matches: new RegExp(r.matches, "iu") }) })),
  };
}
