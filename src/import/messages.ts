// Every problem the import reports, each bound here to its catalogue entry, so that the code that finds the problems
// names them by what they are (say.sourceMissing(path)) while their texts live in the message catalogue
// (src/messages/da/import.ts and en/import.ts). A message says what is wrong and how to mend it; where it stands
// (file, sheet, row, column) is the problem's position, not its text.
import type { ServiceGroup } from "../model/types.js";
import type { AccountTarget } from "./account-table.js";
import { msg, t } from "../messages/index.js";

// The source files.
export const sourceMissing = (path: string) => msg("source-missing", path);
export const sourceFormat = (ext: string) => msg("source-format", ext);
export const sourceTooLarge = (megabytes: number, limit: number) => msg("source-too-large", megabytes, limit);
export const sourceUnreadable = (detail: string) => msg("source-unreadable", detail);
export const sourceNotWorkbook = (found: string) => msg("source-unreadable/not-workbook", found);
export const workbookTooLarge = (megabytes: number, limit: number) => msg("source-too-large/unpacked", megabytes, limit);
export const sheetMissing = (name: string, names: readonly string[]) => msg("sheet-missing", name, names);
export const mappingFile = (kind: string, sources: number) => msg("mapping-file", kind, sources);
export const sourceUnused = (name: string, mappingPath: string) => msg("source-unused", name, mappingPath);

// Encodings.
export const notUtf8 = () => msg("encoding");
export const utf8UnderWindows1252 = (asWindows: string, asUtf8: string) => msg("encoding/utf8-as-windows-1252", asWindows, asUtf8);
export const utf16WithoutBom = (variant: "utf-16le" | "utf-16be") => msg("encoding/utf16-without-bom", variant);
export const notUtf16 = (variant: string) => msg("encoding/not-utf16", variant);
export const bomOverridesMapping = (mapped: string, found: string) => msg("encoding-bom", mapped, found);

// CSV structure and the header row.
export const csvSyntax = (detail: string) => msg("csv-syntax", detail);
export const csvColumns = (fields: number, width: number, delimiter: string) => msg("csv-columns", fields, width, delimiter);
export const headerMissing = (row: number) => msg("header-missing", row);
export const columnMissing = (header: string, role: string, guess: string | undefined, known: readonly string[]) => msg("column-missing", header, role, guess, known);
export const columnAmbiguous = (count: number, header: string, role: string) => msg("column-ambiguous", count, header, role);

// Cells.
export const amountInvalidCell = (what: string) => msg("amount-format/cell", what);
export const amountNotFinite = (value: number) => msg("amount-format/excel-number", Number.isNaN(value));
export const amountNotDanish = (text: string) => msg("amount-format/export", text);
export const amountRange = (shown: string) => msg("amount-range/export", shown);
export const amountPrecision = (shown: string, unit: string) => msg("amount-precision", shown, unit);
export const valueMissing = (found: string, what: string) => msg("value-missing", found, what);
export const valueMissingMerged = (what: string, column: string) => msg("value-missing/merged", what, column);
export const frameNumberCell = (value: number) => msg("frame-number/cell", value);
export const frameNumberText = (text: string) => msg("frame-number", text);
export const serviceValue = (text: string, values: Record<ServiceGroup, readonly string[]>) => msg("service-value", text, values);
export const committeeUnknown = (name: string, known: readonly string[]) => msg("committee-unknown", name, known);

// Frames and lines.
export const frameCommittee = (number: string, row: number) => msg("frame-committee", number, row);
export const frameName = (number: string, first: string, row: number, name: string) => msg("frame-name", number, first, row, name);
export const duplicateLine = (line: string, service: ServiceGroup, frame: string, firstRow: number) => msg("duplicate-row", line, service, frame, firstRow);

// Capital projects.
export const duplicateProject = (id: string, row: number) => msg("duplicate-row/project", id, row);
export const projectName = (id: string, first: string, row: number, name: string) => msg("project-name", id, first, row, name);
export const projectId = (text: string) => msg("project-id", text);
export const statusValue = (shown: string, closed: readonly string[], open: readonly string[]) => msg("status-value", shown, closed, open);
export const closedWithTransfer = () => msg("closed-with-transfer/export");

// Account-level exports (an account table in the mapping).
export const accountNumberCell = (value: number) => msg("account-number", value);
export const accountUnmapped = (account: string, more: number) => msg("account-unmapped", account, more);
const accountTarget = (a: AccountTarget): string =>
  a.kind === "line" ? t().import.accountLine(a.line, a.frame, a.at.line) : t().import.accountFinancing(a.number, a.name, a.at.line);
export const accountAmbiguous = (account: string, first: AccountTarget, second: AccountTarget) =>
  msg("account-ambiguous", account, accountTarget(first), accountTarget(second));

// Total rows (declared totals from the export).
export const totalRowTwice = (what: string, row: number) => msg("total-row-twice", what, row);
export const totalRowOrphan = (what: string) => msg("total-row-orphan", what);

// The mapping file (these point at the mapping's line and column).
export const mappingNoTable = () => msg("mapping-no-table");
export const mappingNoAmounts = () => msg("mapping-no-amounts");
export const mappingSkipRule = (where: string, n: number, found: "neither" | "both") => msg("mapping-skip-rule", where, n, t().import.skipRuleFound[found]);
export const mappingRegexp = (where: string, n: number, pattern: string) => msg("mapping-regexp", where, n, pattern);
export const mappingNeedsColumn = (field: string) => msg("mapping-column-missing", field);
export const mappingNotWithAccounts = (key: string) => msg("mapping-account-table", key);
export const mappingAccountNeedsTable = () => msg("mapping-account-table/needs-table");
export const mappingTableNeedsAccount = () => msg("mapping-account-table/needs-account");
export const mappingLineService = (line: string) => msg("mapping-line-service", line);
export const mappingFrameTwice = (number: string, firstLine: number) => msg("mapping-frame-twice", number, firstLine);
export const mappingLineTwice = (line: string, service: ServiceGroup, line1: number) => msg("mapping-line-twice", line, service, line1);
export const mappingFinancingTwice = (number: string, firstLine: number) => msg("mapping-financing-twice", number, firstLine);
export const mappingPattern = (pattern: string) => msg("mapping-account-pattern", pattern);
export const mappingRange = (pattern: string) => msg("mapping-account-pattern/range", pattern);
export const mappingPatternTwice = (pattern: string, firstLine: number) => msg("mapping-account-pattern/twice", pattern, firstLine);
export const mappingCommitteeUnknown = (name: string, known: readonly string[]) => msg("mapping-committee-unknown", name, known);

// The result.
export const mergeUnparsable = () => msg("merge-unparsable");

// Notes: what the import did that a person should know, not problems.
export const noteNoMunicipality = (dataDir: string, file: string) => t().import.noteNoMunicipality(dataDir, file);
export const noteFinancingTotalRows = (numbers: readonly string[]) => t().import.noteFinancingTotalRows(numbers);
export const noteTableNotRead = (kind: string, file: string) => t().import.noteTableNotRead(kind, file);

// What a merge removed, one line each in the import's report.
export const removedFrame = (number: string, name: string | undefined) => t().import.removedFrame(number, name);
export const removedLine = (name: string, service: string | undefined, frame: string | undefined) => t().import.removedLine(name, service, frame);
export const removedFinancing = (number: string, name: string | undefined) => t().import.removedFinancing(number, name);
export const removedNotAMapping = () => t().import.removedNotAMapping;
export const removedProject = (id: string, name: string | undefined) => t().import.removedProject(id, name);
