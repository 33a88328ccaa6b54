// The corpus of nasty files (tests/hardening/corpus/): each is validated as the one committee file, or as the
// municipality file, of an otherwise valid data directory. Every case ends soundly (sound.ts), and each ends
// the way expected.json says: "ok", or with at least these problems ("code@line"). An "ok" committee must also
// be read as a plain YAML 1.2 parser reads the file: the same id, name, order, frames, lines, amounts and texts,
// so that nothing odd in the file (a BOM, CR LF, aliases, tags, control characters) is silently misread. A case
// that once failed stays here for good.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Decimal } from "../../src/core/money.js";
import { UNIT_FACTOR, type Unit } from "../../src/core/units.js";
import type { Committee } from "../../src/model/types.js";
import { expectSound } from "./sound.js";
import { COMMITTEE, MUNICIPALITY } from "../support/fixtures.js";
import { Scratch } from "../support/scratch.js";

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
    if (want === "ok") {
      expect(result.data, shown).toBeDefined();
      if (kind === "committee") expect(readAs(result.data!.committees[0]!)).toEqual(plainlyRead(readFileSync(`${CORPUS}${kind}/${name}`)));
    } else {
      expect(result.data, shown).toBeUndefined();
      expect(got, shown).toEqual(expect.arrayContaining(want));
    }
  });
});

/** The facts of a committee that the corpus compares: who it is, its frames and lines with their amounts, its texts. */
interface Facts {
  id: string;
  name: string;
  order: number;
  frames: { number: string; name: string; lines: { name: string; adopted?: string; adjusted?: string; actual?: string }[] }[];
  sections: Record<string, string>;
}

function readAs(c: Committee): Facts {
  const kroner = (v: Decimal | undefined): string | undefined => v?.toString();
  return {
    id: c.id,
    name: c.name,
    order: c.order,
    frames: c.frames.map((f) => ({
      number: f.number,
      name: f.name,
      lines: f.lines.map((l) => ({ name: l.name, adopted: kroner(l.adopted), adjusted: kroner(l.adjusted), actual: kroner(l.actual) })),
    })),
    sections: Object.fromEntries(Object.entries(c.sections).map(([k, v]) => [k, v.markdown])),
  };
}

/** The same facts from a plain parse of the file (the yaml library, YAML 1.2, no schema, no checks). */
function plainlyRead(bytes: Buffer): Facts {
  type Plain = Record<string, unknown>;
  const doc = parse(bytes.toString("utf8").replace(/^\uFEFF/, ""), { version: "1.2", logLevel: "error" }) as Plain;
  const factor = UNIT_FACTOR[(doc.unit as Unit | undefined) ?? "t.kr."];
  const amount = (v: unknown): string | undefined => {
    if (v === undefined || v === null) return undefined;
    const plain = typeof v === "number" ? String(v) : String(v).replaceAll(".", "").replace(",", ".");
    return new Decimal(plain).times(factor).toString();
  };
  const list = (v: unknown): Plain[] => (Array.isArray(v) ? (v as Plain[]) : []);
  return {
    id: doc.id as string,
    name: doc.committee as string,
    order: doc.order as number,
    frames: list(doc.frames).map((f) => ({
      number: f.number as string,
      name: f.name as string,
      lines: list(f.lines).map((l) => ({ name: l.name as string, adopted: amount(l.adopted), adjusted: amount(l.adjusted), actual: amount(l.actual) })),
    })),
    sections: Object.fromEntries(Object.entries((doc.sections as Record<string, string> | undefined) ?? {})),
  };
}
