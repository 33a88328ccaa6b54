// The report's tables as open data: a Frictionless Tabular Data Package (datapackage.json, Data Package 1.0,
// which Data Package 2 readers also read) beside the CSV files, with a Table Schema for each file: its fields
// and their types, the unit of the amounts, the Danish decimal comma and thousands dot, the markers that stand
// in a figure's place, and the primary key where the rows have one. It is made from the same grids as the CSV
// files (tables.ts), so a table added to the exports appears in the package with no further work.
import type { ReportModel } from "../compute/report.js";
import { unitLabel } from "../format/danish.js";
import { slug } from "../format/slug.js";
import { genitive } from "../format/text.js";
import type { OutputFile } from "../core/output-file.js";
import { sha256 } from "../core/hash.js";
import { reportGrids, type Grid } from "./tables.js";

export const DATA_PACKAGE = "datapackage.json";

/** How csv.ts writes every file: what a reader needs to know to parse it. */
export const CSV_DIALECT = { delimiter: ";", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true } as const;

export interface Field {
  name: string;
  type: "string" | "number";
  description?: string;
  /** Our extension (Table Schema has no unit): the unit every figure of a number field is in. */
  unit?: string;
  decimalChar?: string;
  groupChar?: string;
  constraints?: { required?: boolean; unique?: boolean };
}

export interface TableSchema {
  fields: Field[];
  missingValues: string[];
  primaryKey?: string[];
}

export interface Resource {
  profile: "tabular-data-resource";
  name: string;
  path: string;
  title: string;
  description?: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  bytes: number;
  hash: string;
  dialect: typeof CSV_DIALECT;
  schema: TableSchema;
}

export interface DataPackage {
  profile: "tabular-data-package";
  name: string;
  title: string;
  description: string;
  keywords: string[];
  contributors: { title: string; role: "publisher" }[];
  licenses: { name: string; path: string; title: string }[];
  resources: Resource[];
}

/** The description of the CSV files `csv` (as renderCsvTables made them: one `<grid name>.csv` per grid). */
export function dataPackage(report: ReportModel, csv: OutputFile[]): DataPackage {
  const files = new Map(csv.map((f) => [f.path, f.content]));
  const grids = reportGrids(report);
  if (grids.length !== files.size) throw new Error(`${files.size} CSV files for ${grids.length} tables: the data package describes exactly the CSV files`);
  const { name, year, title } = report.municipality;
  return {
    profile: "tabular-data-package",
    name: slug(`${name} ${title}`, 100) || "aarsrapport",
    title: `${title} · ${name}: tabellerne som data`,
    description:
      `Alle tabeller i ${genitive(name)} ${title.toLowerCase()} som CSV-filer, én fil pr. tabel. ` +
      "Felterne er adskilt af semikolon, tal har decimalkomma og punktum som tusindtalsskilletegn, og filerne er UTF-8 med BOM, " +
      "så dansk Excel åbner dem direkte. Beløb er eksakte i tabellens enhed (normalt 1.000 kr.), ikke afrundede som i rapporten. " +
      "Udgifter er positive, indtægter negative. Et tomt felt er et tomt felt i rapporten; 0 er et rigtigt nul.",
    keywords: ["årsrapport", "regnskab", "kommune", String(year), name],
    contributors: [{ title: name, role: "publisher" }],
    licenses: [{ name: report.license.name, path: report.license.path, title: report.license.title }],
    resources: grids.map((grid) => {
      const path = `${grid.name}.csv`;
      const content = files.get(path);
      if (content === undefined) throw new Error(`no CSV file ${path} for table "${grid.title}"`);
      return resource(grid, path, content);
    }),
  };
}

function resource(grid: Grid, path: string, content: string | Uint8Array): Resource {
  const schema = tableSchema(grid);
  const markers = schema.missingValues.filter((m) => m !== "");
  // The table's note says what a marker means ("R" … betyder regnskabsaflagt); the schema reads it as no amount.
  const marked = markers.map((m) => `"${m}" står i stedet for et beløb og læses som et tomt felt.`);
  const text = [grid.note, ...marked].filter((d) => d !== undefined).join(" ");
  return {
    profile: "tabular-data-resource",
    name: grid.name,
    path,
    title: grid.title,
    ...(text !== "" && { description: text }),
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: typeof content === "string" ? Buffer.byteLength(content) : content.byteLength,
    hash: `sha256:${sha256(content)}`,
    dialect: CSV_DIALECT,
    schema,
  };
}

function tableSchema(grid: Grid): TableSchema {
  const labels = grid.kind === "text" || grid.kind === "records" ? grid.rows.map((r) => (typeof r[0] === "string" ? r[0] : "")) : grid.rows.map((r) => r.label);
  const key = grid.kind !== "records" && identifies(labels);
  const first: Field = { name: grid.head[0]!, type: "string", constraints: { required: true, ...(key && { unique: true }) } };
  if (grid.kind === "text") {
    return { fields: [first, ...grid.head.slice(1).map((name): Field => ({ name, type: "string" }))], missingValues: [""], ...(key && { primaryKey: [first.name] }) };
  }
  if (grid.kind === "targets") {
    const [unitHead, ...figures] = grid.head.slice(1, -1);
    const value = (name: string): Field => ({ name, type: "number", description: `Beløb i rækkens enhed (kolonnen ${unitHead}), eksakt.`, decimalChar: ",", groupChar: "." });
    const verdict: Field = { name: grid.head.at(-1)!, type: "string" };
    return { fields: [first, { name: unitHead!, type: "string" }, ...figures.map(value), verdict], missingValues: [""], ...(key && { primaryKey: [first.name] }) };
  }
  if (grid.kind === "measures") {
    const [unitHead, ...years] = grid.head.slice(1);
    const value = (name: string): Field => ({ name, type: "number", description: `Nøgletallet ${name} i rækkens enhed (kolonnen ${unitHead}); beløb eksakte.`, decimalChar: ",", groupChar: "." });
    return { fields: [first, { name: unitHead!, type: "string" }, ...years.map(value)], missingValues: [""], ...(key && { primaryKey: [first.name] }) };
  }
  const unit = unitLabel(grid.unit.unit);
  const amount = (name: string): Field => ({
    name,
    type: "number",
    description: `Beløb i ${unit}, eksakt; ${(grid.kind === "amounts" ? grid.signs : undefined) ?? "udgifter positive, indtægter negative."}`,
    unit,
    decimalChar: ",",
    groupChar: ".",
  });
  if (grid.kind === "records") {
    return { fields: grid.head.map((name, k): Field => (grid.amounts[k] ? amount(name) : { name, type: "string" })), missingValues: [""] };
  }
  const percent = (name: string): Field => ({ name, type: "number", description: "Procent med to decimaler.", unit: "%", decimalChar: ",", groupChar: "." });
  const text = new Set(grid.textColumns ?? []);
  const quantity = (name: string): Field => ({ name, type: "number", description: `Antal ${grid.quantity}.`, unit: grid.quantity!, decimalChar: ",", groupChar: "." });
  const field = (name: string, k: number): Field =>
    text.has(k + 1) ? { name, type: "string" } : grid.quantity ? quantity(name) : grid.formats?.[k] === "percent" ? percent(name) : amount(name);
  const markers = new Set(grid.rows.flatMap((r) => r.cells.filter((c, i): c is string => typeof c === "string" && !text.has(i + 1))));
  return {
    fields: [first, ...grid.head.slice(1).map(field)],
    missingValues: ["", ...[...markers].sort()],
    ...(key && { primaryKey: [first.name] }),
  };
}

/**
 * Whether a table's row labels identify its rows, so that they are its primary key: every label present and
 * none twice (the overviews by committee, the capital projects by number). Tabel 1 repeats "Inden for
 * servicerammen" under every frame and the initiatives share numbers: those tables have no key.
 */
function identifies(labels: string[]): boolean {
  return labels.length > 0 && labels.every((l) => l !== "") && new Set(labels).size === labels.length;
}
