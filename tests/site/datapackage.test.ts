// The open data as a reader's program meets it: out/csv/datapackage.json is a valid Tabular Data Package by the
// published Frictionless JSON Schemas (vendored in tests/fixtures/frictionless), it describes every CSV file
// exactly (size, hash, dialect), and every CSV file read back through its own Table Schema gives the report
// model's tables: every amount exactly, every blank blank, every marker such as "R" a missing value.
import { amountTablesOf } from "../../src/compute/statements/section-tables.js";
import { readFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import Ajv04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { AccountsReport } from "../../src/compute/report.js";
import type { AmountTable, Cell } from "../../src/compute/tables.js";
import type { DataPackage, Field, Resource } from "../../src/export/datapackage.js";
import { build } from "../../src/build/build.js";
import { validateDataDir } from "../../src/validate/index.js";
import { VERDICT } from "../../src/compute/targets-box.js";
import { Decimal } from "../../src/core/money.js";
import { UNIT_FACTOR } from "../../src/core/units.js";
import { FULL, MUNICIPALITY, SAMPLE, committee } from "../support/fixtures.js";
import { dataDir, scratchDir } from "../support/scratch.js";
import { accounts } from "../support/report.js";

const FIXTURES = new URL("../fixtures/frictionless/", import.meta.url).pathname;
const schemaFile = (name: string): object => JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as object;

// Both are CommonJS modules whose default export TypeScript (NodeNext) sees as the module itself.
const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;

/** The published profiles are draft-04 and use "textarea" as a format (an editor hint, not a check). */
function validators() {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat("textarea", true);
  return { dataPackage: ajv.compile(schemaFile("tabular-data-package.json")), tableSchema: ajv.compile(schemaFile("table-schema.json")) };
}

/** Kroner in a t.kr. report: the CSV's exact figures have decimals ("1.234,567"). */
const KRONER = committee(
  `unit: kr.
frames:
  - number: "10.01"
    name: Ramme
    service: inside
    lines:
      - { name: Linje A, adopted: 1234567, adjusted: 1300005, actual: -25 }
      - { name: Linje B, adopted: 50000, actual: 40001 }
capital:
  - { id: A000001, name: Skole, budget: 1000000, adjusted: 1200000, actual: 987654, transfer: 212346 }
  - { id: A000002, name: Vej, budget: 500000, adjusted: 500000, actual: 499999, closed: true }
`,
);

const DATA_SETS = {
  sample: SAMPLE,
  "every key": FULL,
  "amounts in kroner": dataDir({ "municipality.yaml": MUNICIPALITY, "committees/01-test.yaml": KRONER }),
};

describe.each(Object.entries(DATA_SETS))("the data package of %s", async (_, data) => {
  const out = scratchDir("datapackage");
  const result = await build({ dataDir: data, outDir: out, pdf: false });
  if (result.status !== "published") throw new Error(`the build failed: ${JSON.stringify(result.problems)}`);
  const report = accounts(result.report);
  const csvDir = join(out, "csv");
  const text = readFileSync(join(csvDir, "datapackage.json"), "utf8");
  const pkg = JSON.parse(text) as DataPackage;

  it("is valid by the published Tabular Data Package and Table Schema JSON Schemas", () => {
    expect(result.status).toBe("published");
    const { dataPackage, tableSchema } = validators();
    expect(dataPackage(pkg), JSON.stringify(dataPackage.errors, null, 1)).toBe(true);
    for (const r of pkg.resources) expect(tableSchema(r.schema), `${r.name}: ${JSON.stringify(tableSchema.errors, null, 1)}`).toBe(true);
  });

  it("names its licence: CC BY 4.0 unless municipality.yaml says another", () => {
    expect(pkg.licenses).toEqual([{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }]);
    const page = readFileSync(join(out, "site", "data-til-genbrug.html"), "utf8");
    expect(page).toContain("udgives under licensen Creative Commons Attribution 4.0 (CC-BY-4.0)");
    expect(page).toContain("https://creativecommons.org/licenses/by/4.0/");
  });

  it("is checked by schemas that do reject a wrong descriptor", () => {
    const { dataPackage, tableSchema } = validators();
    const resource = pkg.resources[0]!;
    expect(dataPackage({ ...pkg, profile: undefined })).toBe(false);
    expect(dataPackage({ ...pkg, resources: [{ ...resource, name: "Store Bogstaver" }] })).toBe(false);
    expect(tableSchema({ ...resource.schema, fields: [{ name: "x", type: "tal" }] })).toBe(false);
    expect(tableSchema({ ...resource.schema, primaryKey: 7 })).toBe(false);
    expect(dataPackage({ ...pkg, licenses: [] })).toBe(false);
    expect(dataPackage({ ...pkg, licenses: [{ name: "CC BY 4.0", title: "x" }] })).toBe(false);
  });

  it("describes exactly the CSV files beside it: one resource per file, with its size and hash", () => {
    const csvFiles = readdirSync(csvDir).filter((f) => f.endsWith(".csv")).sort();
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(csvFiles);
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(csvDir, r.path));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    }
  });

  it("has one resource for every table of the report model, in the report's order", () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(modelTables(report).map((t) => t.anchor));
  });

  it("reads back through each Table Schema as the report model's tables: amounts exact, blanks and markers missing", () => {
    let amounts = 0;
    for (const r of pkg.resources) {
      const rows = readResource(r, readFileSync(join(csvDir, r.path)));
      const table = modelTables(report).find((t) => t.anchor === r.name)!;
      expect(rows.map((row) => row[0]), r.name).toEqual(table.rows.map((row) => row[0]));
      rows.forEach((row, i) =>
        row.slice(1).forEach((value, k) => {
          const want = table.rows[i]![k + 1];
          const where = `${r.name}, row ${i + 1} "${String(row[0])}", ${r.schema.fields[k + 1]!.name}`;
          if (want instanceof Decimal) {
            expect(value instanceof Decimal && value.equals(want), `${where}: ${String(value)} ≠ ${want.toString()}`).toBe(true);
            amounts++;
          } else expect(value, where).toBe(want);
        }),
      );
    }
    expect(amounts).toBeGreaterThan(0);
  });

  it("declares a primary key only where the rows' labels identify them", () => {
    for (const r of pkg.resources) {
      const labels = readResource(r, readFileSync(join(csvDir, r.path))).map((row) => row[0]);
      const unique = labels.every((l) => l !== null) && new Set(labels).size === labels.length;
      expect(r.schema.primaryKey ?? [], r.name).toEqual(unique ? [r.schema.fields[0]!.name] : []);
    }
  });

  it("is the same bytes when built again", async () => {
    const again = scratchDir("datapackage");
    await build({ dataDir: data, outDir: again, pdf: false });
    expect(readFileSync(join(again, "csv", "datapackage.json"), "utf8")).toBe(text);
  });
});

describe("a licence the municipality chooses", () => {
  const CC0 = "data_license:\n  name: CC0-1.0\n  title: Creative Commons Zero v1.0 Universal\n  path: https://creativecommons.org/publicdomain/zero/1.0/\n";

  it("is the data package's licence, valid by the published schema, and the data page says it", async () => {
    const out = scratchDir("datapackage");
    const data = dataDir({ "municipality.yaml": MUNICIPALITY + CC0, "committees/01-test.yaml": KRONER });
    const result = await build({ dataDir: data, outDir: out, pdf: false });
    expect(result.status).toBe("published");
    const pkg = JSON.parse(readFileSync(join(out, "csv", "datapackage.json"), "utf8")) as DataPackage;
    expect(pkg.licenses).toEqual([{ name: "CC0-1.0", path: "https://creativecommons.org/publicdomain/zero/1.0/", title: "Creative Commons Zero v1.0 Universal" }]);
    expect(validators().dataPackage(pkg)).toBe(true);
    const page = readFileSync(join(out, "site", "data-til-genbrug.html"), "utf8");
    expect(page).toContain("udgives under licensen Creative Commons Zero v1.0 Universal (CC0-1.0)");
    expect(page).not.toContain("CC-BY-4.0");
  });

  it("is checked against municipality.yaml's schema: an identifier the package cannot carry, a missing key", () => {
    const bad = "data_license:\n  name: CC BY 4.0\n  title: Navngivelse\n";
    const { problems } = validateDataDir(dataDir({ "municipality.yaml": MUNICIPALITY + bad, "committees/01-test.yaml": KRONER }));
    const errors = problems.filter((p) => p.severity === "error").map((p) => `${p.file}:${p.line}:${p.column}`);
    expect(errors).toEqual(["municipality.yaml:5:3", "municipality.yaml:5:9"]);
  });
});

describe("the CSV file of the economic strategy's box", () => {
  it("gives each target its unit, its figures exact in it and its verdict, as the box prints them", async () => {
    const out = scratchDir("datapackage");
    await build({ dataDir: SAMPLE, outDir: out, pdf: false });
    const lines = readFileSync(join(out, "csv", "strategi.csv"), "utf8").replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Mål;Enhed;Måltal;Resultat;Difference (resultat − måltal);Vurdering");
    expect(lines[1]).toBe("1. Servicerammen overholdes;mio. kr.;3.110,2;3.112,107;1,907;Ikke overholdt");
    expect(lines[2]).toMatch(/^2\. Gennemsnitligt overskud[^;]*;mio\. kr\.;225;296,550333;71,550333;Overholdt$/);
    expect(lines).toContain("3. Gennemsnitlig likviditet på mindst 8.000 kr. pr. borger (ekskl. ejendomsskatter) › 2025;kr. pr. borger;8.000;;;Opgøres senere");
  });
});

describe("the CSV files in numbers", () => {
  it("carry the Danish decimal comma that the schema declares, where amounts are not whole", () => {
    const out = scratchDir("datapackage");
    return build({ dataDir: DATA_SETS["amounts in kroner"], outDir: out, pdf: false }).then(() => {
      const csv = readFileSync(join(out, "csv", "test-tabel-1.csv"), "utf8");
      expect(csv).toContain("Linje A;1.234,567;1.300,005;-0,025;");
      const pkg = JSON.parse(readFileSync(join(out, "csv", "datapackage.json"), "utf8")) as DataPackage;
      const tabel1 = pkg.resources.find((r) => r.name === "test-tabel-1")!;
      expect(tabel1.schema.fields[1]).toMatchObject({ type: "number", decimalChar: ",", groupChar: ".", unit: "1.000 kr." });
      expect(tabel1.dialect).toMatchObject({ delimiter: ";", lineTerminator: "\r\n", header: true });
      const capital = pkg.resources.find((r) => r.title.includes("Anlægsvirksomhed på Testudvalgets"))!;
      expect(capital.schema.missingValues).toEqual(["", "R"]);
      expect(capital.schema.primaryKey).toEqual([capital.schema.fields[0]!.name]);
    });
  });
});

type Value = Decimal | string | null;

/** A table of the model as the data should read: the label, then each cell in the table's unit (null for none). */
interface ModelTable {
  anchor: string;
  rows: Value[][];
}

function modelTables(report: AccountsReport): ModelTable[] {
  const amounts = (t: AmountTable): ModelTable => ({
    anchor: t.anchor,
    // A text column (a carry-over rule, a lender) reads back as its text; a marker in a figure column as missing.
    // A quotient (a chart's mean per citizen) is written to six decimals of the unit; every other figure has fewer.
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c: Cell, i) => (c instanceof Decimal ? c.dividedBy(UNIT_FACTOR[t.unit.unit]).toDecimalPlaces(6) : t.textColumns?.includes(i) ? (c ?? null) : null))]),
  });
  const { main } = report;
  // The strategy box: each target (and year) with its unit, its figures in that unit (to six decimals of it: a
  // mean or a figure per citizen has endless ones) and its verdict; then anlægsrammen, the overviews, the charts.
  const box: ModelTable[] = main.strategy
    ? [
        {
          anchor: "strategi",
          rows: main.strategy.targets.flatMap((t) =>
            t.rows.map((r) => [
              `${t.number}. ${t.label}${t.perYear && r.label ? ` › ${r.label}` : ""}`,
              t.unitLabel,
              ...[r.target, r.result, r.difference].map((c) => (c === undefined ? null : c.dividedBy(UNIT_FACTOR[t.unit.unit]).toDecimalPlaces(6))),
              VERDICT[r.status],
            ]),
          ),
        },
      ]
    : [];
  const tables = [main.strategy?.capitalFrame, main.operations, main.capital, main.financing, ...main.charts.map((c) => c.table)];
  const overview = [...box, ...tables.filter((t): t is AmountTable => t !== undefined).map(amounts)];
  // The statements: amount tables, and the key figures with their unit column, each figure in its row's unit.
  const statements = (report.statements?.sections ?? []).flatMap((s): ModelTable[] => {
    if (s.kind !== "key-figures") return amountTablesOf(s).map(amounts);
    const inUnit = (c: Decimal | undefined, money: keyof typeof UNIT_FACTOR | undefined): Value => (c === undefined ? null : money ? c.dividedBy(UNIT_FACTOR[money]) : c);
    return [{ anchor: s.table.anchor, rows: s.table.rows.map((r) => [r.label, r.unit, ...r.cells.map((c) => inUnit(c, r.money))]) }];
  });
  const committees = report.committees.flatMap((c) =>
    c.tables.map((ref): ModelTable => {
      const table = [c.operations.table, c.financing, c.capital?.table].find((t) => t?.anchor === ref.anchor);
      if (table) return amounts(table);
      return {
        anchor: ref.anchor,
        rows: c.initiatives.shown.map((i) => [i.nr, i.topic, i.description, i.note ? `${i.statusLabel}: ${i.note}` : i.statusLabel].map((v) => (v === "" ? null : v))),
      };
    }),
  );
  return [...overview, ...statements, ...committees];
}

/**
 * A CSV file read as the Table Schema says (Table Schema 1.0: missing values, then the field's type with its
 * decimal and group characters), checking its constraints and primary key on the way.
 */
function readResource(r: Resource, bytes: Buffer): Value[][] {
  expect(r.encoding).toBe("utf-8");
  const records = parse(bytes.toString("utf8"), {
    bom: true,
    delimiter: r.dialect.delimiter,
    record_delimiter: r.dialect.lineTerminator,
    quote: r.dialect.quoteChar,
  }) as string[][];
  const [head, ...body] = records;
  expect(head, r.name).toEqual(r.schema.fields.map((f) => f.name));
  const rows = body.map((record) => record.map((raw, k) => cast(raw, r.schema.fields[k]!, r.schema.missingValues)));
  r.schema.fields.forEach((f, k) => {
    const column = rows.map((row) => row[k]);
    if (f.constraints?.required) expect(column.includes(null), `${r.name}: ${f.name} is required`).toBe(false);
    if (f.constraints?.unique) expect(new Set(column).size, `${r.name}: ${f.name} is unique`).toBe(column.length);
  });
  for (const key of [r.schema.primaryKey ?? []].filter((k) => k.length > 0)) {
    const index = r.schema.fields.findIndex((f) => f.name === key[0]);
    expect(new Set(rows.map((row) => row[index])).size, `${r.name}: primary key`).toBe(rows.length);
  }
  return rows;
}

function cast(raw: string, field: Field, missing: string[]): Value {
  if (missing.includes(raw)) return null;
  if (field.type === "string") return raw;
  const plain = raw.split(field.groupChar ?? "\u0000").join("").replace(field.decimalChar ?? ".", ".");
  expect(plain, `"${raw}" is a number as ${field.name} declares it`).toMatch(/^[-+]?\d+(\.\d+)?$/);
  return new Decimal(plain);
}
