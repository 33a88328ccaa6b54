// No follow-on problems: a figure that cannot be read is reported once, where it is written, and nothing that only
// follows from it being unreadable is reported beside it — not a reconciliation, an identity of the statements, a
// strategy target's missing surplus, nor a text's figure that no table gives any more. The mechanism is one: what
// rests on an unreadable figure is unknown (compute/arithmetic.ts `Figure.unknown`; `unreliable` on what was read),
// and no check concludes from an unknown figure. Tested on the sample, once by hand and over a spread of its amounts.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/core/problem.js";
import { validateDataDir } from "../../src/validate/index.js";
import { SAMPLE } from "../support/fixtures.js";
import { copyOf } from "../support/scratch.js";

const data = copyOf(SAMPLE, "follow-on");
/** A problem by file, line and code (a longer value shifts the columns after it on its line). */
const key = (p: Problem): string => `${p.file}:${p.line} ${p.code}`;
const sample = new Set(validateDataDir(data).problems.map(key));

/** The problems of the sample with one value replaced by `written` (file, 1-based line, the value's column), that the sample has not. */
function added(file: string, line: number, column: number, value: string, written: string): Problem[] {
  const path = join(data, file);
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n");
  const at = lines[line - 1]!;
  expect(at.slice(column - 1, column - 1 + value.length)).toBe(value);
  lines[line - 1] = at.slice(0, column - 1) + written + at.slice(column - 1 + value.length);
  writeFileSync(path, lines.join("\n"));
  try {
    return validateDataDir(data).problems.filter((p) => !sample.has(key(p)));
  } finally {
    writeFileSync(path, text);
  }
}

/** Every amount of a file written `key: 123`: its line, column and text. */
function amountsOf(file: string): { line: number; column: number; value: string; key: string }[] {
  return readFileSync(join(data, file), "utf8")
    .split("\n")
    .flatMap((text, i) =>
      [...text.matchAll(/\b([a-z_]+): (-?\d+)(?=[ ,}]|$)/g)]
        .filter((m) => !["year", "order", "number", "decimals", "percent", "from", "to", "start_of_year", "end_of_year"].includes(m[1]!) && !m[1]!.endsWith("_kr"))
        .map((m) => ({ line: i + 1, column: m.index + m[1]!.length + 3, value: m[2]!, key: m[1]! })),
    );
}

describe("an unreadable figure", () => {
  it("is the one problem validate reports, at its place: a line's actual", () => {
    const file = "committees/03-social-sundhed.yaml";
    const line = readFileSync(join(data, file), "utf8").split("\n").findIndex((l) => l.includes("actual: 282470")) + 1;
    const found = added(file, line, 17, "282470", "12x");
    expect(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`)).toEqual([`${file}:${line}:17 error amount-format`]);
  });

  it("is the one problem for an amount anywhere in the data: committees, the statements, the strategy", () => {
    const files = ["municipality.yaml", "statements.yaml", ...readdirSync(join(data, "committees")).sort().map((f) => `committees/${f}`)];
    // Every 23rd amount of every file: lines, subtotals, financing items, projects, accounts, the balance, targets.
    const tried = files.flatMap((file) => amountsOf(file).filter((_, i) => i % 23 === 5).map((a) => ({ file, ...a })));
    expect(tried.length).toBeGreaterThan(60);
    const followOns = tried.flatMap(({ file, line, column, value, key }) => {
      const found = added(file, line, column, value, `${value}x`);
      const own = found.filter((p) => p.file === file && p.line === line && p.severity === "error");
      expect(own, `${file}:${line} ${key}`).toHaveLength(1);
      return found.filter((p) => !own.includes(p)).map((p) => `${file}:${line} ${key} → ${p.file}:${p.line} ${p.code}`);
    });
    expect(followOns).toEqual([]);
  }, 300_000);
});
