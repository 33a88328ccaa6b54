// Every problem the import reports, each built in one place with its code, so that the texts can move into a
// message catalogue (Danish, later) without touching the code that finds the problems. A message says what is
// wrong and how to mend it; where it stands (file, sheet, row, column) is the problem's position, not its text.
import type { ServiceGroup } from "../model/types.js";
import type { AccountTarget } from "./account-table.js";

import type { Message } from "./location.js";


const m = (code: string, message: string): Message => ({ code, message });
/**
 * A text from the export as a message shows it: a huge cell is cut and line breaks flattened, so that one
 * message stays one line; its double quotes become single ones, so that they cannot end the message's quotes.
 */
const cut = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text).replace(/[\r\n]+/g, " ").replaceAll('"', "'");
const quoted = (values: readonly string[]): string => values.map((v) => `"${cut(v)}"`).join(", ");
const GROUP: Record<ServiceGroup, string> = { inside: "inside", outside: "outside" };

// The source files.
export const sourceMissing = (path: string) => m("source-missing", `the file ${path} does not exist`);
export const sourceFormat = (ext: string) =>
  m("source-format", `cannot read ${ext || "a file without extension"}: give an Excel workbook (.xlsx) or a CSV file (.csv); save an old .xls as .xlsx`);
export const sourceTooLarge = (megabytes: number, limit: number) =>
  m("source-too-large", `the file is ${megabytes} MB, more than the ${limit} MB an export may have: export one year and the committees you need, or split the export into several files`);
export const sourceUnreadable = (detail: string) => m("source-unreadable", `cannot read the workbook: ${cut(detail)}. Is it an .xlsx file saved by Excel?`);
export const sourceNotWorkbook = (found: string) =>
  m("source-unreadable", `the file is a zip archive but not an Excel workbook (it has no ${found}): save the export from Excel as "Excel-projektmappe (.xlsx)"`);
export const workbookTooLarge = (megabytes: number, limit: number) =>
  m("source-too-large", `the workbook unpacks to ${megabytes} MB, more than the ${limit} MB an export may have: export fewer rows, or save it as CSV`);
export const sheetMissing = (name: string, names: readonly string[]) =>
  m("sheet-missing", `the workbook has no sheet "${cut(name)}" — its sheets are ${names.length > 0 ? quoted(names) : "none"}: name one of them in the mapping's sheet:`);
export const mappingFile = (kind: string, sources: number) =>
  m("mapping-file", `${kind}: names no file: but ${sources} sources are given — add file: <name> to say which one holds this table`);
export const sourceUnused = (name: string, mappingPath: string) =>
  m("source-unused", `no table of the mapping reads this file: add file: ${cut(name)} to operations: or capital: in ${mappingPath}`);

// Encodings.
export const notUtf8 = () =>
  m("encoding", "the file is not valid UTF-8 as the mapping says: set source: encoding: windows-1252 (or auto) in the mapping, or save the file as UTF-8");
export const utf8UnderWindows1252 = (asWindows: string, asUtf8: string) =>
  m(
    "encoding",
    `the mapping says windows-1252, but the file's bytes are UTF-8: "${cut(asUtf8)}" on this row would read as "${cut(asWindows)}", and so would every æ, ø and å in the file. Set source: encoding: utf-8 (or auto) in the mapping`,
  );
export const utf16WithoutBom = (variant: "utf-16le" | "utf-16be") =>
  m(
    "encoding",
    `the file looks like UTF-16 (${variant === "utf-16le" ? "little" : "big"}-endian: every other byte is 0) without a byte-order mark: set source: encoding: ${variant} in the mapping, or save the file as "CSV UTF-8"`,
  );
export const notUtf16 = (variant: string) => m("encoding", `the file is not valid ${variant.toUpperCase()}: save it again from the accounting system or Excel, preferably as "CSV UTF-8"`);
export const bomOverridesMapping = (mapped: string, found: string) =>
  m("encoding-bom", `the mapping says ${mapped}, but the file starts with a ${found} byte-order mark, which settles it: read as ${found}. Set source: encoding: auto to say so`);

// CSV structure and the header row.
export const csvSyntax = (detail: string) => m("csv-syntax", `the file cannot be read as CSV: ${cut(detail)}. Check the quotes (") on that row`);
export const csvColumns = (fields: number, width: number, delimiter: string) =>
  m("csv-columns", `the row has ${fields} fields but the header has ${width}: a "${delimiter}" inside a value must be quoted ("…")`);
export const headerMissing = (row: number) => m("header-missing", `no record starts on line ${row}: set header_row in the mapping to the line holding the column headers`);
export const columnMissing = (header: string, role: string, guess: string | undefined, known: readonly string[]) =>
  m(
    "column-missing",
    `the header row has no column "${cut(header)}" (named in the mapping's ${role})` +
      (guess ? ` — did you mean "${cut(guess)}"?` : "") +
      ` Its columns are: ${quoted(known.slice(0, 30))}${known.length > 30 ? ` and ${known.length - 30} more` : ""}. Check header_row and the header text`,
  );
export const columnAmbiguous = (count: number, header: string, role: string) =>
  m("column-ambiguous", `the header row has ${count} columns "${cut(header)}" (named in the mapping's ${role}): rename one in the export`);

// Cells.
export const amountInvalidCell = (what: string) => m("amount-format", `the cell holds ${what}, not an amount`);
export const amountNotFinite = (value: number) =>
  m("amount-format", `the cell is marked as a number but holds ${Number.isNaN(value) ? "none Excel can read" : "an infinite one"}: type the amount again in Excel`);
export const amountNotDanish = (text: string) =>
  m(
    "amount-format",
    `"${cut(text)}" is not an amount in Danish format (thousands dot, decimal comma, e.g. -1.234.567,89 or 1234,5): correct the cell, or check that the mapping names the right column`,
  );
export const amountRange = (shown: string) => m("amount-range", `${cut(shown)} is beyond ±10^15 kr., too large to be an amount: check the cell and the unit (source: unit:)`);
export const amountPrecision = (shown: string, unit: string) =>
  m("amount-precision", `${cut(shown)} ${unit} is not a whole number of øre: check the cell, or the unit the mapping gives (source: unit: ${unit})`);
export const valueMissing = (found: string, what: string) => m("value-missing", `${found}, but every row needs ${what}: fill it in, or skip such rows (skip: in the mapping)`);
export const valueMissingMerged = (what: string, column: string) =>
  m(
    "value-missing",
    `the cell is part of a merged cell, whose value Excel keeps in its first cell only, but every row needs ${what}: add "${column}" to fill_down: in the mapping, or unmerge the cells`,
  );
export const frameNumberCell = (value: number) =>
  m("frame-number", `the frame number is a number cell (${value}), which loses trailing zeros (10.30 becomes 10.3): export the column as text`);
export const frameNumberText = (text: string) => m("frame-number", `"${cut(text)}" is not a frame number (digits and dots, e.g. 10.26): check the column, or skip such rows`);
export const serviceValue = (text: string, values: Record<ServiceGroup, readonly string[]>) =>
  m(
    "service-value",
    `"${cut(text)}" says neither inside (${quoted(values.inside)}) nor outside (${quoted(values.outside)}) the service frame: add it to service_values: in the mapping`,
  );
export const committeeUnknown = (name: string, known: readonly string[]) =>
  m(
    "committee-unknown",
    `no committee file for "${cut(name)}": add it to committees: in the mapping (source, id, order)` + (known.length > 0 ? `, or use one of the known names: ${quoted(known)}` : ""),
  );

// Frames and lines.
export const frameCommittee = (number: string, row: number) =>
  m("frame-committee", `frame ${number} is under another committee on row ${row}: a frame belongs to one committee`);
export const frameName = (number: string, first: string, row: number, name: string) =>
  m("frame-name", `frame ${number} is called "${cut(first)}" on row ${row} but "${cut(name)}" here: one frame has one name`);
export const duplicateLine = (line: string, service: ServiceGroup, frame: string, firstRow: number) =>
  m(
    "duplicate-row",
    `the line "${cut(line)}" ${GROUP[service]} the service frame of frame ${frame} is on row ${firstRow} too (a line is known by its frame, name and service group). ` +
      `If the export has one row per account, set sum_rows: true to add such rows up; if one row is a subtotal, skip it (skip:); ` +
      `if they are two lines, give them different names in the export, or import the accounts through an account table (accounts:)`,
  );

// Capital projects.
export const duplicateProject = (id: string, row: number) =>
  m("duplicate-row", `project ${id} is on row ${row} too: set sum_rows: true in the mapping if the export has one row per account, or skip one of the rows`);
export const projectName = (id: string, first: string, row: number, name: string) => m("project-name", `project ${id} is called "${cut(first)}" on row ${row} but "${cut(name)}" here`);
export const projectId = (text: string) => m("project-id", `"${cut(text)}" is not a project id (A and six digits, e.g. A015054): check the column, or skip such rows`);
export const statusValue = (shown: string, closed: readonly string[], open: readonly string[]) =>
  m(
    "status-value",
    `the status ${cut(shown)} is neither closed (${quoted(closed) || "none"}) nor open (${quoted(open) || "none"}): add it to closed_values: or open_values: in the mapping`,
  );
export const closedWithTransfer = () =>
  m("closed-with-transfer", "the project is closed (regnskabsaflagt) by its status but has a transfer (forventet overførsel): a closed project carries nothing over");

// Account-level exports (an account table in the mapping).
export const accountNumberCell = (value: number) =>
  m("account-number", `the account is a number cell (${value}), which loses zeros (3.22.10 becomes 3.221): export the account columns as text`);
export const accountUnmapped = (account: string, more: number) =>
  m(
    "account-unmapped",
    `account ${cut(account)} is in no line or financing item of the mapping's account table (accounts:)` +
      (more > 0 ? `, nor are the rows of this account on ${more} more ${more === 1 ? "row" : "rows"}` : "") +
      `: add it (or a prefix or range holding it) to the accounts: of a line or financing item, or skip such rows (skip:)`,
  );
const accountTarget = (t: AccountTarget): string =>
  t.kind === "line" ? `the line "${cut(t.line)}" of frame ${t.frame} (mapping line ${t.at.line})` : `the financing item ${t.number} ${cut(t.name)} (mapping line ${t.at.line})`;
export const accountAmbiguous = (account: string, first: AccountTarget, second: AccountTarget) =>
  m(
    "account-ambiguous",
    `account ${cut(account)} fits both ${accountTarget(first)} and ${accountTarget(second)}, and neither pattern is more specific: make one of them longer (3.22.01 is more specific than 3.22), or take the account out of one`,
  );

// Total rows (declared totals from the export).
export const totalRowTwice = (what: string, row: number) => m("total-row-twice", `a second total row of ${what} (the first is on row ${row}): skip one of them (skip:)`);
export const totalRowOrphan = (what: string) =>
  m("total-row-orphan", `a total row of ${what}, but the export has no rows of it: check the total_rows: rules, or skip this row (skip:)`);

// The mapping file (these point at the mapping's line and column).
export const mappingNoTable = () => m("mapping-no-table", "the mapping has neither operations: nor capital: — add at least one table (see docs/import.md)");
export const mappingNoAmounts = () => m("mapping-no-amounts", "operations: columns: names no amount column — add adopted, adjusted or actual");
export const mappingSkipRule = (where: string, n: number, found: "neither" | "both") =>
  m("mapping-skip-rule", `${where} rule ${n} needs either matches: (a regular expression) or empty: true, not ${found}`);
export const mappingRegexp = (where: string, n: number, pattern: string) => m("mapping-regexp", `${where} rule ${n}: "${pattern}" is not a valid regular expression`);
export const mappingNeedsColumn = (field: string) =>
  m("mapping-column-missing", `operations: columns: names no ${field} column: a line-level export needs committee, frame_number, frame_name, line and service (or give an account table, accounts:, for an account-level export)`);
export const mappingNotWithAccounts = (key: string) =>
  m("mapping-account-table", `${key} has no meaning with an account table (accounts:), which says committee, frame, line and service group for each account: remove it`);
export const mappingAccountNeedsTable = () =>
  m("mapping-account-table", "columns: account: is for account-level exports and needs an account table (accounts:) saying which accounts make which line; or remove it");
export const mappingTableNeedsAccount = () => m("mapping-account-table", "an account table (accounts:) needs columns: account: — the column (or columns) holding the account number");
export const mappingLineService = (line: string) =>
  m("mapping-line-service", `the line "${cut(line)}" has no service group: give it service: inside or outside, or give its frame a service: for all its lines`);
export const mappingFrameTwice = (number: string, firstLine: number) =>
  m("mapping-frame-twice", `frame ${number} is in the account table twice (first on line ${firstLine}): list each frame once, with all its lines`);
export const mappingLineTwice = (line: string, service: ServiceGroup, line1: number) =>
  m("mapping-line-twice", `the line "${cut(line)}" ${GROUP[service]} the service frame is in this frame twice (first on line ${line1}): put all its accounts on one entry`);
export const mappingFinancingTwice = (number: string, firstLine: number) =>
  m("mapping-financing-twice", `${number} is in the account table twice (first on line ${firstLine}): a financing item and a frame each have their own number`);
export const mappingPattern = (pattern: string) =>
  m("mapping-account-pattern", `"${pattern}" is not an account pattern: write an account or its beginning (3.22.01, 8.55.*.6), or a range (8.25-8.52)`);
export const mappingRange = (pattern: string) => m("mapping-account-pattern", `the range ${pattern} is empty: its first account is after its last`);
export const mappingPatternTwice = (pattern: string, firstLine: number) =>
  m("mapping-account-pattern", `the accounts ${pattern} are in the account table twice (first on line ${firstLine}): an account belongs to one line or financing item`);
export const mappingCommitteeUnknown = (name: string, known: readonly string[]) =>
  m(
    "mapping-committee-unknown",
    `no committee file for "${cut(name)}": add it to committees: in the mapping (source, id, order)` + (known.length > 0 ? `, or use one of the known names: ${quoted(known)}` : ""),
  );

// The result.
export const mergeUnparsable = () => m("merge-unparsable", "the file is not a valid committee file, so the import cannot merge into it: run aarsrapport validate and mend it first");

// Notes: what the import did that a person should know, not problems.
export const noteNoMunicipality = (dataDir: string, file: string) => `${dataDir} has no ${file} yet: add one before building the report (see docs/data-format.md)`;
export const noteFinancingTotalRows = (numbers: readonly string[]) =>
  `the total rows of the financing frames ${numbers.join(", ")} are not imported: a financing item is one row of the financing table, with no totals of its own`;
export const noteTableNotRead = (kind: string, file: string) => `${kind}: the mapping reads it from ${file}, which is not among the sources: not imported`;

// What a merge removed, one line each in the import's report.
export const removedFrame = (number: string, name: string | undefined) => `frame ${number}${name ? ` ${cut(name)}` : ""} (with its lines)`;
export const removedLine = (name: string, service: string | undefined, frame: string | undefined) =>
  `line "${cut(name)}"${service ? ` (${service} the service frame)` : ""}${frame ? ` of frame ${frame}` : ""}`;
export const removedFinancing = (number: string, name: string | undefined) => `financing item ${number}${name ? ` ${cut(name)}` : ""}`;
export const removedNotAMapping = () => "an entry that is not a mapping of keys";
export const removedProject = (id: string, name: string | undefined) => `capital project ${id}${name ? ` ${cut(name)}` : ""}`;
