// Every error kind of the data contract, each with the line and column it must point at.
import { describe, expect, it } from "vitest";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateDataDir } from "../../src/validate/index.js";
import { VALID_BODY, committee } from "../support/fixtures.js";
import { at, only, problemsOf } from "../support/problems.js";
import { dataDir, scratchDir } from "../support/scratch.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

const F = "committees/01-test.yaml";

/** A committee whose one line carries `amount` as its adopted figure (line 9, column 18 of the file). */
function withAdopted(amount: string, unit = "t.kr."): string {
  return committee(`unit: ${unit}
frames:
  - number: "10.01"
    name: Ramme
    service: inside
    lines:
      - name: Linje
        adopted: ${amount}
`);
}
// header is 3 lines; "unit" is line 4; "adopted:" is line 11 at column 9, its value at column 18.
const AMOUNT_AT: [number, number] = [11, 18];

describe("a valid file", () => {
  it("has no problems", () => {
    expect(problemsOf(committee(VALID_BODY))).toEqual([]);
  });
});

describe("amounts", () => {
  it("refuses an unquoted amount with a fractional part in t.kr., naming the Danish pitfall", () => {
    const p = only(problemsOf(withAdopted("1.234")), "amount-fraction");
    expect(at(p)).toEqual([F, ...AMOUNT_AT, "error"]);
    expect(p.message).toContain("YAML reads 1.234");
    expect(p.message).toContain("write 1234");
  });

  it("refuses it in kr. too, but accepts fractions in mio.kr.", () => {
    expect(only(problemsOf(withAdopted("12.5", "kr.")), "amount-fraction").line).toBe(AMOUNT_AT[0]);
    expect(problemsOf(withAdopted("104.1", "mio.kr."))).toEqual([]);
  });

  it.each(['"1,234.5"', '"12.34"', '"abc"', '"1 234"', '"1.23.456"'])("refuses the string %s (not strict Danish format)", (s) => {
    const p = only(problemsOf(withAdopted(s)), "amount-format");
    expect(at(p)).toEqual([F, ...AMOUNT_AT, "error"]);
    expect(p.message).toContain("Danish format");
  });

  it.each(['"1.234"', '"-2.455"', '"1.234,5"', "1.234.567", "-2455", '"1234"'])("accepts %s", (s) => {
    expect(problemsOf(withAdopted(s))).toEqual([]);
  });

  it.each([".nan", ".inf", "-.inf", "1e400"])("refuses %s (not a finite number)", (s) => {
    expect(at(only(problemsOf(withAdopted(s)), "amount-not-finite"))).toEqual([F, ...AMOUNT_AT, "error"]);
  });

  it("refuses amounts beyond ±10^15", () => {
    expect(at(only(problemsOf(withAdopted("-2000000000000000")), "amount-range"))).toEqual([F, ...AMOUNT_AT, "error"]);
    expect(problemsOf(withAdopted("1000000000000000"))).toEqual([]);
  });

  it("refuses a value that is not an amount at all", () => {
    expect(at(only(problemsOf(withAdopted("true")), "amount-type"))).toEqual([F, ...AMOUNT_AT, "error"]);
    expect(at(only(problemsOf(withAdopted("[1, 2]")), "amount-type"))).toEqual([F, ...AMOUNT_AT, "error"]);
  });
});

describe("structure", () => {
  it("refuses an unknown key and suggests the right one", () => {
    const yaml = committee(VALID_BODY.replace("adjusted: 120", "ajusted: 120"));
    const p = only(problemsOf(yaml), "unknown-key");
    expect(at(p)).toEqual([F, 11, 9, "error"]);
    expect(p.message).toContain('unknown key "ajusted"');
    expect(p.message).toContain('did you mean "adjusted"');
    expect(p.message).toContain('frame 10.01, line "Linje A"');
  });

  it("refuses an unquoted frame number, which YAML reads as a number", () => {
    const p = only(problemsOf(committee(VALID_BODY.replace('"10.01"', "10.30"))), "wrong-type");
    expect(at(p)).toEqual([F, 5, 13, "error"]);
    expect(p.message).toContain('"10.30"');
  });

  it("requires the keys the contract requires, at the mapping that lacks them", () => {
    const p = only(problemsOf(committee(VALID_BODY.replace("      - name: Linje B\n", "      - \n").replace("        adopted: 50\n", "        adopted: 50\n"))), "missing-key");
    expect(p.message).toContain('missing key "name"');
    const header = only(problemsOf(committee(VALID_BODY, "id: test\norder: 1\n")), "missing-key");
    expect(at(header)).toEqual([F, 1, 1, "error"]);
    expect(header.message).toContain('"committee"');
  });

  it("refuses a value outside the allowed set, with a suggestion", () => {
    const p = only(problemsOf(committee(`status: aproved\n${VALID_BODY}`)), "not-allowed");
    expect(at(p)).toEqual([F, 4, 9, "error"]);
    expect(p.message).toContain('did you mean "approved"');
  });

  it("refuses an unknown unit", () => {
    expect(at(only(problemsOf(committee(`unit: tkr\n${VALID_BODY}`)), "not-allowed"))).toEqual([F, 4, 7, "error"]);
  });

  it("needs every line's service group, from the line or its frame", () => {
    const problems = problemsOf(committee(VALID_BODY.replace("    service: inside\n", "")));
    const missing = problems.filter((p) => p.code === "service-missing");
    expect(missing.map(at)).toEqual([
      [F, 8, 9, "error"],
      [F, 12, 9, "error"],
    ]);
    expect(missing[0]!.message).toContain("service: inside");
  });

  it("refuses duplicate frame numbers", () => {
    const body = `${VALID_BODY}  - number: "10.01"\n    name: Igen\n    service: inside\n    lines: []\n`;
    const p = only(problemsOf(committee(body)), "duplicate-frame-number");
    expect(at(p)).toEqual([F, 17, 5, "error"]);
    expect(p.message).toContain("first at line 5");
  });

  it("refuses a frame number used by two committees", () => {
    const problems = validateDataDir(
      dataDir({
        "committees/01-test.yaml": committee(VALID_BODY),
        "committees/02-andet.yaml": committee(VALID_BODY, "id: andet\ncommittee: Andet udvalg\norder: 2\n"),
      }),
    ).problems;
    const p = only(problems, "duplicate-frame-number");
    expect(at(p)).toEqual(["committees/02-andet.yaml", 5, 5, "error"]);
    expect(p.message).toContain("Testudvalget");
  });

  it("refuses duplicate committee ids across files", () => {
    const problems = validateDataDir(
      dataDir({
        "committees/01-test.yaml": committee(VALID_BODY),
        "committees/02-test.yaml": committee("frames: []\n", "id: test\ncommittee: Andet udvalg\norder: 2\n"),
      }),
    ).problems;
    const p = only(problems, "duplicate-committee-id");
    expect(at(p)).toEqual(["committees/02-test.yaml", 1, 1, "error"]);
    expect(p.message).toContain("committees/01-test.yaml");
  });

  it("refuses duplicate capital ids within a committee, and a closed project with a transfer", () => {
    const body = `capital:
  - { id: A015054, name: Cykelsti, budget: 100, adjusted: 100, actual: 50, transfer: 50 }
  - { id: A015054, name: Cykelsti igen, budget: 0, adjusted: 0, actual: 10 }
  - id: A020221
    name: Afsluttet
    actual: 401
    closed: true
    transfer: 0
`;
    const problems = problemsOf(committee(body));
    expect(at(only(problems, "duplicate-capital-project-id"))).toEqual([F, 6, 5, "error"]);
    const closed = only(problems, "closed-with-transfer");
    expect(at(closed)).toEqual([F, 11, 5, "error"]);
    expect(closed.message).toContain("regnskabsaflagt");
  });

  it("reads a lower-case project id as upper case, with a warning", () => {
    const p = only(problemsOf(committee("capital:\n  - { id: a015017, name: Skoleveje, actual: 1 }\n")), "id-lowercase");
    expect(at(p)).toEqual([F, 5, 11, "warning"]);
  });

  it("says how a Markdown section must look when it has the wrong form", () => {
    const p = only(problemsOf(committee(`sections:\n  report: [a, b]\n${VALID_BODY}`)), "wrong-form");
    expect(at(p)).toEqual([F, 5, 11, "error"]);
    expect(p.message).toContain("{ file: path }");
  });
});

describe("files", () => {
  it("reports YAML syntax errors and duplicate keys at their line", () => {
    const syntax = problemsOf(committee(`${VALID_BODY}  - number: "10.02\n    name: x\n`));
    expect(syntax.find((p) => p.code === "yaml-syntax")).toBeDefined();
    const dup = only(problemsOf(committee(`order: 2\n${VALID_BODY}`)), "duplicate-key");
    expect(at(dup)).toEqual([F, 4, 1, "error"]);
  });

  it("refuses a file that is not UTF-8, naming the line", () => {
    const bytes = Buffer.concat([Buffer.from(committee("frames:\n  - number: \"10.01\"\n    name: Milj")), Buffer.from([0xf8]), Buffer.from("\n    lines: []\n")]);
    const p = only(problemsOf(bytes), "invalid-utf8");
    expect(at(p)).toEqual([F, 6, 15, "error"]);
  });

  it("refuses an empty file and a file that is a list", () => {
    expect(at(only(problemsOf(""), "not-a-mapping"))).toEqual([F, 1, 1, "error"]);
    expect(only(problemsOf("- a\n- b\n"), "not-a-mapping").message).toContain("a list");
  });

  it("reports a missing municipality file and an empty committee directory", () => {
    const dir = dataDir({});
    writeFileSync(join(dir, "municipality.yaml"), "");
    const problems = validateDataDir(join(dir, "nowhere")).problems;
    expect(only(problems, "file-missing").file).toBe("municipality.yaml");
    expect(only(problems, "no-committees").severity).toBe("error");
  });

  it("reads Markdown from { file: } inside the data directory, and refuses missing files and escapes", () => {
    const ok = problemsOf(committee(`sections:\n  report: { file: text/b.md }\n${VALID_BODY}`), { "text/b.md": "Tekst" });
    expect(ok).toEqual([]);
    const missing = only(problemsOf(committee(`sections:\n  report: { file: text/nej.md }\n${VALID_BODY}`)), "file-missing");
    expect(at(missing)).toEqual([F, 5, 19, "error"]);
    const escape = only(problemsOf(committee(`sections:\n  report: { file: ../../etc/passwd }\n${VALID_BODY}`)), "file-outside");
    expect(at(escape)).toEqual([F, 5, 19, "error"]);
  });

  it("refuses a symlink that leads out of the data directory", () => {
    const outside = join(scratchDir("outside"), "hemmelig.md");
    writeFileSync(outside, "hemmeligt");
    const dir = dataDir({ "committees/01-test.yaml": committee(`sections:\n  report: { file: text/link.md }\n${VALID_BODY}`) });
    symlinkSync(outside, join(dir, "text-link.md"));
    writeFileSync(join(dir, "committees/01-test.yaml"), committee(`sections:\n  report: { file: text-link.md }\n${VALID_BODY}`));
    expect(only(validateDataDir(dir).problems, "file-outside").message).toContain("link");
  });
});
