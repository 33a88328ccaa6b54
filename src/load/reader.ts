// A cursor over one parsed file: reads typed fields from YAML nodes, reporting what the schema cannot see
// (amounts, references) at the node's position. Reading is tolerant — a field of the wrong type reads as
// absent, because the schema check has reported it already — so one run finds every problem.
import type { Node, YAMLMap, YAMLSeq } from "yaml";
import type { Decimal } from "../core/money.js";
import type { Pos, Problems } from "../core/problem.js";
import { withSource, type Span } from "../core/source.js";
import { UNITS, UNIT_FACTOR, type Unit } from "../core/units.js";
import type { Declared } from "../model/declared.js";
import type { MarkdownText } from "../model/types.js";
import { parseAmount } from "./amount.js";
import { readMarkdown } from "./text.js";
import { asMap, asScalar, asSeq, pairOf, posAt, posOf, stringOf, valueOf, type SourceFile } from "./yaml-nodes.js";

/** The years the schema allows (schema/municipality.schema.json). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export class FileReader {
  constructor(
    readonly source: SourceFile,
    readonly dataDir: string,
    readonly problems: Problems,
    public unit: Unit = "t.kr.",
  ) {}

  /** Reads the file's `unit:`; an unknown unit (reported by the schema) reads as the default. */
  readUnit(map: YAMLMap | undefined): Unit {
    const unit = this.string(map, "unit");
    this.unit = UNITS.includes(unit as Unit) ? (unit as Unit) : "t.kr.";
    return this.unit;
  }

  get file(): string {
    return this.source.rel;
  }

  map(node: unknown): YAMLMap | undefined {
    return asMap(this.source, node);
  }

  /** The mapping items of a list field; items that are not mappings are skipped (the schema reports them). */
  items(map: YAMLMap | undefined, key: string): YAMLMap[] {
    const seq: YAMLSeq | undefined = asSeq(this.source, valueOf(this.source, map, key));
    return (seq?.items ?? []).map((n) => asMap(this.source, n)).filter((m): m is YAMLMap => m !== undefined);
  }

  field(map: YAMLMap | undefined, key: string): Node | undefined {
    return valueOf(this.source, map, key);
  }

  string(map: YAMLMap | undefined, key: string): string | undefined {
    return stringOf(this.source, map, key);
  }

  /** A whole number (every plain number of the contract is one); anything else reads as absent. */
  number(map: YAMLMap | undefined, key: string): number | undefined {
    const v = asScalar(this.source, this.field(map, key))?.value;
    return typeof v === "number" && Number.isSafeInteger(v) ? v : undefined;
  }

  /** A year within the schema's range; another reads as absent, so that no date is made from year 7 or 1e300. */
  year(map: YAMLMap | undefined, key: string): number | undefined {
    const v = this.number(map, key);
    return v !== undefined && v >= MIN_YEAR && v <= MAX_YEAR ? v : undefined;
  }

  boolean(map: YAMLMap | undefined, key: string): boolean | undefined {
    const v = asScalar(this.source, this.field(map, key))?.value;
    return typeof v === "boolean" ? v : undefined;
  }

  /** Position of a key (or of the mapping itself when the key is absent). */
  keyPos(map: YAMLMap | undefined, key: string): Pos {
    return posOf(this.source, pairOf(map, key) ?? map);
  }

  valuePos(map: YAMLMap | undefined, key: string): Pos {
    return posOf(this.source, this.field(map, key) ?? pairOf(map, key) ?? map);
  }

  pos(node: Node | undefined): Pos {
    return posOf(this.source, node);
  }

  /** Whether an error has been reported anywhere inside this node's text (its figures cannot be trusted). */
  hasError(node: Node | undefined): boolean {
    const range = node?.range;
    if (!range) return false;
    const start = posAt(this.source, range[0]);
    const end = posAt(this.source, range[1]);
    const key = (p: { line: number; column: number }): number => p.line * 1e6 + p.column;
    return this.problems.list.some(
      (p) => p.severity === "error" && p.file === this.file && key(p) >= key(start) && key(p) < key(end),
    );
  }

  /**
   * An amount in kroner; undefined when absent, empty or wrong (wrong ones are reported). `unit` is the file's
   * unit unless the field has its own (kroner per citizen are always kr.).
   */
  amount(map: YAMLMap | undefined, key: string, unit: Unit = this.unit): Decimal | undefined {
    if (!pairOf(map, key)) return undefined;
    const result = parseAmount(this.field(map, key), unit);
    if (!result.ok) {
      this.problems.error(this.valuePos(map, key), { code: result.code, message: `${key}: ${result.message}` });
      return undefined;
    }
    // Every amount read knows where it is written (the audit trail): its value's position, and its row.
    return withSource(result.value?.times(UNIT_FACTOR[unit]), { kind: "data", at: this.valuePos(map, key), ...this.span(map) });
  }

  /** The stretch of the file a mapping spans (a table row's data): problems inside it concern the row. */
  private span(map: YAMLMap | undefined): { row?: Span } {
    const range = map?.range;
    if (!range) return {};
    const to = posAt(this.source, range[1]);
    return { row: { from: posAt(this.source, range[0]), to: { line: to.line, column: to.column } } };
  }

  declared(map: YAMLMap | undefined, key: string, unit: Unit = this.unit): Declared | undefined {
    const value = this.amount(map, key, unit);
    return value === undefined ? undefined : { value, at: this.valuePos(map, key) };
  }

  declaredAll<C extends string>(map: YAMLMap | undefined, columns: readonly C[]): Partial<Record<C, Declared>> {
    const out: Partial<Record<C, Declared>> = {};
    for (const c of columns) {
      const d = this.declared(map, c);
      if (d) out[c] = d;
    }
    return out;
  }

  markdown(map: YAMLMap | undefined, key: string): MarkdownText | undefined {
    return readMarkdown(this.source, this.field(map, key), this.dataDir, this.problems);
  }
}
