// Structural validation against the published JSON Schema (schema/*.json), so that the files editors check
// against and the checks the tool runs are one and the same. Ajv's findings are translated into messages a
// finance officer can act on, each pointing at the offending key or value.
import { fileURLToPath } from "node:url";
import type { ErrorObject, ValidateFunction } from "ajv";
import { isMap, isSeq, type Node } from "yaml";
import { asMap, firstAlias, kind, pairOf, posOf, deref, type SourceFile } from "../load/yaml-nodes.js";
import { MAX_ALIAS_EXPANSION } from "../load/yaml-limits.js";
import { compileSchema } from "./compiled-schema.js";
import type { Problems } from "../core/problem.js";

export type SchemaName = "committee" | "municipality" | "mapping" | "snapshot";

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
    const found = root === undefined ? "the file is empty" : `the file holds ${kind(root)}`;
    problems.error(posOf(source, root), "not-a-mapping", `${found}: a ${name} file must be a mapping of keys (see schema/${name}.schema.json)`);
    return false;
  }
  let data: unknown;
  try {
    data = source.doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch {
    // The only failure left once yaml-limits.ts has passed the file: aliases that expand beyond bounds.
    problems.error(
      posOf(source, firstAlias(source) ?? root),
      "yaml-aliases",
      "YAML: the aliases (*name) from here on expand to far more data than the file holds (an alias of aliases of aliases): write the values out",
    );
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
    const { at, message } = translate(e, where);
    problems.error(at === "key" ? posOf(source, pairOf(asMap(source, node), String(e.params.additionalProperty))) : posOf(source, node), code(e), message);
  }
}

function translate(e: ErrorObject, where: string): { at: "key" | "value"; message: string } {
  const hint = (e.parentSchema as { description?: string } | undefined)?.description;
  const withHint = (text: string): string => (hint ? `${text}. ${hint}` : text);
  const subject = where ? `${where}: ` : "";
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      const guess = closest(key, known);
      return {
        at: "key",
        message:
          `${subject}unknown key "${key}"` +
          (guess ? ` — did you mean "${guess}"?` : "") +
          ` Known keys here: ${known.join(", ")}`,
      };
    }
    case "required":
      return { at: "value", message: `${subject}missing key "${e.params.missingProperty}": add it` };
    case "type":
      return { at: "value", message: withHint(`${subject}expected ${typeName(String(e.params.type))}, found ${jsKind(e.data)}`) };
    case "enum": {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === "string" ? closest(e.data, allowed) : undefined;
      return {
        at: "value",
        message: `${subject}${JSON.stringify(e.data)} is not allowed: use one of ${allowed.join(", ")}` + (guess ? ` (did you mean "${guess}"?)` : ""),
      };
    }
    case "pattern":
      return { at: "value", message: withHint(`${subject}${JSON.stringify(e.data)} does not have the required form`) };
    case "minLength":
      return { at: "value", message: `${subject}must not be empty` };
    case "oneOf":
    case "anyOf":
      return { at: "value", message: withHint(`${subject}has the wrong form (found ${jsKind(e.data)})`) };
    case "minimum":
    case "maximum":
      return { at: "value", message: `${subject}${String(e.data)} is out of range: must be ${e.params.comparison} ${e.params.limit}` };
    default:
      return { at: "value", message: `${subject}${e.message ?? "invalid"}` };
  }
}

function code(e: ErrorObject): string {
  const codes: Record<string, string> = {
    additionalProperties: "unknown-key",
    required: "missing-key",
    type: "wrong-type",
    enum: "not-allowed",
    pattern: "wrong-form",
    minLength: "empty-value",
    oneOf: "wrong-form",
    anyOf: "wrong-form",
    minimum: "out-of-range",
    maximum: "out-of-range",
  };
  return codes[e.keyword] ?? "schema";
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

function itemName(list: string, item: unknown, index: number): string {
  const o = (item ?? {}) as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof o[k] === "string" ? (o[k] as string) : undefined);
  switch (list) {
    case "frames":
      return `frame ${str("number") ?? `#${index + 1}`}`;
    case "lines":
      return str("name") ? `line "${str("name")}"` : `line #${index + 1}`;
    case "capital":
      return `project ${str("id") ?? `#${index + 1}`}`;
    case "initiatives":
      return `initiative ${str("nr") ?? ""} ${str("topic") ? `"${str("topic")}"` : `#${index + 1}`}`.replace(/\s+/g, " ");
    case "targets":
      return str("id") ? `target "${str("id")}"` : `target #${index + 1}`;
    case "years":
      return typeof o.year === "number" ? `year ${o.year}` : `year #${index + 1}`;
    case "financing":
      return `financing item ${str("number") ?? `#${index + 1}`}`;
    default:
      return `${list} #${index + 1}`;
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: "text",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    object: "a mapping (key: value)",
    array: "a list (- items)",
  };
  return type.split(",").map((t) => names[t] ?? t).join(" or ");
}

function jsKind(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `text ${JSON.stringify(value)}`;
  // YAML's spelling: .nan or 1e400 in the file would otherwise come back as JavaScript's NaN or Infinity.
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? "not a number (.nan)" : "a number too large to be one (infinite)";
  return `${typeof value === "number" ? "a number" : `a ${typeof value}`} (${String(value)})`;
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
