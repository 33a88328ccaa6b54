// Which source file each table of the mapping is read from, and reading that table from it (an Excel sheet
// or a CSV file).
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import type ExcelJS from "exceljs";
import { decodeCsv, readCsv } from "./csv.js";
import type { SourceProblems } from "./location.js";
import type { Mapping, TableMapping } from "./mapping.js";
import * as say from "./messages.js";
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
      else notes.push(say.noteTableNotRead(table.kind, table.file));
    } else if (sources.length === 1) {
      out.push({ table, path: sources[0]! });
    } else {
      problems.error({ source: mappingPath }, say.mappingFile(table.kind, sources.length));
    }
  }
  for (const s of sources) {
    if (!out.some((t) => t.path === s) && !problems.hasErrors) {
      problems.error({ source: basename(s) }, say.sourceUnused(basename(s), mappingPath));
    }
  }
  return out;
}

/**
 * Far beyond a real export (a year at account level is a few MB), and within what reading it in memory costs:
 * a 34 MB CSV of 520.000 rows takes 1 GB and 25 s to import.
 */
const MAX_SOURCE_MB = 40;

/** Reads the table's sheet from its source; workbooks are loaded once however many tables they hold. */
export class SourceReader {
  private readonly workbooks = new Map<string, Promise<ExcelJS.Workbook | undefined>>();
  private readonly checked = new Map<string, boolean>();

  constructor(
    private readonly mapping: Mapping,
    private readonly problems: SourceProblems,
  ) {}

  async read({ table, path }: TableSource): Promise<SourceSheet | undefined> {
    const name = basename(path);
    if (!this.usable(path)) return undefined;
    const ext = extname(path).toLowerCase();
    if (ext === ".xlsx") {
      const workbook = await this.workbook(path);
      return workbook && readSheet(workbook, name, table.sheet, table.headerRow, this.problems);
    }
    if (ext === ".csv" || ext === ".txt") {
      const text = decodeCsv(readFileSync(path), this.mapping.encoding, name, this.problems);
      return text === undefined ? undefined : readCsv(text, name, this.mapping.delimiter, table.headerRow, this.problems);
    }
    this.problems.error({ source: name }, say.sourceFormat(ext));
    return undefined;
  }

  /** The file is there and not too large; a file that is not is reported once, however many tables it was to hold. */
  private usable(path: string): boolean {
    let ok = this.checked.get(path);
    if (ok === undefined) {
      const source = basename(path);
      const size = existsSync(path) && statSync(path).isFile() ? statSync(path).size : undefined;
      if (size === undefined) this.problems.error({ source }, say.sourceMissing(path));
      else if (size > MAX_SOURCE_MB * 1024 * 1024) this.problems.error({ source }, say.sourceTooLarge(Math.ceil(size / 1024 / 1024), MAX_SOURCE_MB));
      ok = size !== undefined && size <= MAX_SOURCE_MB * 1024 * 1024;
      this.checked.set(path, ok);
    }
    return ok;
  }

  /** A workbook that cannot be read is reported once, however many tables it was to hold. */
  private workbook(path: string): Promise<ExcelJS.Workbook | undefined> {
    let loading = this.workbooks.get(path);
    if (!loading) {
      loading = loadWorkbook(readFileSync(path), basename(path), this.problems);
      this.workbooks.set(path, loading);
    }
    return loading;
  }
}
