// A real problem of every code the code base can emit: for each, the smallest input that makes the tool report it
// (a data directory through validateDataDir, an export and a mapping through planImport, a broken render in the
// preview). Typed by the catalogue's codes, so that a new code without a scenario fails the compiler.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { planImport } from "../../src/import/index.js";
import { language, type ProblemCode } from "../../src/messages/index.js";
import { validateDataDir } from "../../src/validate/index.js";
import { COMMITTEE, EXAMPLES, MUNICIPALITY, SAMPLE, VALID_BODY, WORKED, committee } from "../support/fixtures.js";
import { copyOf, scratchDir, writeFiles } from "../support/scratch.js";

/** What a scenario found: each problem's code and message, with the scratch directories' paths written as <dir>. */
export interface Found {
  code: string;
  message: string;
}
export type Scenario = () => Promise<Found[]>;

/** A data directory of these files (a municipality and a valid committee unless given), validated. */
async function validate(files: Record<string, string | Uint8Array>): Promise<Found[]> {
  const dir = writeFiles(scratchDir("code"), { "municipality.yaml": MUNICIPALITY, "committees/01-test.yaml": COMMITTEE, ...files });
  return found(validateDataDir(dir).problems, dir);
}

/** One committee file with this body after the header lines. */
const body = (yaml: string): Promise<Found[]> => validate({ "committees/01-test.yaml": committee(yaml) });
/** One committee file whose one line has these keys besides its name. */
const line = (keys: string): Promise<Found[]> =>
  body(`frames:\n  - number: "10.01"\n    name: Ramme\n    service: inside\n    lines:\n      - { name: Linje A, ${keys} }\n`);
/** A municipality file with a strategy of these targets. */
const strategy = (targets: string, files: Record<string, string> = {}): Promise<Found[]> =>
  validate({ "municipality.yaml": `${MUNICIPALITY}population: { liquidity_basis: 52774 }\nstrategy:\n  targets:\n${targets}`, ...files });
/** A liquidity target whose 2024 figure is the mean of `csv`. */
const balances = (csv: string): Promise<Found[]> =>
  strategy(
    "    - { id: likviditet, kind: liquidity-per-citizen, label: Likviditet, rule: at-least, years: [{ year: 2024, target: 8000, daily_balances: { file: saldi.csv } }] }\n",
    { "saldi.csv": csv },
  );
/** Daily balances from `from` to `to`, every day 1.000,00, as `date;balance` rows. */
function days(from: string, to: string): string[] {
  const rows: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) rows.push(`${new Date(t).toISOString().slice(0, 10)};1.000,00`);
  return rows;
}
const YEAR = days("2024-01-02", "2024-12-31");

// The import: a line-level CSV export and its mapping, as tests/import/errors.test.ts writes them.
const HEAD = "Udvalg;Ramme;Rammenavn;Indsatsområde;Serviceramme;Opr. budget;Korr. budget;Regnskab";
const GOOD = "Testudvalget;10.01;Ramme;Linje A;Ja;100,00;120,00;130,00";
const OPERATIONS = `source: { unit: kr. }
committees:
  - { source: Testudvalget, id: test, order: 1 }
  - { source: Andet udvalg, id: andet, order: 2 }
operations:
  columns: { committee: Udvalg, frame_number: Ramme, frame_name: Rammenavn, line: Indsatsområde, service: Serviceramme, adopted: Opr. budget, adjusted: Korr. budget, actual: Regnskab }
  service_values: { inside: [Ja], outside: [Nej] }
`;
const CAPITAL = `source: { unit: kr. }
committees: [{ source: Testudvalget, id: test, order: 1 }]
capital:
  columns: { committee: Udvalg, id: Projektnr., name: Projektnavn, actual: Regnskab, transfer: Forv. overførsel, closed: Status }
  closed_values: [Afsluttet]
  open_values: [I gang]
`;
const CAPITAL_HEAD = "Udvalg;Projektnr.;Projektnavn;Regnskab;Forv. overførsel;Status";
/** An account-level mapping: one committee, one frame with two lines, one financing item. */
const ACCOUNTS = `source: { unit: kr. }
committees: [{ source: Testudvalget, id: test, order: 1 }]
operations:
  columns: { account: Konto, adopted: Opr. budget, adjusted: Korr. budget, actual: Regnskab }
  accounts:
    - committee: Testudvalget
      frames:
        - number: "10.01"
          name: Ramme
          service: inside
          lines:
            - { name: Tilskud, accounts: ["3.22.01"] }
            - { name: Andet, accounts: ["3.22.*.002"] }
      financing:
        - { number: "70.82", name: Skatter, accounts: ["7.68"] }
`;
const ACCOUNT_HEAD = "Konto;Opr. budget;Korr. budget;Regnskab";

const csv = (...rows: string[]): string => [HEAD, ...rows].join("\r\n");

/** Imports these sources (name → content) with this mapping into a new data directory (or `data`'s files). */
async function importing(sources: Record<string, string | Uint8Array>, mapping: string, data?: Record<string, string>): Promise<Found[]> {
  const dir = writeFiles(scratchDir("code"), { ...sources, "mapping.yaml": mapping });
  const dataDir = data ? writeFiles(scratchDir("code"), data) : join(scratchDir("code"), "data");
  const plan = await planImport({ sources: Object.keys(sources).map((s) => join(dir, s)), mappingPath: join(dir, "mapping.yaml"), dataDir });
  return [...found(plan.sourceProblems, dir), ...found(plan.problems, dir)];
}
const lines = (...rows: string[]): Promise<Found[]> => importing({ "data.csv": csv(...rows) }, OPERATIONS);
const projects = (...rows: string[]): Promise<Found[]> => importing({ "data.csv": [CAPITAL_HEAD, ...rows].join("\n") }, CAPITAL);
const accounts = (...rows: string[]): Promise<Found[]> => importing({ "data.csv": [ACCOUNT_HEAD, ...rows].join("\n") }, ACCOUNTS);
const mapping = (text: string): Promise<Found[]> => importing({ "data.csv": csv(GOOD) }, text);

function found(problems: readonly { code: string; message: string }[], dir: string): Found[] {
  return problems.map(({ code, message }) => ({ code, message: message.replaceAll(dir, "<dir>") }));
}

/** A workbook (a zip with an Excel workbook's parts) that unpacks to more than the 60 MB an export may. */
async function hugeWorkbook(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", "0".repeat(61 * 1024 * 1024));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A municipality file that asks for these reports (the YAML of `reports:`'s items), with these further files. */
const reports = (items: string, files: Record<string, string> = {}): Promise<Found[]> => validate({ "municipality.yaml": `${MUNICIPALITY}reports:\n${items}`, ...files });
/** A budget follow-up as of 30 June, with these further keys. */
const FOLLOW_UP = "  - { kind: follow-up, title: Budgetopfølgning 2, as_of: 2024-06-30";
/** A committee whose one initiative has these keys besides its number, topic and status. */
const initiative = (keys: string, header?: string): string =>
  committee(`${VALID_BODY}initiatives:\n  - { nr: "1.1.", topic: Lygter, status: in-progress, ${keys} }\n`, header);

export const SCENARIOS: Record<ProblemCode, Scenario> = {
  // Reading the data files (src/load/).
  "amount-type": () => line("adopted: [1]"),
  "amount-not-finite": () => line("adopted: .inf"),
  "amount-format": () => line('adopted: "1,234.5"'),
  "amount-fraction": () => line("adopted: 1.234"),
  "amount-range": () => line("adopted: 1e16"),
  "file-outside": () => body(`${VALID_BODY}sections:\n  report: { file: ../udenfor.md }\n`),
  "file-missing": async () => {
    const dir = writeFiles(scratchDir("code"), { "committees/01-test.yaml": COMMITTEE });
    return found(validateDataDir(dir).problems, dir);
  },
  "file-too-large": () =>
    validate({ "committees/01-test.yaml": committee(`${VALID_BODY}sections:\n  report: { file: text/stor.md }\n`), "text/stor.md": "x".repeat(6 * 1024 * 1024) }),
  "file-unreadable": async () => {
    const dir = writeFiles(scratchDir("code"), { "data.csv": csv(GOOD) });
    mkdirSync(join(dir, "mapping.yaml"));
    const plan = await planImport({ sources: [join(dir, "data.csv")], mappingPath: join(dir, "mapping.yaml"), dataDir: join(dir, "data") });
    return found(plan.problems, dir);
  },
  "invalid-utf8": () => validate({ "committees/01-test.yaml": Buffer.from(committee(VALID_BODY).replace("Ramme", "R\xe6kke"), "latin1") }),
  "yaml-syntax": () => validate({ "committees/01-test.yaml": committee("frames:\n\t- number: x\n") }),
  "duplicate-key": () => validate({ "committees/01-test.yaml": `${committee(VALID_BODY)}order: 2\n` }),
  "yaml-version": () => validate({ "committees/01-test.yaml": `%YAML 1.1\n---\n${committee(VALID_BODY)}` }),
  "yaml-too-deep": () => body(`sections:\n  report: ${"[".repeat(40)}${"]".repeat(40)}\n`),
  "yaml-aliases": () => body("frames: &f\n  - number: \"10.01\"\n    name: R\n    lines: *f\n"),
  "yaml-tag": () => body(`${VALID_BODY}sections:\n  report: !!binary aGVq\n`),
  "text-too-long": () => body(`${VALID_BODY}sections:\n  report: "${"Tekst. ".repeat(3000)}"\n`),
  "text-too-many-marks": () => body(`${VALID_BODY}sections:\n  report: "${"*".repeat(2100)}"\n`),
  "text-too-deep": () => body(`${VALID_BODY}sections:\n  report: "${"> ".repeat(30)}citat"\n`),
  "balance-header": () => balances(["dag;beløb", ...YEAR].join("\n")),
  "balance-row": () => balances(["date;balance", "2024-01-02,1000", ...YEAR.slice(1)].join("\n")),
  "balance-date": () => balances(["date;balance", "2024-13-02;1.000,00", ...YEAR.slice(1)].join("\n")),
  "balance-missing": () => balances(["date;balance", "2024-01-02;", ...YEAR.slice(1)].join("\n")),

  // Validating (src/validate/).
  "no-committees": async () => {
    const dir = writeFiles(scratchDir("code"), { "municipality.yaml": MUNICIPALITY });
    return found(validateDataDir(dir).problems, dir);
  },
  "not-a-mapping": () => validate({ "committees/01-test.yaml": "- a\n- b\n" }),
  "unknown-key": () => line("ajusted: 5"),
  "missing-key": () => body("frames:\n  - number: \"10.01\"\n    lines: []\n"),
  "wrong-type": () => body("frames:\n  - number: 10.3\n    name: Ramme\n    lines: []\n"),
  "not-allowed": () => validate({ "committees/01-test.yaml": COMMITTEE.replace("order: 1\n", "order: 1\nstatus: aproved\n") }),
  "wrong-form": () => validate({ "committees/01-test.yaml": COMMITTEE.replace("id: test", "id: klima-miljø") }),
  "empty-value": () => validate({ "committees/01-test.yaml": COMMITTEE.replace("committee: Testudvalget", 'committee: ""') }),
  "out-of-range": () => validate({ "municipality.yaml": MUNICIPALITY.replace("year: 2024", "year: 1999") }),
  schema: () => mapping(OPERATIONS.replace("{ unit: kr. }", '{ unit: kr., delimiter: ";;" }')),
  "service-missing": () => body("frames:\n  - number: \"10.01\"\n    name: Ramme\n    lines:\n      - { name: Linje A, adopted: 1 }\n"),
  "id-lowercase": () => body("capital:\n  - { id: a000001, name: Projekt, budget: 10 }\n"),
  "closed-with-transfer": () => body("capital:\n  - { id: A000001, name: Projekt, actual: 10, transfer: 5, closed: true }\n"),
  "duplicate-frame-number": () => body(`${VALID_BODY}${VALID_BODY.replace("frames:\n", "")}`),
  "duplicate-financing-number": () => body("financing:\n  - { number: \"70.82\", name: Skatter, actual: -5 }\n  - { number: \"70.82\", name: Skat, actual: -5 }\n"),
  "duplicate-capital-project-id": () => body("capital:\n  - { id: A000001, name: Et, budget: 1 }\n  - { id: A000001, name: To, budget: 2 }\n"),
  "duplicate-target-id": () =>
    strategy("    - { id: gaeld, kind: declared, label: Gæld, rule: at-least, target: 100, result: 100 }\n    - { id: gaeld, kind: declared, label: Gæld, rule: at-least, target: 100, result: 100 }\n"),
  "duplicate-year": () =>
    strategy("    - { id: overskud, kind: average-surplus, label: Overskud, rule: at-least, target: 225, years: [{ year: 2024, surplus: 250 }, { year: 2024, surplus: 260 }] }\n"),
  "duplicate-history-year": () =>
    strategy(
      "    - { id: likviditet, kind: liquidity-per-citizen, label: Likviditet, rule: at-least, years: [{ year: 2024, target: 8000, liquidity: 937000 }], history: [{ year: 2020, liquidity: 900000, citizens: 50000 }, { year: 2020, liquidity: 900000, citizens: 50000 }] }\n",
    ),
  "duplicate-debt-year": () =>
    strategy(
      "    - { id: gaeld, kind: debt-reduction, label: Gæld, rule: at-least, target: 100, period: { from: 2022, to: 2025 }, debt: [{ year: 2021, total: 500 }, { year: 2021, total: 500 }, { year: 2024, total: 400 }] }\n",
    ),
  "liquidity-twice": () =>
    strategy(
      "    - { id: likviditet, kind: liquidity-per-citizen, label: Likviditet, rule: at-least, years: [{ year: 2024, target: 8000, liquidity: 937000, daily_balances: { file: saldi.csv } }] }\n",
      { "saldi.csv": ["date;balance", ...YEAR].join("\n") },
    ),
  "citizens-missing": () =>
    strategy("    - { id: likviditet, kind: liquidity-per-citizen, label: Likviditet, rule: at-least, years: [{ year: 2025, target: 8000, liquidity: 937000 }] }\n"),
  "period-order": () =>
    strategy(
      "    - { id: gaeld, kind: debt-reduction, label: Gæld, rule: at-least, target: 100, period: { from: 2025, to: 2022 }, debt: [{ year: 2024, total: 400 }, { year: 2021, total: 500 }, { year: 2022, total: 500 }] }\n",
    ),
  "debt-year-missing": () =>
    strategy("    - { id: gaeld, kind: debt-reduction, label: Gæld, rule: at-least, target: 100, period: { from: 2022, to: 2025 }, debt: [{ year: 2024, total: 400 }] }\n"),
  "balance-duplicate-date": () => balances(["date;balance", ...YEAR.slice(0, 100), YEAR[99]!, ...YEAR.slice(100)].join("\n")),
  "balance-too-few-days": () => balances(["date;balance", ...YEAR.slice(30)].join("\n")),
  "balance-days-missing": () => balances(["date;balance", ...YEAR.slice(0, 59), ...YEAR.slice(60)].join("\n")),
  "duplicate-committee-id": () => validate({ "committees/02-test.yaml": COMMITTEE.replace("order: 1", "order: 2").replaceAll("10.01", "10.02") }),
  "duplicate-order": () => validate({ "committees/02-andet.yaml": COMMITTEE.replace("id: test", "id: andet").replaceAll("10.01", "10.02") }),
  "rounding-difference": () => line("adopted: 100, adjusted: 120, actual: 130, variance: 11"),
  "total-mismatch": () => line("adopted: 100, adjusted: 120, actual: 130, variance: 99"),
  "result-mismatch": () =>
    strategy("    - { id: overskud, kind: average-surplus, label: Overskud, rule: at-least, target: 225, result: 300, years: [{ year: 2023, surplus: 250 }, { year: 2024, surplus: 260 }] }\n"),
  "text-figure": () => body(`${VALID_BODY}sections:\n  operations: Udvalget havde et merforbrug på 12,4 mio. kr.\n`),

  // The preview (src/serve/): the site cannot be rendered (here: the render stage fails as a broken template would).
  "render-failed": () => renderFailed(),

  // The import (src/import/): the sources.
  "source-missing": async () => {
    const dir = writeFiles(scratchDir("code"), { "mapping.yaml": OPERATIONS });
    const plan = await planImport({ sources: [join(dir, "saldi.csv")], mappingPath: join(dir, "mapping.yaml"), dataDir: join(dir, "data") });
    return found(plan.sourceProblems, dir);
  },
  "source-format": () => importing({ "budget.xls": "" }, OPERATIONS),
  "source-too-large": async () => importing({ "budget.xlsx": await hugeWorkbook() }, OPERATIONS),
  "source-unreadable": () => importing({ "budget.xlsx": "ikke en projektmappe" }, OPERATIONS),
  "sheet-missing": () => importing({ "budget.xlsx": readFileSync(join(EXAMPLES, "opus-regnskab-2024.xlsx")) }, `${OPERATIONS}  sheet: Ukendt ark\n`),
  "mapping-file": () => importing({ "a.csv": csv(GOOD), "b.csv": csv(GOOD) }, OPERATIONS),
  "source-unused": () => importing({ "a.csv": csv(GOOD), "b.csv": csv(GOOD) }, OPERATIONS.replace("operations:\n", "operations:\n  file: a.csv\n")),
  encoding: () => importing({ "data.csv": Buffer.from(csv(GOOD.replace("Linje A", "Øvrige")), "latin1") }, OPERATIONS.replace("{ unit: kr. }", "{ unit: kr., encoding: utf-8 }")),
  "encoding-bom": () => importing({ "data.csv": `\uFEFF${csv(GOOD)}` }, OPERATIONS.replace("{ unit: kr. }", "{ unit: kr., encoding: windows-1252 }")),
  "csv-syntax": () => lines(GOOD, '"Testudvalget;10.01'),
  "csv-columns": () => lines(`${GOOD};x`),
  "header-missing": () => importing({ "data.csv": csv(GOOD) }, OPERATIONS.replace("operations:\n", "operations:\n  header_row: 5\n")),
  "column-missing": () => importing({ "data.csv": csv(GOOD).replace("Regnskab", "Regnskab 2024") }, OPERATIONS),
  "column-ambiguous": () => importing({ "data.csv": csv(GOOD).replace("Opr. budget", "Regnskab") }, OPERATIONS),
  "amount-precision": () => lines("Testudvalget;10.01;Ramme;Linje A;Ja;100,005;1;1"),
  "value-missing": () => lines("Testudvalget;10.01;Ramme;;Ja;1;1;1"),
  "frame-number": () => lines("Testudvalget;10,01;Ramme;Linje A;Ja;1;1;1"),
  "service-value": () => lines("Testudvalget;10.01;Ramme;Linje A;Måske;1;1;1"),
  "committee-unknown": () => lines("Ukendt udvalg;10.01;Ramme;Linje A;Ja;1;1;1"),
  "frame-committee": () => lines(GOOD, "Andet udvalg;10.01;Ramme;Linje B;Ja;1;1;1"),
  "frame-name": () => lines(GOOD, "Testudvalget;10.01;Anden;Linje B;Ja;1;1;1"),
  "duplicate-row": () => lines(GOOD, GOOD),
  "project-name": () =>
    importing({ "data.csv": [CAPITAL_HEAD, "Testudvalget;A000001;Projekt;1;;", "Testudvalget;A000001;Andet;1;;"].join("\n") }, `${CAPITAL}  sum_rows: true\n`),
  "project-id": () => projects("Testudvalget;B12;Projekt;1;;"),
  "status-value": () => projects("Testudvalget;A000001;Projekt;1;;Måske"),
  "account-number": async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Ark1");
    sheet.addRow(ACCOUNT_HEAD.split(";"));
    sheet.addRow([3.221, 1, 2, 3]);
    return importing({ "data.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) }, ACCOUNTS);
  },
  "account-unmapped": () => accounts("3.22.01.001;1;1;1", "4.62.81.001;1;1;1", "4.62.81.002;1;1;1"),
  "account-ambiguous": () => importing({ "data.csv": [ACCOUNT_HEAD, "3.22.01.002;1;1;1"].join("\n") }, ACCOUNTS.replace('["3.22.*.002"]', '["3.22.01.*"]').replace('["3.22.01"]', '["3.22.*.002"]')),
  "total-row-twice": () =>
    importing({ "data.csv": csv(GOOD, "Testudvalget;10.01;I alt;;;100,00;120,00;130,00", "Testudvalget;10.01;I alt;;;100,00;120,00;130,00") }, `${OPERATIONS}  total_rows: [{ column: Rammenavn, matches: "^I alt", of: frame }]\n`),
  "total-row-orphan": () =>
    importing({ "data.csv": csv(GOOD, "Testudvalget;10.02;I alt;;;100,00;120,00;130,00") }, `${OPERATIONS}  total_rows: [{ column: Rammenavn, matches: "^I alt", of: frame }]\n`),

  // The import: the mapping file.
  "mapping-no-table": () => mapping("source: { unit: kr. }\n"),
  "mapping-no-amounts": () => mapping(OPERATIONS.replace(", adopted: Opr. budget, adjusted: Korr. budget, actual: Regnskab", "")),
  "mapping-skip-rule": () => mapping(`${OPERATIONS}  skip: [{ column: Udvalg }]\n`),
  "mapping-regexp": () => mapping(`${OPERATIONS}  skip: [{ column: Udvalg, matches: "(" }]\n`),
  "mapping-column-missing": () => mapping(OPERATIONS.replace("frame_number: Ramme, ", "")),
  "mapping-account-table": () => mapping(ACCOUNTS.replace("columns: {", "sum_rows: true\n  columns: {")),
  "mapping-line-service": () => mapping(ACCOUNTS.replace("          service: inside\n", "")),
  "mapping-frame-twice": () => mapping(ACCOUNTS.replace("      financing:", '        - { number: "10.01", name: Igen, lines: [{ name: X, service: inside, accounts: ["5"] }] }\n      financing:')),
  "mapping-line-twice": () => mapping(ACCOUNTS.replace("- { name: Andet,", "- { name: Tilskud,")),
  "mapping-financing-twice": () => mapping(ACCOUNTS.replace('accounts: ["7.68"] }', 'accounts: ["7.68"] }\n        - { number: "70.82", name: Igen, accounts: ["7.70"] }')),
  "mapping-account-pattern": () => mapping(ACCOUNTS.replace('["7.68"]', '["7,68"]')),
  "mapping-committee-unknown": () => mapping(ACCOUNTS.replace("    - committee: Testudvalget", "    - committee: Ukendt udvalg")),

  // The import: the result.
  "merge-unparsable": () => importing({ "data.csv": csv(GOOD) }, OPERATIONS, { "committees/01-test.yaml": "id: test\norder: 1\norder: 2\n" }),

  // The statements (src/validate/checks/statements/): the worked example of statements.md, or the sample, one figure changed.
  "statement-row-mismatch": () => worked(STATEMENTS, "taxes: { prior_year: -960000 }", "taxes: { prior_year: -960000, actual: -1000100 }"),
  "financing-zero-sum": () => worked(ECONOMY, "adjusted: -56000, actual: -18000", "adjusted: -56000, actual: -36500"),
  "balance-unbalanced": () => worked(STATEMENTS, "provisions: { start: 200000, end: 204000 }", "provisions: { start: 200000, end: 205000 }"),
  "liquid-assets-movement": () => worked(STATEMENTS, "liquid_assets: 1000 ", "liquid_assets: 2000 "),
  "long-term-debt-movement": () => worked(STATEMENTS, "long_term_debt: 0", "long_term_debt: 1000"),
  "financing-kind-missing": () => worked(ECONOMY, "kind: interest, ", ""),
  "financing-no-cash-item": () => worked(ECONOMY, "kind: cash", "kind: balance-shifts"),
  "key-figures-citizens": () => worked(STATEMENTS, "citizens: end_of_year", "citizens: liquidity_basis"),
  "strategy-debt-balance": () => sample("municipality.yaml", "{ year: 2024, total: 224100, elderly_housing: 84000 }", "{ year: 2024, total: 225100, elderly_housing: 84000 }"),
  "strategy-surplus-statement": () => sample("municipality.yaml", "        - { year: 2024 }  ", "        - { year: 2024, surplus: 399451 }  "),
  "strategy-surplus-missing": () => sample("statements.yaml", null, ""),
  // The report kinds (src/validate/read-reports.ts, src/validate/index.ts, src/validate/checks/).
  "report-and-reports": () => validate({ "municipality.yaml": `${MUNICIPALITY}report: { kind: annual }\nreports:\n  - { kind: plan }\n` }),
  "report-kind-twice": () => reports("  - { kind: plan, id: plan-a }\n  - { kind: plan, id: plan-b }\n"),
  "duplicate-report-id": () => reports("  - { kind: annual, id: rapport }\n  - { kind: plan, id: rapport }\n"),
  "report-id-reserved": () => reports("  - { kind: annual }\n  - { kind: plan, id: pdf }\n"),
  "as-of-missing": () => reports("  - { kind: follow-up, title: Budgetopfølgning 2 }\n"),
  "as-of-date": () => reports("  - { kind: follow-up, title: Budgetopfølgning 2, as_of: 2024-02-30 }\n"),
  "as-of-year": () => reports("  - { kind: follow-up, title: Budgetopfølgning 2, as_of: 2022-06-30 }\n"),
  "follow-up-only": () => reports("  - { kind: annual, as_of: 2024-06-30 }\n"),
  "display-decimals": () => reports("  - { kind: annual, display: { capital: { unit: t.kr., decimals: 3 } } }\n"),
  "snapshot-missing": () => reports(`${FOLLOW_UP}, compare_with: bo9 }\n`),
  "snapshot-name": () =>
    reports(`${FOLLOW_UP}, compare_with: bo1 }\n`, { "snapshots/bo1/snapshot.yaml": "name: bo2\nlabel: 1. budgetopfølgning\n", "snapshots/bo1/committees/01-test.yaml": COMMITTEE }),
  "expected-missing": () => reports(`${FOLLOW_UP} }\n`),
  "initiative-project-unknown": () => validate({ "committees/01-test.yaml": initiative("project: A000009") }),
  "initiative-project-ambiguous": () =>
    validate({
      "committees/01-test.yaml": initiative("project: A000001"),
      "committees/02-a.yaml": committee("capital:\n  - { id: A000001, name: Vej, budget: 10 }\n", "id: a\ncommittee: Vejudvalget\norder: 2\n"),
      "committees/03-b.yaml": committee("capital:\n  - { id: A000001, name: Vej, budget: 10 }\n", "id: b\ncommittee: Teknikudvalget\norder: 3\n"),
    }),
  "deadline-date": () => validate({ "committees/01-test.yaml": initiative("deadline: 2025-02-30") }),
};

const STATEMENTS = "statements.yaml";
const ECONOMY = "committees/05-okonomi.yaml";

/** A copy of a data directory with one text of one file replaced (or the file removed: `from` null), validated. */
function changed(data: string, file: string, from: string | null, to: string): Promise<Found[]> {
  const dir = copyOf(data, "code");
  const path = join(dir, file);
  if (from === null) rmSync(path);
  else {
    const text = readFileSync(path, "utf8");
    if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
    writeFileSync(path, text.replace(from, to));
  }
  return Promise.resolve(found(validateDataDir(dir).problems, dir));
}
const worked = (file: string, from: string, to: string): Promise<Found[]> => changed(WORKED, file, from, to);
const sample = (file: string, from: string | null, to: string): Promise<Found[]> => changed(SAMPLE, file, from, to);

/** The preview of valid data whose rendering fails: the page shows it as a problem (render-failed). */
async function renderFailed(): Promise<Found[]> {
  const { vi } = await import("vitest");
  const lang = language();
  vi.resetModules();
  vi.doMock("../../src/build/stages.js", () => ({ renderWebsite: () => Promise.reject(new Error("Parse error on line 3")) }));
  try {
    // The fresh modules speak the language of the test.
    (await import("../../src/messages/index.js")).setLanguage(lang);
    const { startPreview } = await import("../../src/serve/server.js");
    const dir = writeFiles(scratchDir("code"), { "municipality.yaml": MUNICIPALITY, "committees/01-test.yaml": COMMITTEE });
    const preview = await startPreview({ dataDir: dir, port: 0, host: "127.0.0.1" });
    try {
      const page = await (await fetch(`${preview.url}index.html`)).text();
      const item = /<li><code>templates:1:1<\/code> <span class="severity">[^<]*<\/span> (.*)<\/li>/.exec(page);
      return item ? [{ code: "render-failed", message: item[1]! }] : [];
    } finally {
      await preview.close();
    }
  } finally {
    vi.doUnmock("../../src/build/stages.js");
    vi.resetModules();
  }
}
