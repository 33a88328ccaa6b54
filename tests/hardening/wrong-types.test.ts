// Every field of a data directory that uses every key (fixtures/full), replaced in turn by a value of every
// other kind: validation ends soundly, and where the new value is of a kind the field cannot take, an error
// points into the lines the value occupies.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import { resultFault } from "./sound.js";
import { Scratch } from "../support/scratch.js";

const FULL = new URL("./fixtures/full/", import.meta.url).pathname;
const read = (path: string): string => readFileSync(FULL + path, "utf8");
const FILES: Record<string, string> = {
  "municipality.yaml": read("municipality.yaml"),
  "committees/01-full.yaml": read("committees/01-full.yaml"),
  "text/aaret.md": read("text/aaret.md"),
  "likviditet-2024.csv": read("likviditet-2024.csv"),
};
const scratch = new Scratch();

type Kind = "text" | "number" | "boolean" | "list" | "mapping" | "empty";
/** One value of each kind, and a few that are of the right kind but out of bounds. */
const VALUES: { kind: Kind; value: unknown }[] = [
  { kind: "text", value: "tekst <b>&amp;" },
  { kind: "text", value: "" },
  { kind: "number", value: 7 },
  { kind: "number", value: -1.5 },
  { kind: "number", value: 1e300 },
  { kind: "boolean", value: true },
  { kind: "list", value: [] },
  { kind: "list", value: [1, "a", [null]] },
  { kind: "mapping", value: {} },
  { kind: "mapping", value: { file: "text/aaret.md", x: { y: [1] } } },
  { kind: "empty", value: null },
];

function kindOf(node: unknown): Kind {
  if (isSeq(node)) return "list";
  if (isMap(node)) return "mapping";
  const v = isScalar(node) ? node.value : undefined;
  return v === null || v === undefined ? "empty" : typeof v === "string" ? "text" : typeof v === "number" ? "number" : "boolean";
}

/** Every path to a value in the document, with the kind found there. */
function paths(doc: Document): { path: (string | number)[]; kind: Kind }[] {
  const out: { path: (string | number)[]; kind: Kind }[] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (path.length > 0) out.push({ path, kind: kindOf(node) });
    if (isMap(node)) for (const pair of node.items) visit(pair.value, [...path, String((pair.key as Node & { value: unknown }).value)]);
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
  };
  visit(doc.contents, []);
  return out;
}

const WHOLE_NUMBERS = new Set(["year", "order", "citizens", "from", "to", "start_of_year", "end_of_year", "liquidity_basis"]);
const AMOUNTS = new Set(["adopted", "adjusted", "actual", "variance", "budget", "transfer", "target", "result", "amount", "surplus", "liquidity", "total"]);

/** Kinds a field may take besides its own: amounts may be Danish text or empty, texts may be a file reference. */
function accepted(path: (string | number)[], kind: Kind): Kind[] {
  const last = String(path.at(-1));
  if (WHOLE_NUMBERS.has(last)) return ["number"];
  if (kind === "number" || AMOUNTS.has(last)) return ["number", "text", "empty"];
  if (kind === "text" && (path.includes("sections") || last === "body")) return ["text", "mapping"];
  if (kind === "mapping" && path.includes("sections")) return ["text", "mapping"];
  return [kind];
}

// Over a thousand validations in one test: a generous limit, so that a busy machine does not fail a correct program.
describe.each(["municipality.yaml", "committees/01-full.yaml"])("every field of %s with every kind of value", { timeout: 240_000 }, (file) => {
  const cases = paths(parseDocument(FILES[file]!)).flatMap(({ path, kind }) => VALUES.map((v) => ({ path, field: kind, ...v })));

  it("is the full fixture, valid as it stands", () => {
    expect(scratch.validate(FILES).problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(readdirSync(`${FULL}committees`)).toEqual(["01-full.yaml"]);
  });

  it(`ends soundly, with an error inside the value where its kind is wrong (${cases.length} cases)`, () => {
    for (const c of cases) {
      const doc = parseDocument(FILES[file]!);
      doc.setIn(c.path, doc.createNode(c.value));
      const text = String(doc);
      const result = scratch.validate({ ...FILES, [file]: text });
      const label = `${c.path.join(".")} = ${JSON.stringify(c.value)}`;
      expect(resultFault(result, scratch.dir), label).toBeUndefined();
      if (accepted(c.path, c.field).includes(c.kind)) continue;
      const again = parseDocument(text, { keepSourceTokens: false });
      const node = again.getIn(c.path, true) as Node;
      const [from, to] = [lineOf(text, node.range![0]) - 1, lineOf(text, node.range![1])];
      const here = result.problems.filter((p) => p.file === file && p.severity === "error" && p.line >= from && p.line <= to);
      expect(here.length, `${label}: no error on lines ${from}–${to}: ${JSON.stringify(result.problems)}`).toBeGreaterThan(0);
    }
  });
});

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}
