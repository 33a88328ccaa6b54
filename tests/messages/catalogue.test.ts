// The message catalogue as a whole: every text of every problem (each variant of a code too) said in both
// languages and translated; no code said outside the catalogue, and no catalogue entry the code never says; no
// feature's key hiding another's; every schema description a problem can show has its Danish; and the texts
// beside the problems are Danish in the Danish catalogue.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { da, type Catalogue } from "../../src/messages/da/index.js";
import { SCHEMA_HINTS } from "../../src/messages/da/schema-hints.js";
import { codeOf, LANGUAGES, type ProblemKey } from "../../src/messages/index.js";
import { SCENARIOS } from "./scenarios.js";

type Problems = Catalogue["problems"];
const ROOT = new URL("../../", import.meta.url).pathname;
const W = { days: 365, first: "2024-01-02", last: "2024-12-31" };
const FIGURES = "bevillingsramme 10.26, (1) vedtaget budget: 425 mod 424";
/** A statement's figure that disagrees. */
const D = {
  statement: "finansieringsoversigten",
  row: "Ændring af likvide aktiver",
  column: "regnskab",
  found: "187.620",
  expected: "169.120",
  difference: "+18.500",
  parts: "Optagne lån -20.000",
  source: undefined,
  unit: "t.kr.",
  adjustedBudget: false,
} as const;

/** Arguments for every text of every problem: typed by the catalogue, so a new text without its case fails the compiler. */
const ARGS: { [K in ProblemKey]: Parameters<Problems[K]> } = {
  "amount-type": ["[1]"],
  "amount-not-finite": [".inf"],
  "amount-format": ["0x1F"],
  "amount-format/danish": ["1,234.5", true],
  "amount-fraction": ["1.234", "t.kr.", "1234"],
  "amount-fraction/exponent": ["1.5e-3", "t.kr."],
  "amount-range": ["1e16"],
  "file-outside": ["../udenfor.md", "text/beretning.md"],
  "file-outside/link": ["text/link.md"],
  "file-missing/reference": ["Markdown", "text/væk.md"],
  "file-missing/not-a-file": ["text/"],
  "file-too-large": ["Markdown", "text/stor.md", "6,0", "5,0"],
  "file-too-large/data-file": ["committees/01-stor.yaml", "6,0", "5,0"],
  "file-unreadable": ["EACCES"],
  "file-unreadable/not-a-file": ["committees/01-fifo.yaml"],
  "invalid-utf8": [],
  "invalid-utf8/utf16": [],
  "invalid-utf8/markdown": ["text/latin1.md"],
  "invalid-utf8/balances": ["saldi.csv"],
  "yaml-syntax": ["TAB_AS_INDENT", "Tabs"],
  "yaml-syntax/unclosed": ["quote", 12],
  "yaml-syntax/alias": ["a"],
  "duplicate-key": ["Map keys"],
  "yaml-version": ["1.1"],
  "yaml-too-deep": [32],
  "yaml-aliases": ["1.000"],
  "yaml-aliases/self": ["a"],
  "yaml-aliases/expansion": [],
  "yaml-tag": ["!!binary"],
  "text-too-long": ["21.000", "20.000"],
  "text-too-many-marks": ["2.000"],
  "text-too-deep": [24],
  "balance-header": ["dag;beløb"],
  "balance-row": [1, true],
  "balance-date": ["2024-13-02"],
  "balance-missing": ["2024-01-02"],
  "file-missing": ["municipality.yaml", "municipality"],
  "no-committees": ["committees"],
  "not-a-mapping": [undefined, "committee"],
  "unknown-key": ["bevillingsramme 10.01", "ajusted", "adjusted", ["adopted", "adjusted"]],
  "missing-key": ["bevillingsramme 10.01", "name"],
  "wrong-type": ["bevillingsramme #1, number", "tekst", "10.3", undefined],
  "not-allowed": ["status", '"aproved"', ["draft", "approved"], "approved"],
  "wrong-form": ["id", '"klima-miljø"', undefined],
  "wrong-form/one-of": ["sections, report", "1", undefined],
  "empty-value": ["committee"],
  "out-of-range": ["year", "1999", ">=", "2000"],
  "schema/min-items": ["skip", 1, "…"],
  "schema/max-length": ["source, delimiter", 1, "…"],
  "schema/const": ["skip, empty", "true", "…"],
  schema: ["skip", "…"],
  "service-missing": ["10.01", "Linje A"],
  "id-lowercase": ["a000001", "A000001"],
  "closed-with-transfer": ["A000001"],
  "duplicate-frame-number": ["10.01", 5],
  "duplicate-financing-number": ["70.82", 5],
  "duplicate-capital-project-id": ["A000001", 5],
  "duplicate-target-id": ["gaeld", 7],
  "duplicate-year": ["2024", 7],
  "duplicate-history-year": ["2020", 7],
  "duplicate-debt-year": ["2021", 7],
  "liquidity-twice": [2024],
  "citizens-missing": [2025, 2024],
  "period-order": [2025, 2022],
  "debt-year-missing": [2021, true],
  "balance-duplicate-date": ["2024-04-10", 101],
  "balance-too-few-days": [W],
  "balance-too-few-days/start": [W, 335, "2024-02-01", "2024-01-31"],
  "balance-too-few-days/end": [W, 335, "2024-11-30", "2024-12-01"],
  "balance-days-missing": [W, "2024-03-04", "2024-03-01", "2024-03-03", 3],
  "duplicate-committee-id": ["test", "committees/01-test.yaml"],
  "duplicate-order": [1, "committees/01-test.yaml"],
  "duplicate-frame-number/committees": ["10.01", "Økonomiudvalget", "committees/07-okonomi.yaml"],
  "rounding-difference": [FIGURES, "1,5", "t.kr."],
  "total-mismatch": [FIGURES, "1,5", "t.kr."],
  "result-mismatch": [FIGURES, "result"],
  "text-figure": ["12,4", "over", "operations"],
  "render-failed": ["Parse error"],
  "source-missing": ["saldi.csv"],
  "source-format": [".xls"],
  "source-too-large": [41, 40],
  "source-too-large/unpacked": [61, 60],
  "source-unreadable": ["zip"],
  "source-unreadable/not-workbook": ["xl/workbook.xml"],
  "sheet-missing": ["Ark9", ["Drift", "Anlæg"]],
  "mapping-file": ["operations", 2],
  "source-unused": ["b.csv", "mapping.yaml"],
  encoding: [],
  "encoding/utf8-as-windows-1252": ["Ã˜vrige", "Øvrige"],
  "encoding/utf16-without-bom": ["utf-16le"],
  "encoding/not-utf16": ["utf-16be"],
  "encoding-bom": ["windows-1252", "utf-8"],
  "csv-syntax": ["Quote"],
  "csv-columns": [9, 8, ";"],
  "header-missing": [5],
  "column-missing": ["Regnskab", "operations: columns: actual", undefined, ["Udvalg", "Regnskab 2024"]],
  "column-ambiguous": [2, "Regnskab", "operations: columns: actual"],
  "amount-format/cell": ["#N/A"],
  "amount-format/excel-number": [true],
  "amount-format/export": ["12,34,5"],
  "amount-range/export": ["1e16"],
  "amount-precision": ["100,005", "kr."],
  "value-missing": ["…", "…"],
  "value-missing/merged": ["…", "Udvalg"],
  "frame-number/cell": [10.3],
  "frame-number": ["10,01"],
  "service-value": ["Måske", { inside: ["Ja"], outside: ["Nej"] }],
  "committee-unknown": ["Ukendt udvalg", ["Testudvalget"]],
  "frame-committee": ["10.01", 2],
  "frame-name": ["10.01", "Ramme", 2, "Anden"],
  "duplicate-row": ["Linje A", "inside", "10.01", 2],
  "duplicate-row/project": ["A000001", 2],
  "project-name": ["A000001", "Projekt", 2, "Andet"],
  "project-id": ["B12"],
  "status-value": ['"Måske"', ["Afsluttet"], ["I gang"]],
  "closed-with-transfer/export": [],
  "account-number": [3.221],
  "account-unmapped": ["4.62.81", 2],
  "account-ambiguous": ["3.22.01.002", "…", "…"],
  "total-row-twice": ["…", 3],
  "total-row-orphan": ["…"],
  "mapping-no-table": [],
  "mapping-no-amounts": [],
  "mapping-skip-rule": ["operations: skip:", 1, "…"],
  "mapping-regexp": ["operations: skip:", 1, "("],
  "mapping-column-missing": ["frame_number"],
  "mapping-account-table": ["sum_rows:"],
  "mapping-account-table/needs-table": [],
  "mapping-account-table/needs-account": [],
  "mapping-line-service": ["Tilskud"],
  "mapping-frame-twice": ["10.01", 8],
  "mapping-line-twice": ["Tilskud", "outside", 12],
  "mapping-financing-twice": ["70.82", 15],
  "mapping-account-pattern": ["7,68"],
  "mapping-account-pattern/range": ["8.52-8.25"],
  "mapping-account-pattern/twice": ["3.22.01", 12],
  "mapping-committee-unknown": ["Ukendt udvalg", []],
  "merge-unparsable": [],
  "statement-row-mismatch": [D],
  "statement-row-mismatch/rounding": [D, "1,5"],
  "financing-zero-sum": [{ ...D, adjustedBudget: true }],
  "financing-zero-sum/rounding": [D, "1,5"],
  "balance-unbalanced": [D],
  "balance-unbalanced/rounding": [D, "1,5"],
  "liquid-assets-movement": [D],
  "liquid-assets-movement/rounding": [D, "1,5"],
  "long-term-debt-movement": [D],
  "long-term-debt-movement/rounding": [D, "1,5"],
  "strategy-debt-balance": [D],
  "strategy-debt-balance/rounding": [D, "1,5"],
  "strategy-surplus-statement": [D],
  "strategy-surplus-statement/rounding": [D, "1,5"],
  "financing-kind-missing": ["70.82", "Skatter", ["taxes", "cash"]],
  "financing-no-cash-item": [],
  "key-figures-citizens": ["liquidity_basis"],
  "strategy-surplus-missing": ["overskud", 2024, [2023]],
  "report-and-reports": [],
  "report-kind-twice": ["follow-up", 5],
  "duplicate-report-id": ["rapport", 5],
  "report-id-reserved": ["pdf"],
  "as-of-missing": ["Budgetopfølgning 2"],
  "as-of-date": ["2024-02-30"],
  "as-of-year": ["2022-06-30", 2024],
  "follow-up-only": ["compare_with", "plan"],
  "display-decimals/thousands": [3],
  "display-decimals/millions": [2],
  "snapshot-missing": ["bo9"],
  "snapshot-name": ["bo2", "bo1"],
  "expected-missing/committee": ["Testudvalget", "Budgetopfølgning 2"],
  "expected-missing/row": ['bevillingsramme 10.01, indsatsområde "Linje A"', "Budgetopfølgning 2"],
  "initiative-project-unknown": ['indsats 1.1. "Lygter"', "A000009"],
  "initiative-project-ambiguous": ['indsats 1.1. "Lygter"', "A000001", "Vejudvalget og Teknikudvalget"],
  "deadline-date": ["2025-02-30"],
};

/** English words that have no place in a Danish message once quoted text and YAML keys are taken out. */
const ENGLISH = /\b(the|and|must|is|are|of|with|found|expected|cannot|does|has|should|which|this|that|please|into|remove|add|not)\b/i;
/** A message with what it quotes ("…"), the keys it names (key:, `key`) and key paths taken out. */
const ownWords = (text: string): string => text.replace(/"[^"]*"/g, '""').replace(/`[^`]*`/g, "``").replace(/\b[\w-]+:/g, "");

const say = <K extends ProblemKey>(catalogue: Catalogue, key: K): string =>
  (catalogue.problems[key] as (...a: Parameters<Problems[K]>) => string)(...ARGS[key]);

describe("every text of every problem", () => {
  it.each(Object.keys(ARGS) as ProblemKey[])("%s: one line in each language, translated", (key) => {
    const [danish, english] = [say(LANGUAGES.da, key), say(LANGUAGES.en, key)];
    for (const text of [danish, english]) {
      expect(text).toMatch(/\S/);
      expect(text).not.toMatch(/\n|undefined|NaN|\[object /);
    }
    expect(danish).not.toBe(english);
    expect(ownWords(danish), danish).not.toMatch(ENGLISH);
  });

  it("is in both catalogues, with no key of one feature hiding another's", () => {
    expect(Object.keys(LANGUAGES.en.problems).sort()).toEqual(Object.keys(da.problems).sort());
    const features = readdirSync(join(ROOT, "src/messages/da")).filter((f) => f.endsWith(".ts"));
    const keys = features.flatMap((f) => [...readFileSync(join(ROOT, "src/messages/da", f), "utf8").matchAll(/^ {2}"?([a-z0-9-]+(?:\/[a-z0-9-]+)?)"?: \(/gm)].map((m) => m[1]!));
    const problemKeys = keys.filter((k) => k in da.problems);
    expect(problemKeys.length, "every problem key is defined once").toBe(Object.keys(da.problems).length);
  });
});

/** Every TypeScript file under src/, with its path. */
function sources(dir = join(ROOT, "src")): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") ? [{ path: path.slice(ROOT.length), text: readFileSync(path, "utf8") }] : [];
  });
}

describe("the problem codes of the code base", () => {
  const code = sources().filter((s) => !s.path.startsWith("src/messages/"));
  const said = new Set(code.flatMap((s) => [...s.text.matchAll(/\bmsg\(\s*"([^"]+)"/g)].map((m) => m[1]!)));

  it("are all said through the catalogue: no code written beside a message anywhere else", () => {
    const outside = code.flatMap((s) => [...s.text.matchAll(/\bcode:\s*"[^"]*"|\b(?:error|warning)\(\s*[^,()]+,\s*"[a-z]+(?:-[a-z0-9]+)+"/g)].map((m) => `${s.path}: ${m[0]}`));
    expect(outside).toEqual([]);
  });

  it("are every one said somewhere, and every one said is in the catalogue", () => {
    expect([...said].filter((k) => !(k in da.problems))).toEqual([]);
    expect(Object.keys(da.problems).filter((k) => !said.has(k))).toEqual([]);
  });

  it("each have a real case in every-code.test.ts", () => {
    const codes = new Set(Object.keys(da.problems).map(codeOf));
    expect(Object.keys(SCENARIOS).sort()).toEqual([...codes].sort());
  });
});

describe("the schemas' descriptions", () => {
  /** Every description on a schema node whose type, pattern or form a problem can say is wrong (src/validate/schema.ts). */
  function hints(): string[] {
    const found = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== "object") return;
      const o = node as Record<string, unknown>;
      if (typeof o.description === "string" && ["type", "pattern", "oneOf", "anyOf"].some((k) => k in o)) found.add(o.description);
      Object.values(o).forEach(walk);
    };
    for (const name of ["committee", "municipality", "mapping", "statements", "snapshot"]) walk(JSON.parse(readFileSync(join(ROOT, `schema/${name}.schema.json`), "utf8")));
    return [...found].sort();
  }

  it("that a problem can show are every one in Danish, and none is translated that no schema has", () => {
    expect(Object.keys(SCHEMA_HINTS).sort()).toEqual(hints());
    for (const [english, danish] of Object.entries(SCHEMA_HINTS)) if (!["Emne.", "Beskrivelse."].includes(english)) expect(danish, english).not.toBe(english);
  });
});

describe("the texts beside the problems", () => {
  /** Every text that is a plain string, with its path in the catalogue (functions are said in tests/messages/cli.test.ts). */
  function strings(node: unknown, path: string): [string, string][] {
    if (typeof node === "string") return [[path, node]];
    if (node === null || typeof node !== "object") return [];
    return Object.entries(node).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  /** Texts that are the same words in both languages: Danish terms, symbols, the same column name. */
  const SAME = new Set([".figures.parts.variance", ".figures.capitalColumns.budget", ".validate.path.frames"].map((p) => p));

  it("differ from the English wherever they are words, and are Danish", () => {
    const english = new Map(strings(LANGUAGES.en, ""));
    for (const [path, danish] of strings(da, "")) {
      if (path.startsWith(".problems")) continue;
      if (SAME.has(path)) continue;
      expect(danish, path).not.toBe(english.get(path));
      expect(ownWords(danish), `${path}: ${danish}`).not.toMatch(ENGLISH);
    }
  });
});
