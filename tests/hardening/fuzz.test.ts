// Property-based tests with fast-check: generated YAML (token soup, byte edits of valid files, committees with
// values of every kind), amounts and Markdown, run in-process against the parsing functions and
// validateDataDir. Every case ends soundly (sound.ts), in bounded time; valid data also renders. A failure
// prints its seed and the shrunk case: add that case to corpus/ (and to REGRESSIONS here) before mending it.
//
// Every run draws a new seed, so that the cases differ from run to run; the seed is printed at the start, and
// FC_SEED=<seed> runs exactly those cases again. A correct program passes whatever the seed: a property that
// can fail on correct output is a defect of the test. FC_RUNS scales the number of cases (1 = the CI default).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { computeReport, type ReportModel } from "../../src/compute/report.js";
import { parseAmount } from "../../src/load/amount.js";
import { checkMarkdown } from "../../src/load/markdown-limits.js";
import { parseYamlText } from "../../src/load/yaml.js";
import { Decimal } from "../../src/core/money.js";
import { drawCharts } from "../../src/render/charts.js";
import { createTemplates, renderSite } from "../../src/render/html.js";
import { markdownToHtml } from "../../src/render/markdown.js";
import { Problems } from "../../src/core/problem.js";
import { unsafeParts } from "../xss/html-safety.js";
import { resultFault } from "./sound.js";
import { COMMITTEE, MUNICIPALITY } from "../support/fixtures.js";
import { blankCharts } from "../support/report.js";
import { Scratch } from "../support/scratch.js";

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31) * (Math.random() < 0.5 ? -1 : 1);
console.log(`fuzz.test.ts: fast-check seed ${seed} (FC_SEED=${seed} runs these cases again)`);
const runs = (n: number): number => Math.round(n * Number(process.env.FC_RUNS ?? 1));
const scratch = new Scratch();
const templates = createTemplates();
/** Longest one generated case may take: a hang or a quadratic blow-up shows up as a slow case. */
const MAX_CASE_MS = 3000;

/** Cases that once failed; they run first, every time. */
const REGRESSIONS: string[] = [
  "unit: t.kr.\n    lines:\n: &a [*a]", // a list holding itself: the schema's message builder looped on it
];

let cases = 0;
/** Validates a data directory with this committee file (and municipality file), asserting soundness. */
function soundly(committee: string | Uint8Array, municipality: string | Uint8Array = MUNICIPALITY): ReturnType<Scratch["validate"]> {
  cases++;
  const start = performance.now();
  const result = scratch.validate({ "municipality.yaml": municipality, "committees/01-fuzz.yaml": committee, "text/x.md": "Tekst *her*.\n" });
  const took = performance.now() - start;
  const fault = resultFault(result, scratch.dir) ?? (took > MAX_CASE_MS ? `took ${Math.round(took)} ms` : undefined);
  if (fault) throw new Error(`${fault}\n--- committee file ---\n${typeof committee === "string" ? committee : Buffer.from(committee).toString("latin1")}`);
  return result;
}

const FRAGMENTS = [
  "id: test\n", "committee: Udvalg\n", "order: 1\n", "status: draft\n", "unit: t.kr.\n", "frames:\n", "  - number: \"10.01\"\n",
  "    name: Ramme\n", "    service: inside\n", "    lines:\n", "      - name: Linje\n", "        adopted: ", "        actual: ",
  "sections:\n", "  intro: ", "  report: { file: text/x.md }\n", "{ file: ../x.md }", "capital:\n", "  - { id: A000001, name: P }\n",
  "initiatives:\n", "  - { nr: \"1.\", topic: E, status: delayed }\n", "totals: ", "\n", "\r\n", "\r", "\t", " ", "  ", "    ",
  "- ", ": ", "? ", "[", "]", "{", "}", ", ", "\"", "'", "&a ", "*a", "*b", "!!str ", "!!binary ", "!x ", "|\n", ">-\n", "# c\n",
  "%YAML 1.1\n---\n", "---\n", "...\n", "@", "`", "\\", "\\u", "\uFEFF", "\u0000", "\u2028", "\uD800", "1.234", "-0", "1e400",
  ".nan", "\"1.234,5\"", "0x1F", "~", "null", "true", "yes", "ø", "Ω", "<script>alert(1)</script>", "<<: *a\n", "1: 2\n",
  "x".repeat(200), "[[[[[[[[", "]]]]]]]]", "- - - - -", "&a [*a]", "{a: 1, a: 2}",
];

const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(""));

// Thousands of cases per test: a generous limit, so that a busy machine does not fail a correct program.
describe("generated YAML", { timeout: 240_000 }, () => {
  it("ends soundly for token soup in a committee file", () => {
    fc.assert(fc.property(soup, (text) => void soundly(text)), { numRuns: runs(3000), seed, examples: REGRESSIONS.map((r) => [r]) });
  });

  it("ends soundly for the token soup after a valid header", () => {
    fc.assert(fc.property(soup, (text) => void soundly(`id: test\ncommittee: Udvalg\norder: 1\n${text}`)), { numRuns: runs(1000), seed });
  });

  it("ends soundly for byte edits of a valid committee file and municipality file", () => {
    const edit = fc.record({
      at: fc.nat(),
      op: fc.constantFrom("insert", "replace", "delete"),
      byte: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x09, 0x0a, 0x0d, 0x20, 0x22, 0x27, 0x3a, 0x2d, 0x5b, 0x7b, 0x26, 0x2a, 0x21, 0x7c, 0x23, 0xc3, 0xff)),
    });
    const mutate = (base: string) => fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => applyEdits(Buffer.from(base), edits));
    fc.assert(fc.property(mutate(COMMITTEE), (bytes) => void soundly(bytes)), { numRuns: runs(3000), seed });
    fc.assert(fc.property(mutate(`${MUNICIPALITY}sections:\n  - { title: Indledning, body: "Tekst **her**." }\n`), (bytes) => void soundly(COMMITTEE, bytes)), {
      numRuns: runs(1000),
      seed,
    });
  });

  it("ends soundly for committees with values of every kind, and renders those that are valid", async () => {
    let rendered = 0;
    const drawLater: ReportModel[] = [];
    fc.assert(
      fc.property(committeeModel, (model) => {
        const result = soundly(stringify(model));
        if (!result.data) return;
        const report = computeReport(result.data, result.figures!);
        const site = renderSite(blankCharts(report), templates);
        expect(site.find((f) => f.path === "index.html")!.content).toContain("</html>");
        if (drawLater.length < DRAWN) drawLater.push(report);
        rendered++;
      }),
      { numRuns: runs(2000), seed },
    );
    expect(rendered, "valid committees rendered").toBeGreaterThan(runs(2000) / 20);
    // The charts of the first valid cases drawn for real: Vega meets generated figures and names too.
    for (const report of drawLater) {
      const page = renderSite(await drawCharts(report), templates).find((f) => f.path === "index.html")!.content;
      expect(String(page)).toContain("<svg");
    }
  });

  it(`ran at least 10.000 generated cases through validation`, () => {
    expect(cases).toBeGreaterThanOrEqual(runs(10_000));
  });
});

describe("generated amounts", { timeout: 240_000 }, () => {
  it("are read exactly when plain whole numbers or strict Danish strings, and refused with a problem otherwise", () => {
    const danish = fc.stringMatching(/^-?(\d{1,3}(\.\d{3}){0,4}|\d{1,12})(,\d{1,4})?$/).map((s) => JSON.stringify(s));
    const source = fc.oneof(
      fc.integer().map(String),
      fc.double().map(String),
      fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
      danish,
      fc.stringMatching(/^[-+]?[\d.,e_x]{0,12}$/),
      fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
      fc.constantFrom(".nan", ".inf", "-.inf", "-0", "0o17", "0x1F", "~", "", "[1]", "{a: 1}", "true"),
    );
    fc.assert(
      fc.property(source, fc.constantFrom("t.kr.", "kr.", "mio.kr.") as fc.Arbitrary<"t.kr." | "kr." | "mio.kr.">, (text, unit) => {
        const parsed = parseYamlText(`a: ${text}\n`, "x.yaml", new Problems());
        const node = parsed?.doc.get("a", true);
        if (parsed === undefined || parsed.doc.errors.length > 0) return;
        const result = parseAmount(node as Parameters<typeof parseAmount>[0], unit);
        const expected = expectedAmount(text);
        if (expected !== undefined && result.ok) expect(result.value?.equals(expected) ?? false, text).toBe(true);
        if (expected !== undefined) expect(result.ok, `${text} should be read`).toBe(true);
        if (!result.ok) expect(result.message).toMatch(/\S/);
      }),
      { numRuns: runs(2000), seed },
    );
  });
});

describe("generated Markdown", { timeout: 240_000 }, () => {
  const alphabet = fc.constantFrom(..."ab ø\n\n\t>-*_~`[]()!<>/\"'=&#;:|\\.1#".split(""), "<script>", "javascript:", "<img src=x onerror=alert(1)>", "](javascript:alert(1))", "&#x6a;", "\n    ", "[^1]", "| a |\n|---|\n");
  const text = fc.array(alphabet, { maxLength: 600 }).map((a) => a.join(""));

  it("is checked and rendered in bounded time, and the HTML never carries script or event handlers", () => {
    fc.assert(
      fc.property(text, (markdown) => {
        const start = performance.now();
        const problems = new Problems();
        if (checkMarkdown({ markdown, at: { file: "x.md", line: 1, column: 1 } }, problems)) {
          expect(unsafeParts(markdownToHtml(markdown, { sectionLevel: 2 }))).toEqual([]);
        } else expect(problems.list.length).toBe(1);
        expect(performance.now() - start).toBeLessThan(MAX_CASE_MS);
      }),
      // Once flagged by a judge that took every relative link for unsafe: an empty address, a relative one.
      { numRuns: runs(1500), seed, examples: [["[^1]()"], ["[^1](a)"]] },
    );
  });
});

/** Valid generated cases whose charts are drawn for real (Vega takes some 30 ms a chart: not for all of them). */
const DRAWN = 25;

type Edit = { at: number; op: string; byte: number };
function applyEdits(bytes: Buffer, edits: Edit[]): Uint8Array {
  const out = [...bytes];
  for (const { at, op, byte } of edits) {
    const i = at % (out.length + 1);
    if (op === "insert") out.splice(i, 0, byte);
    else if (op === "replace" && i < out.length) out[i] = byte;
    else if (op === "delete") out.splice(i, 1);
  }
  return Uint8Array.from(out);
}

/** The exact value a well-formed amount must be read as; undefined where the reader may refuse it. */
function expectedAmount(text: string): Decimal | undefined {
  if (/^-?\d{1,15}$/.test(text)) return new Decimal(text);
  const danish = /^"(-?(\d{1,3}(\.\d{3})*|\d+)(,\d+)?)"$/.exec(text);
  if (danish) {
    const value = new Decimal(danish[1]!.replaceAll(".", "").replace(",", "."));
    return value.abs().lessThanOrEqualTo("1e15") ? value : undefined;
  }
  return undefined;
}

/** Mostly valid, now and then not: enough committees pass to exercise rendering too. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 30 }, { arbitrary: invalid, weight: 1 });
const name = mostly(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom("", 7, null));
const amount = mostly(
  fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Intl.NumberFormat("da-DK").format(n)), fc.constant(null)),
  fc.constantFrom(1.5, "1,234.5", "x", true, [], {}),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const service = mostly(fc.constantFrom("inside", "outside"), fc.constant("both"));
const line = fc.record({ name, service, adopted: maybe(amount), adjusted: maybe(amount), actual: maybe(amount) }, { requiredKeys: ["name", "service"] });
const frame = (number: string) => fc.record({ number: mostly(fc.constant(number), fc.constantFrom(10.3, "x")), name, lines: fc.array(line, { maxLength: 4 }) });
const committeeModel = fc.record(
  {
    id: mostly(fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,4})?$/), fc.string({ maxLength: 8 })),
    committee: name,
    order: mostly(fc.integer({ min: -3, max: 9 }), fc.constantFrom(1.5, "1")),
    status: maybe(mostly(fc.constantFrom("draft", "approved"), fc.constant("x"))),
    unit: maybe(mostly(fc.constantFrom("t.kr.", "kr.", "mio.kr."), fc.constant("DKK"))),
    sections: maybe(fc.record({ intro: maybe(name), report: maybe(mostly(fc.constantFrom({ file: "text/x.md" }, "**tekst**"), fc.constant({ file: "../x.md" }))) })),
    frames: fc.tuple(frame("10.01"), frame("10.02")).chain(([a, b]) => fc.subarray([a, b])),
    initiatives: maybe(fc.array(fc.record({ nr: fc.constantFrom("1.", "2.1."), topic: name, status: mostly(fc.constantFrom("delayed", "completed", "on-hold"), fc.constant("later")), note: maybe(name) }), { maxLength: 3 })),
    capital: maybe(fc.array(fc.record({ id: mostly(fc.constantFrom("A000001", "a000003"), fc.constant("B1")), name, actual: maybe(amount), transfer: maybe(amount) }), { maxLength: 1 })),
  },
  { requiredKeys: ["id", "committee", "order", "frames"] },
);
