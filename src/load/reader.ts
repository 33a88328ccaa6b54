// A cursor over one parsed file: reads typed fields from YAML nodes, reporting what the schema cannot see
// (amounts, references) at the node's position. Reading is tolerant — a field of the wrong type reads as
// absent, because the schema check has reported it already — so one run finds every problem.
import type { Node, YAMLMap, YAMLSeq } from "yaml";
import type { Decimal } from "../model/money.js";
import type { Declared, MarkdownText, Pos, Unit } from "../model/types.js";
import type { Problems } from "../validate/problem.js";
import { UNIT_FACTOR, parseAmount } from "./amount.js";
import { readMarkdown } from "./text.js";
import { asMap, asScalar, asSeq, pairOf, posOf, stringOf, valueOf, type SourceFile } from "./yaml.js";

export class FileReader {
  constructor(
    readonly source: SourceFile,
    readonly dataDir: string,
    readonly problems: Problems,
    public unit: Unit = "t.kr.",
  ) {}

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

  number(map: YAMLMap | undefined, key: string): number | undefined {
    const v = asScalar(this.source, this.field(map, key))?.value;
    return typeof v === "number" && Number.isFinite(v) ? v : undefined;
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

  /** An amount in kroner; undefined when absent, empty or wrong (wrong ones are reported). */
  amount(map: YAMLMap | undefined, key: string): Decimal | undefined {
    if (!pairOf(map, key)) return undefined;
    const result = parseAmount(this.field(map, key), this.unit);
    if (!result.ok) {
      this.problems.error(this.valuePos(map, key), result.code, `${key}: ${result.message}`);
      return undefined;
    }
    return result.value?.times(UNIT_FACTOR[this.unit]);
  }

  declared(map: YAMLMap | undefined, key: string): Declared | undefined {
    const value = this.amount(map, key);
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
