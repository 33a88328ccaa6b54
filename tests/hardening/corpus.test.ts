// The corpus of nasty files (tests/hardening/corpus/): each is validated as the one committee file, or as the
// municipality file, of an otherwise valid data directory. Every case ends soundly (sound.ts), and each ends
// the way expected.json says: "ok", or with at least these problems ("code@line"). A case that once failed
// stays here for good.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMITTEE, MUNICIPALITY, Scratch, expectSound } from "./sound.js";

const CORPUS = new URL("./corpus/", import.meta.url).pathname;
const expected = JSON.parse(readFileSync(`${CORPUS}expected.json`, "utf8")) as Record<string, "ok" | string[]>;
const scratch = new Scratch();

function filesFor(kind: string, bytes: Buffer): Record<string, string | Buffer> {
  const text = { "text/x.md": "Tekst.\n", "kasse.csv": "date;balance\n2024-01-01;1.000,00\n" };
  return kind === "committee"
    ? { "municipality.yaml": MUNICIPALITY, "committees/01-case.yaml": bytes, ...text }
    : { "municipality.yaml": bytes, "committees/01-test.yaml": COMMITTEE, ...text };
}

describe.each(["committee", "municipality"])("the %s corpus", (kind) => {
  const names = readdirSync(`${CORPUS}${kind}`).sort();

  it("has an expectation for every file and a file for every expectation", () => {
    const listed = Object.keys(expected).filter((k) => k.startsWith(`${kind}/`)).sort();
    expect(listed).toEqual(names.map((n) => `${kind}/${n}`));
  });

  it.each(names)("%s", (name) => {
    const result = scratch.validate(filesFor(kind, readFileSync(`${CORPUS}${kind}/${name}`)));
    expectSound(result, scratch.dir);
    const want = expected[`${kind}/${name}`]!;
    const got = result.problems.map((p) => `${p.code}@${p.line}`);
    const shown = JSON.stringify(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`), null, 1);
    if (want === "ok") expect(result.data, shown).toBeDefined();
    else {
      expect(result.data, shown).toBeUndefined();
      expect(got, shown).toEqual(expect.arrayContaining(want));
    }
  });
});
