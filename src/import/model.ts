// What an import brings for each committee, before it is merged into the committee's YAML file. Amounts are
// exact kroner. In a Figures record an absent key means the mapping has no such column (the file's figure is
// left as it is); null means the cell was empty (no figure: the key is removed from the file).
import type { Decimal } from "../core/money.js";
import type { Area, FinancingKind } from "../model/statements.js";
import type { CapitalColumn, ServiceGroup } from "../model/types.js";
import type { SourcePos } from "./location.js";

/** The figures of a line or financing item; `variance` only when the mapping names a column for it. */
export const LINE_COLUMNS = ["adopted", "adjusted", "actual", "variance"] as const;
export type LineColumn = (typeof LINE_COLUMNS)[number];

export type Figures<C extends string> = Partial<Record<C, Decimal | null>>;

export interface ImportedLine {
  name: string;
  service: ServiceGroup;
  /** Where the line belongs in the regnskabsopgørelse, when the mapping says (else the file's is kept). */
  area?: Area;
  figures: Figures<LineColumn>;
  at: SourcePos;
}

/** Declared totals from the export's total rows: a frame's, the committee's, the financing table's. */
export interface DeclaredTotals {
  totals?: Figures<LineColumn>;
  serviceTotals?: Partial<Record<ServiceGroup, Figures<LineColumn>>>;
}

export interface ImportedFrame extends DeclaredTotals {
  number: string;
  name: string;
  /** The default area of its lines, when the mapping says. */
  area?: Area;
  lines: ImportedLine[];
  at: SourcePos;
}

export interface ImportedFinancing {
  number: string;
  name: string;
  /** What the item is in the statements, when the mapping says (else the file's is kept). */
  kind?: FinancingKind;
  figures: Figures<LineColumn>;
  at: SourcePos;
}

export interface ImportedProject {
  id: string;
  name: string;
  area?: Area;
  figures: Figures<CapitalColumn>;
  /** undefined: the mapping says nothing about closing (the file's flag is left as it is). */
  closed?: boolean;
  at: SourcePos;
}

/** The committee file an import writes to. */
export interface CommitteeTarget {
  id: string;
  /** The committee's name, for a new file. */
  name: string;
  order: number;
  /** Path relative to the data directory, e.g. committees/01-klima-miljo.yaml. */
  file: string;
}

/** Each part is present only when the import has rows of that kind for the committee. */
export interface ImportedCommittee {
  target: CommitteeTarget;
  frames?: ImportedFrame[];
  /** The committee's declared totals (Årets resultat), from a total row of the operations table. */
  declared?: DeclaredTotals;
  financing?: ImportedFinancing[];
  financingTotals?: Figures<LineColumn>;
  capital?: ImportedProject[];
  capitalTotals?: Figures<CapitalColumn>;
}

/** The identity of a line within its frame: its name and its service group (a frame may have "Myndighed" in both). */
export function lineKey(name: string, service: ServiceGroup): string {
  return `${name}\u0000${service}`;
}

/** Adds figures column by column: an empty cell adds nothing, and two empty cells stay empty. */
export function addFigures<C extends string>(a: Figures<C>, b: Figures<C>): Figures<C> {
  const out: Figures<C> = { ...a };
  for (const key of Object.keys(b) as C[]) {
    const x = a[key];
    const y = b[key];
    out[key] = x === null || x === undefined ? (y ?? null) : y === null || y === undefined ? x : x.plus(y);
  }
  return out;
}
