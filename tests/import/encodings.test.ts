// The encodings CSV exports come in: a byte-order mark settles it (UTF-8, UTF-16 LE, UTF-16 BE); UTF-16
// without one is named, not read as garbled headers; UTF-8 bytes under a mapping that says windows-1252 give
// one message naming the encoding that fits, not one "unknown committee" per row.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { decodeCsv } from "../../src/import/csv.js";
import { SourceProblems, formatSourcePos } from "../../src/import/location.js";
import { PRISME, importInto, read } from "./helpers.js";
import { scratchDir, writeFiles as writeInto } from "../support/scratch.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

const PRISME_TEXT = iconv.decode(readFileSync(PRISME.source), "win1252");
const MAPPING = readFileSync(PRISME.map, "utf8");
const BOM = { "utf-8": [0xef, 0xbb, 0xbf], "utf-16le": [0xff, 0xfe], "utf-16be": [0xfe, 0xff] };

function encode(text: string, encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252", bom: boolean): Buffer {
  const body = encoding === "utf-16be" ? iconv.encode(text, "utf16-be") : iconv.encode(text, encoding === "windows-1252" ? "win1252" : encoding);
  return bom && encoding !== "windows-1252" ? Buffer.concat([Buffer.from(BOM[encoding]), body]) : body;
}

/** Imports the Prisme example written in these bytes with the mapping's encoding set to `encoding`. */
async function importAs(bytes: Buffer, encoding?: string) {
  const mapping = encoding ? MAPPING.replace("encoding: auto ", `encoding: ${encoding}`) : MAPPING;
  const dir = writeInto(scratchDir("import"), { "prisme-drift-2024.csv": bytes, "mapping.yaml": mapping });
  const dataDir = join(scratchDir("import"), "data");
  const plan = await importInto(dataDir, [join(dir, "prisme-drift-2024.csv")], join(dir, "mapping.yaml"));
  return { plan, dataDir };
}

/** The committee files the example gives in its own encoding: every other encoding must give the same. */
async function reference(): Promise<string[]> {
  const { plan, dataDir } = await importAs(readFileSync(PRISME.source));
  expect(plan.ok).toBe(true);
  return plan.files.map((f) => read(dataDir, f.path));
}

describe("a byte-order mark settles the encoding", () => {
  it.each([["utf-16le"], ["utf-16be"], ["utf-8"]] as const)("%s with BOM imports to the same committee files as the Windows-1252 original", async (encoding) => {
    const expected = await reference();
    const { plan, dataDir } = await importAs(encode(PRISME_TEXT, encoding, true));
    expect([...plan.sourceProblems, ...plan.problems]).toEqual([]);
    expect(plan.files.map((f) => read(dataDir, f.path))).toEqual(expected);
  });

  it("even when the mapping says otherwise: read by the mark, with a warning that says so", async () => {
    const { plan } = await importAs(encode(PRISME_TEXT, "utf-16le", true), "windows-1252");
    expect(plan.ok).toBe(true);
    expect(plan.sourceProblems.map((p) => [p.severity, p.code, p.message])).toEqual([
      ["warning", "encoding-bom", expect.stringContaining("the mapping says windows-1252, but the file starts with a utf-16le byte-order mark")],
    ]);
  });
});

describe("UTF-16 without a byte-order mark", () => {
  it.each([["utf-16le"], ["utf-16be"]] as const)("%s is named, with the mapping setting that reads it", async (encoding) => {
    const { plan } = await importAs(encode(PRISME_TEXT, encoding, false));
    expect(plan.sourceProblems.map((p) => [p.code, formatSourcePos(p.at)])).toEqual([["encoding", "prisme-drift-2024.csv"]]);
    expect(plan.sourceProblems[0]!.message).toContain(`without a byte-order mark: set source: encoding: ${encoding}`);
  });

  it("is read when the mapping says which", async () => {
    const expected = await reference();
    const { plan, dataDir } = await importAs(encode(PRISME_TEXT, "utf-16be", false), "utf-16be");
    expect(plan.ok).toBe(true);
    expect(plan.files.map((f) => read(dataDir, f.path))).toEqual(expected);
  });
});

describe("UTF-8 bytes under a mapping that says windows-1252", () => {
  it("give one message, at the first row that shows it, naming the encoding that fits", async () => {
    const { plan } = await importAs(encode(PRISME_TEXT, "utf-8", false), "windows-1252");
    expect(plan.sourceProblems).toHaveLength(1);
    const [p] = plan.sourceProblems;
    expect([p!.code, formatSourcePos(p!.at)]).toEqual(["encoding", "prisme-drift-2024.csv, række 1"]);
    expect(p!.message).toBe(
      'the mapping says windows-1252, but the file\'s bytes are UTF-8: "Indsatsområde" on this row would read as "IndsatsomrÃ¥de", and so would every æ, ø and å in the file. Set source: encoding: utf-8 (or auto) in the mapping',
    );
  });

  it("plain ASCII reads the same in both, so it is no problem", () => {
    const problems = new SourceProblems();
    expect(decodeCsv(Buffer.from("a;b\r\n1;2\r\n"), "windows-1252", "x.csv", problems)).toBe("a;b\r\n1;2\r\n");
    expect(problems.list).toEqual([]);
  });

  it("Windows-1252 bytes under windows-1252 are read as they are, though they happen to be valid UTF-8 nowhere", () => {
    const problems = new SourceProblems();
    expect(decodeCsv(iconv.encode("Ærø;Økonomi\r\n", "win1252"), "windows-1252", "x.csv", problems)).toBe("Ærø;Økonomi\r\n");
    expect(problems.list).toEqual([]);
  });
});
