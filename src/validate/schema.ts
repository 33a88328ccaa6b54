// Structural validation against the published JSON Schema (schema/*.json), so that the files editors check
// against and the checks the tool runs are one and the same. Ajv's findings are translated into messages a
// finance officer can act on, each pointing at the offending key or value.
import { fileURLToPath } from "node:url";
import type { ErrorObject, ValidateFunction } from "ajv";
import { isMap, isSeq, type Node } from "yaml";
import { asMap, firstAlias, kind, pairOf, posOf, deref, type SourceFile } from "../load/yaml-nodes.js";
import { MAX_ALIAS_EXPANSION } from "../load/yaml-limits.js";
import { compileSchema } from "./compiled-schema.js";
import type { Message, Problems } from "../core/problem.js";
import { msg, t } from "../messages/index.js";

export type SchemaName = "committee" | "municipality" | "mapping" | "statements" | "snapshot";

const SCHEMA_DIR = fileURLToPath(new URL("../../schema/", import.meta.url));
const validators = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let fn = validators.get(name);
  if (!fn) {
    fn = compileSchema(`${SCHEMA_DIR}${name}.schema.json`, { allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    validators.set(name, fn);
  }
  return fn;
}

/** Checks a parsed file's structure; returns false when the top level is not a mapping at all. */
export function checkSchema(source: SourceFile, name: SchemaName, problems: Problems): boolean {
  const root = deref(source, source.doc.contents);
  if (!isMap(root)) {
    problems.error(posOf(source, root), msg("not-a-mapping", root === undefined ? undefined : kind(root), name));
    return false;
  }
  let data: unknown;
  try {
    data = source.doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch {
    // The only failure left once yaml-limits.ts has passed the file: aliases that expand beyond bounds.
    problems.error(posOf(source, firstAlias(source) ?? root), msg("yaml-aliases/expansion"));
    return false;
  }
  const validate = validator(name);
  if (!validate(data)) report(source, data, validate.errors ?? [], problems);
  return true;
}

function report(source: SourceFile, data: unknown, errors: ErrorObject[], problems: Problems): void {
  const combinators = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
  for (const e of errors) {
    // Amounts have their own reader with better messages (src/load/amount.ts).
    if (e.schemaPath.includes("/definitions/amount/")) continue;
    // "must match the then schema" only echoes the errors of the kind-specific schema, reported on their own.
    if (e.keyword === "if") continue;
    // A failed "one of these forms" says it once, not once per form tried.
    if (combinators.some((c) => c !== e && e.schemaPath.startsWith(c.schemaPath.replace(/\/(oneOf|anyOf)$/, "/$1/")))) continue;
    const path = segments(e.instancePath);
    const node = nodeAt(source, path);
    const where = describePath(data, path);
    const at = e.keyword === "additionalProperties" ? posOf(source, pairOf(asMap(source, node), String(e.params.additionalProperty))) : posOf(source, node);
    problems.error(at, translate(e, where));
  }
}

/** Ajv's finding as a problem a finance officer can act on; the code is stable per keyword. */
function translate(e: ErrorObject, where: string): Message {
  const description = (e.parentSchema as { description?: string } | undefined)?.description;
  const hint = description === undefined ? undefined : t().validate.schemaHint(description);
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      return msg("unknown-key", where, key, closest(key, known), known);
    }
    case "required":
      return msg("missing-key", where, String(e.params.missingProperty));
    case "type":
      return msg("wrong-type", where, typeName(String(e.params.type)), jsKind(e.data), hint);
    case "enum": {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      return msg("not-allowed", where, JSON.stringify(e.data), allowed, typeof e.data === "string" ? closest(e.data, allowed) : undefined);
    }
    case "pattern":
      return msg("wrong-form", where, JSON.stringify(e.data), hint);
    case "minLength":
      return msg("empty-value", where);
    case "oneOf":
    case "anyOf":
      return msg("wrong-form/one-of", where, jsKind(e.data), hint);
    case "minimum":
    case "maximum":
      return msg("out-of-range", where, String(e.data), String(e.params.comparison), String(e.params.limit));
    case "minItems":
      return msg("schema/min-items", where, Number(e.params.limit), e.message ?? "");
    case "maxLength":
      return msg("schema/max-length", where, Number(e.params.limit), e.message ?? "");
    case "const":
      return msg("schema/const", where, JSON.stringify(e.params.allowedValue), e.message ?? "");
    default:
      return msg("schema", where, e.message ?? "invalid");
  }
}

function segments(instancePath: string): string[] {
  return instancePath === "" ? [] : instancePath.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function nodeAt(source: SourceFile, path: string[]): Node | undefined {
  let node: Node | undefined = deref(source, source.doc.contents);
  for (const step of path) {
    if (isMap(node)) node = deref(source, pairOf(node, step)?.value);
    else if (isSeq(node)) node = deref(source, node.items[Number(step)]);
    else return node;
  }
  return node;
}

/** "frame 10.30, line "Vejbelysning", adjusted" rather than "/frames/1/lines/7/adjusted". */
function describePath(data: unknown, path: string[]): string {
  const parts: string[] = [];
  let value: unknown = data;
  let parent = "";
  for (const step of path) {
    value = (value as Record<string, unknown> | undefined)?.[step];
    if (/^\d+$/.test(step)) parts.push(itemName(parent, value, Number(step)));
    else if (!["frames", "lines", "capital", "initiatives", "financing", "sections", "targets", "years"].includes(step) || value === undefined || typeof value !== "object") parts.push(step);
    parent = step;
  }
  return parts.join(", ");
}

/** An item of a list as a path names it: `frame 10.30`, `line "Trafik"`, `line #3`, in the user's language. */
function itemName(list: string, item: unknown, index: number): string {
  const o = (item ?? {}) as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof o[k] === "string" ? (o[k] as string) : undefined);
  const nth = `#${index + 1}`;
  const word = (t().validate.path as Record<string, string>)[list] ?? list;
  switch (list) {
    case "frames":
    case "financing":
      return `${word} ${str("number") ?? nth}`;
    case "lines":
      return `${word} ${str("name") ? `"${str("name")}"` : nth}`;
    case "capital":
      return `${word} ${str("id") ?? nth}`;
    case "initiatives":
      return `${word} ${str("nr") ?? ""} ${str("topic") ? `"${str("topic")}"` : nth}`.replace(/\s+/g, " ");
    case "targets":
      return `${word} ${str("id") ? `"${str("id")}"` : nth}`;
    case "years":
      return `${word} ${typeof o.year === "number" ? o.year : nth}`;
    default:
      return `${word} ${nth}`;
  }
}

function typeName(type: string): string {
  const names = t().validate.types as Record<string, string>;
  return type.split(",").map((one) => names[one] ?? one).join(names.or);
}

function jsKind(value: unknown): string {
  const found = t().validate.found;
  if (value === null || value === undefined) return found.empty;
  if (Array.isArray(value)) return found.list;
  if (typeof value === "object") return found.mapping;
  if (typeof value === "string") return found.text(JSON.stringify(value));
  // YAML's spelling: .nan or 1e400 in the file would otherwise come back as JavaScript's NaN or Infinity.
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? found.nan : found.infinite;
  return typeof value === "number" ? found.number(String(value)) : found.other(typeof value, String(value));
}

/** The known word nearest a typo, if it is near enough to be a plausible slip. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
