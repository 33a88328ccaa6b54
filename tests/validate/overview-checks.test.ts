// The other overviews' checks, each on a copy of the worked example of statements.md §13 with one thing put
// wrong: exactly one problem in the whole run, at the file, line and column of what is wrong. And the text
// check's new keyword: a figure after "overføres" must be one of the committee's carry-overs.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeFigures } from "../../src/compute/figures.js";
import { CHECKS } from "../../src/validate/checks/index.js";
import { capitalAccounts, carryOvers, staffRows } from "../../src/validate/checks/statements/overviews.js";
import { textFigures } from "../../src/validate/checks/text-figures.js";
import { readDataDir, validateDataDir } from "../../src/validate/index.js";
import { WORKED } from "../support/fixtures.js";
import { editedCopy } from "../support/scratch.js";

const BU = "committees/01-born-unge.yaml";
const OKONOMI = "committees/05-okonomi.yaml";
const STATEMENTS = "statements.yaml";

/** The worked example with text replaced in some of its files. */
const worked = (edits: [file: string, from: string, to: string][]): string => editedCopy(WORKED, edits, "worked");

/** Line and column (1-based) of `text` in a file: where the problem must point. */
function at(dir: string, file: string, text: string, offset = 0): string {
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const line = lines.findIndex((l) => l.includes(text));
  if (line < 0) throw new Error(`${file} has no "${text}"`);
  return `${file}:${line + 1}:${lines[line]!.indexOf(text) + 1 + offset}`;
}

/** Every problem of a full validation, as "file:line:col severity code". */
const problems = (dir: string): string[] => validateDataDir(dir).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`);

describe("the other overviews' checks", () => {
  it("are in the list of checks, after the statements' identities", () => {
    expect(CHECKS.slice(-3)).toEqual([carryOvers, capitalAccounts, staffRows]);
  });

  it("a closed project above the threshold without an account: one error at the project", () => {
    const text = readFileSync(join(WORKED, BU), "utf8");
    const start = text.indexOf("    account:");
    const end = text.indexOf("  - { id: A100002");
    const dir = worked([[BU, text.slice(start, end), ""]]);
    expect(problems(dir)).toEqual([`${at(dir, BU, "- id: A100001", 2)} error capital-account-missing`]);
    const message = validateDataDir(dir).problems[0]!.message;
    expect(message).toContain("anlægsprojekt A100001 er regnskabsaflagt");
    expect(message).toContain("4.000.000 kr., på eller over grænsen på 2.000.000 kr.");
  });

  it("nothing when the threshold is not inclusive and the project is exactly at it", () => {
    const text = readFileSync(join(WORKED, BU), "utf8");
    const start = text.indexOf("    account:");
    const end = text.indexOf("  - { id: A100002");
    const dir = worked([
      [BU, text.slice(start, end), ""],
      [STATEMENTS, "threshold_kr: 2000000\n  inclusive: true", "threshold_kr: 4000000\n  inclusive: false"],
    ]);
    expect(problems(dir)).toEqual([]);
  });

  it("an account whose year is not the project's actual in Tabel 3, and a material deviation without explanation", () => {
    const dir = worked([
      [BU, "- { year: 2024, spending: 3500 }", "- { year: 2024, spending: 3400 }"],
      [BU, "      explanation: Udbuddet af legepladsen blev billigere end forudsat.\n", ""],
    ]);
    expect(problems(dir)).toEqual([
      `${at(dir, BU, "account:")} error capital-account-explanation`,
      `${at(dir, BU, "{ year: 2024")} error capital-account-this-year`,
    ]);
  });

  it("a stated carry-over beyond the rule: one error at the stated figure", () => {
    const dir = worked([[OKONOMI, "name: Administration\n", "name: Administration\n    carry_over: { automatic: 6000 }\n"]]);
    expect(problems(dir)).toEqual([`${at(dir, OKONOMI, "6000")} error carry-over-beyond-rule`]);
    expect(validateDataDir(dir).problems[0]!.message).toBe(
      "bevillingsramme 60.10: den automatiske overførsel er oplyst til 6.000, men reglen (højst ±5 % af budgettet) tillader højst 3.600 og giver 3.600 t.kr.: " +
        'skriv det, kommunalbestyrelsen har godkendt ud over reglen, under "applied", eller ret det oplyste tal eller reglen',
    );
  });

  it("a stated carry-over on a frame whose rule carries nothing is beyond the rule; stated figures that agree find nothing", () => {
    const none = worked([["committees/03-beskaeftigelse.yaml", "service: outside\n", "service: outside\n    carry_over: { automatic: 7000 }\n"]]);
    expect(problems(none)).toEqual([`${at(none, "committees/03-beskaeftigelse.yaml", "7000 }")} error carry-over-beyond-rule`]);
    const agree = worked([[OKONOMI, "name: Administration\n", "name: Administration\n    carry_over: { automatic: 3600, carried: 4100, returned: 1900, applied: 500 }\n"]]);
    expect(problems(agree)).toEqual([]);
  });

  it("stated carried and returned figures that disagree with the rule's: an error each", () => {
    const dir = worked([[OKONOMI, "name: Administration\n", "name: Administration\n    carry_over: { carried: 4000, returned: 2000 }\n"]]);
    expect(problems(dir)).toEqual([`${at(dir, OKONOMI, "4000")} error carry-over-mismatch`, `${at(dir, OKONOMI, "2000 }")} error carry-over-mismatch`]);
  });

  it("a capital transfer beyond what is unspent: one warning at the transfer", () => {
    const dir = worked([[BU, "actual: 26500, carried_in: 15000, transfer: 8000", "actual: 26500, carried_in: 15000, transfer: 9000"]]);
    expect(problems(dir)).toEqual([`${at(dir, BU, "transfer: 9000", 10)} warning transfer-beyond-unspent`]);
    expect(validateDataDir(dir).problems[0]!.message).toContain("anlægsprojekt A100002: den forventede overførsel 9.000 er større end det uforbrugte, korrigeret budget − regnskab = 8.500 t.kr.");
  });

  it("a staff row for a committee that does not exist: one error at the committee", () => {
    const dir = worked([[STATEMENTS, "{ committee: teknik-miljo,", "{ committee: teknik-miljoe,"]]);
    expect(problems(dir)).toEqual([`${at(dir, STATEMENTS, "teknik-miljoe")} error staff-committee-unknown`]);
    expect(validateDataDir(dir).problems[0]!.message).toContain('der er intet udvalg "teknik-miljoe": skriv et udvalgs id eller navn (born-unge, social-sundhed, beskaeftigelse, teknik-miljo, okonomi)');
  });

  it("a stated staff total that is not the rows' sum: an error at the total", () => {
    const dir = worked([[STATEMENTS, "total: { prior_year: 1465.0, actual: 1473.5 }", "total: { prior_year: 1465.0, actual: 1437.5 }"]]);
    expect(problems(dir)).toEqual([`${at(dir, STATEMENTS, "1437.5")} error staff-total-mismatch`]);
  });

  it("an account on a project that is not closed: a warning", () => {
    const dir = worked([[BU, "    closed: true\n", ""]]);
    expect(problems(dir)).toEqual([`${at(dir, BU, "account:")} warning capital-account-open`]);
  });

  it("without statements.yaml the committee files' carry-over keys and accounts are not checked", () => {
    const dir = worked([[BU, "actual: 26500, carried_in: 15000, transfer: 8000", "actual: 26500, carried_in: 15000, transfer: 9000"]]);
    writeFileSync(join(dir, STATEMENTS), "");
    const { data } = readDataDir(dir);
    const figures = computeFigures({ ...data, statements: undefined });
    expect([carryOvers, capitalAccounts, staffRows].flatMap((c) => c({ ...data, statements: undefined }, figures))).toEqual([]);
  });
});

describe("textFigures: carry-over sentences", () => {
  const withText = (text: string): string =>
    worked([[OKONOMI, "status: approved\n", `status: approved\nsections:\n  operations: "${text}"\n`]]);
  const found = (dir: string): string[] => {
    const { data } = readDataDir(dir);
    return textFigures(data, computeFigures(data)).map((p) => `${p.code}: ${p.message}`);
  };

  it("a figure after 'overføres' is one of the committee's carry-overs (3,6 carried, 2,4 not carried)", () => {
    expect(found(withText("Af mindreforbruget overføres 3,6 mio. kr. til 2025; ikke overført er 2,4 mio. kr."))).toEqual([]);
  });

  it("warns about a carry-over the overview does not have, even when the table has the figure", () => {
    expect(found(withText("Af mindreforbruget overføres 6,0 mio. kr. til 2025."))).toEqual([
      "text-figure: teksten nævner en overførsel på 6,0 mio. kr., men ingen overførsel i oversigten over overførsler afrundes til 6,0 mio. kr.: kontrollér teksten mod oversigten",
    ]);
  });

  it("'med overførsler … er det korrigerede budget' speaks of the budget, not a carry-over", () => {
    expect(found(withText("Med overførsler fra tidligere år er det korrigerede budget på 72,0 mio. kr."))).toEqual([]);
  });
});
