// Which source file each table of the mapping is read from, and reading that table from it (an Excel sheet
// or a CSV file).
import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type ExcelJS from "exceljs";
import { decodeCsv, readCsv } from "./csv.js";
import type { SourceProblems } from "./location.js";
import type { Mapping, TableMapping } from "./mapping.js";
import type { SourceSheet } from "./sheet.js";
import { loadWorkbook, readSheet } from "./xlsx.js";

export interface TableSource {
  table: TableMapping<string>;
  path: string;
}

/** Pairs tables with sources; every source must be read by a table. Tables whose file is not given are noted. */
export function assignSources(mapping: Mapping, sources: string[], mappingPath: string, problems: SourceProblems, notes: string[]): TableSource[] {
  const out: TableSource[] = [];
  for (const table of [mapping.operations, mapping.capital]) {
    if (!table) continue;
    if (table.file !== undefined) {
      const path = sources.find((s) => basename(s) === table.file);
      if (path) out.push({ table, path });
      else notes.push(`${table.kind}: the mapping reads it from ${table.file}, which is not among the sources: not imported`);
    } else if (sources.length === 1) {
      out.push({ table, path: sources[0]! });
    } else {
      problems.error({ source: mappingPath }, "mapping-file", `${table.kind}: names no file: but ${sources.length} sources are given — add file: <name> to say which one holds this table`);
    }
  }
  for (const s of sources) {
    if (!out.some((t) => t.path === s) && !problems.hasErrors) {
      problems.error({ source: basename(s) }, "source-unused", `no table of the mapping reads this file: add file: ${basename(s)} to operations: or capital: in ${mappingPath}`);
    }
  }
  return out;
}

/** Reads the table's sheet from its source; workbooks are loaded once however many tables they hold. */
export class SourceReader {
  private readonly workbooks = new Map<string, Promise<ExcelJS.Workbook | undefined>>();

  constructor(
    private readonly mapping: Mapping,
    private readonly problems: SourceProblems,
  ) {}

  async read({ table, path }: TableSource): Promise<SourceSheet | undefined> {
    const name = basename(path);
    if (!existsSync(path)) {
      this.problems.error({ source: name }, "source-missing", `the file ${path} does not exist`);
      return undefined;
    }
    const ext = extname(path).toLowerCase();
    if (ext === ".xlsx") {
      const workbook = await this.workbook(path);
      return workbook && readSheet(workbook, name, table.sheet, table.headerRow, this.problems);
    }
    if (ext === ".csv" || ext === ".txt") {
      const text = decodeCsv(readFileSync(path), this.mapping.encoding, name, this.problems);
      return text === undefined ? undefined : readCsv(text, name, this.mapping.delimiter, table.headerRow, this.problems);
    }
    this.problems.error({ source: name }, "source-format", `cannot read ${ext || "a file without extension"}: give an Excel workbook (.xlsx) or a CSV file (.csv); save an old .xls as .xlsx`);
    return undefined;
  }

  /** A workbook that cannot be read is reported once, however many tables it was to hold. */
  private workbook(path: string): Promise<ExcelJS.Workbook | undefined> {
    let loading = this.workbooks.get(path);
    if (!loading) {
      loading = loadWorkbook(readFileSync(path)).catch((err: unknown) => {
        this.problems.error({ source: basename(path) }, "source-unreadable", `cannot read the workbook: ${(err as Error).message}. Is it an .xlsx file saved by Excel?`);
        return undefined;
      });
      this.workbooks.set(path, loading);
    }
    return loading;
  }
}
