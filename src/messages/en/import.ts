// `aarsrapport import`: problems in the exports and the mapping, what the import did, and its report.
import type * as da from "../da/import.js";
import { cut, quoted } from "../words.js";

const GROUP = { inside: "inside", outside: "outside" };

export const problems: typeof da.problems = {
  // The source files.
  "source-missing": (path) => `the file ${path} does not exist`,
  "source-format": (ext) => `cannot read ${ext || "a file without extension"}: give an Excel workbook (.xlsx) or a CSV file (.csv); save an old .xls as .xlsx`,
  "source-too-large": (megabytes, limit) =>
    `the file is ${megabytes} MB, more than the ${limit} MB an export may have: export one year and the committees you need, or split the export into several files`,
  "source-too-large/unpacked": (megabytes, limit) =>
    `the workbook unpacks to ${Number.isFinite(megabytes) ? `${megabytes} MB, more than` : "more than"} the ${limit} MB an export may have: export fewer rows, or save it as CSV`,
  "source-unreadable": (detail) => `cannot read the workbook: ${cut(detail)}. Is it an .xlsx file saved by Excel?`,
  "source-unreadable/not-workbook": (found) =>
    `the file is a zip archive but not an Excel workbook (it has no ${found}): save the export from Excel as "Excel-projektmappe (.xlsx)"`,
  "sheet-missing": (name, names) =>
    `the workbook has no sheet "${cut(name)}" — its sheets are ${names.length > 0 ? quoted(names) : "none"}: name one of them in the mapping's sheet:`,
  "mapping-file": (kind, sources) => `${kind}: names no file: but ${sources} sources are given — add file: <name> to say which one holds this table`,
  "source-unused": (name, mappingPath) => `no table of the mapping reads this file: add file: ${cut(name)} to operations: or capital: in ${mappingPath}`,

  // Encodings.
  encoding: () => "the file is not valid UTF-8 as the mapping says: set source: encoding: windows-1252 (or auto) in the mapping, or save the file as UTF-8",
  "encoding/utf8-as-windows-1252": (asWindows, asUtf8) =>
    `the mapping says windows-1252, but the file's bytes are UTF-8: "${cut(asUtf8)}" on this row would read as "${cut(asWindows)}", and so would every æ, ø and å in the file. Set source: encoding: utf-8 (or auto) in the mapping`,
  "encoding/utf16-without-bom": (variant) =>
    `the file looks like UTF-16 (${variant === "utf-16le" ? "little" : "big"}-endian: every other byte is 0) without a byte-order mark: set source: encoding: ${variant} in the mapping, or save the file as "CSV UTF-8"`,
  "encoding/not-utf16": (variant) => `the file is not valid ${variant.toUpperCase()}: save it again from the accounting system or Excel, preferably as "CSV UTF-8"`,
  "encoding-bom": (mapped, found) =>
    `the mapping says ${mapped}, but the file starts with a ${found} byte-order mark, which settles it: read as ${found}. Set source: encoding: auto to say so`,

  // CSV structure and the header row.
  "csv-syntax": (detail) => `the file cannot be read as CSV: ${cut(detail)}. Check the quotes (") on that row`,
  "csv-columns": (fields, width, delimiter) => `the row has ${fields} fields but the header has ${width}: a "${delimiter}" inside a value must be quoted ("…")`,
  "header-missing": (row) => `no record starts on line ${row}: set header_row in the mapping to the line holding the column headers`,
  "column-missing": (header, role, guess, known) =>
    `the header row has no column "${cut(header)}" (named in the mapping's ${role})` +
    (guess ? ` — did you mean "${cut(guess)}"?` : "") +
    ` Its columns are: ${quoted(known.slice(0, 30))}${known.length > 30 ? ` and ${known.length - 30} more` : ""}. Check header_row and the header text`,
  "column-ambiguous": (count, header, role) => `the header row has ${count} columns "${cut(header)}" (named in the mapping's ${role}): rename one in the export`,

  // Cells.
  "amount-format/cell": (what) => `the cell holds ${what}, not an amount`,
  "amount-format/excel-number": (nan) =>
    `the cell is marked as a number but holds ${nan ? "none Excel can read" : "an infinite one"}: type the amount again in Excel`,
  "amount-format/export": (text) =>
    `"${cut(text)}" is not an amount in Danish format (thousands dot, decimal comma, e.g. -1.234.567,89 or 1234,5): correct the cell, or check that the mapping names the right column`,
  "amount-range/export": (shown) => `${cut(shown)} is beyond ±10^15 kr., too large to be an amount: check the cell and the unit (source: unit:)`,
  "amount-precision": (shown, unit) => `${cut(shown)} ${unit} is not a whole number of øre: check the cell, or the unit the mapping gives (source: unit: ${unit})`,
  "value-missing": (found, what) => `${found}, but every row needs ${what}: fill it in, or skip such rows (skip: in the mapping)`,
  "value-missing/merged": (what, column) =>
    `the cell is part of a merged cell, whose value Excel keeps in its first cell only, but every row needs ${what}: add "${column}" to fill_down: in the mapping, or unmerge the cells`,
  "frame-number/cell": (value) => `the frame number is a number cell (${value}), which loses trailing zeros (10.30 becomes 10.3): export the column as text`,
  "frame-number": (text) => `"${cut(text)}" is not a frame number (digits and dots, e.g. 10.26): check the column, or skip such rows`,
  "service-value": (text, values) =>
    `"${cut(text)}" says neither inside (${quoted(values.inside)}) nor outside (${quoted(values.outside)}) the service frame: add it to service_values: in the mapping`,
  "committee-unknown": (name, known) =>
    `no committee file for "${cut(name)}": add it to committees: in the mapping (source, id, order)` + (known.length > 0 ? `, or use one of the known names: ${quoted(known)}` : ""),

  // Frames and lines.
  "frame-committee": (number, row) => `frame ${number} is under another committee on row ${row}: a frame belongs to one committee`,
  "frame-name": (number, first, row, name) => `frame ${number} is called "${cut(first)}" on row ${row} but "${cut(name)}" here: one frame has one name`,
  "duplicate-row": (line, service, frame, firstRow) =>
    `the line "${cut(line)}" ${GROUP[service]} the service frame of frame ${frame} is on row ${firstRow} too (a line is known by its frame, name and service group). ` +
    `If the export has one row per account, set sum_rows: true to add such rows up; if one row is a subtotal, skip it (skip:); ` +
    `if they are two lines, give them different names in the export, or import the accounts through an account table (accounts:)`,

  // Capital projects.
  "duplicate-row/project": (id, row) => `project ${id} is on row ${row} too: set sum_rows: true in the mapping if the export has one row per account, or skip one of the rows`,
  "project-name": (id, first, row, name) => `project ${id} is called "${cut(first)}" on row ${row} but "${cut(name)}" here`,
  "project-id": (text) => `"${cut(text)}" is not a project id (A and six digits, e.g. A015054): check the column, or skip such rows`,
  "status-value": (shown, closed, open) =>
    `the status ${cut(shown)} is neither closed (${quoted(closed) || "none"}) nor open (${quoted(open) || "none"}): add it to closed_values: or open_values: in the mapping`,
  "closed-with-transfer/export": () =>
    "the project is closed (regnskabsaflagt) by its status but has a transfer (forventet overførsel): a closed project carries nothing over",

  // Account-level exports (an account table in the mapping).
  "account-number": (value) => `the account is a number cell (${value}), which loses zeros (3.22.10 becomes 3.221): export the account columns as text`,
  "account-unmapped": (account, more) =>
    `account ${cut(account)} is in no line or financing item of the mapping's account table (accounts:)` +
    (more > 0 ? `, nor are the rows of this account on ${more} more ${more === 1 ? "row" : "rows"}` : "") +
    `: add it (or a prefix or range holding it) to the accounts: of a line or financing item, or skip such rows (skip:)`,
  "account-ambiguous": (account, first, second) =>
    `account ${cut(account)} fits both ${first} and ${second}, and neither pattern is more specific: make one of them longer (3.22.01 is more specific than 3.22), or take the account out of one`,

  // Total rows (declared totals from the export).
  "total-row-twice": (what, row) => `a second total row of ${what} (the first is on row ${row}): skip one of them (skip:)`,
  "total-row-orphan": (what) => `a total row of ${what}, but the export has no rows of it: check the total_rows: rules, or skip this row (skip:)`,

  // The mapping file (these point at the mapping's line and column).
  "mapping-no-table": () => "the mapping has neither operations: nor capital: — add at least one table (see docs/import.md)",
  "mapping-no-amounts": () => "operations: columns: names no amount column — add adopted, adjusted or actual",
  "mapping-skip-rule": (where, n, found) => `${where} rule ${n} needs either matches: (a regular expression) or empty: true, not ${found}`,
  "mapping-regexp": (where, n, pattern) => `${where} rule ${n}: "${pattern}" is not a valid regular expression`,
  "mapping-column-missing": (field) =>
    `operations: columns: names no ${field} column: a line-level export needs committee, frame_number, frame_name, line and service (or give an account table, accounts:, for an account-level export)`,
  "mapping-account-table": (key) =>
    `${key} has no meaning with an account table (accounts:), which says committee, frame, line and service group for each account: remove it`,
  "mapping-account-table/needs-table": () =>
    "columns: account: is for account-level exports and needs an account table (accounts:) saying which accounts make which line; or remove it",
  "mapping-account-table/needs-account": () => "an account table (accounts:) needs columns: account: — the column (or columns) holding the account number",
  "mapping-line-service": (line) => `the line "${cut(line)}" has no service group: give it service: inside or outside, or give its frame a service: for all its lines`,
  "mapping-frame-twice": (number, firstLine) => `frame ${number} is in the account table twice (first on line ${firstLine}): list each frame once, with all its lines`,
  "mapping-line-twice": (line, service, firstLine) =>
    `the line "${cut(line)}" ${GROUP[service]} the service frame is in this frame twice (first on line ${firstLine}): put all its accounts on one entry`,
  "mapping-financing-twice": (number, firstLine) =>
    `${number} is in the account table twice (first on line ${firstLine}): a financing item and a frame each have their own number`,
  "mapping-account-pattern": (pattern) => `"${pattern}" is not an account pattern: write an account or its beginning (3.22.01, 8.55.*.6), or a range (8.25-8.52)`,
  "mapping-account-pattern/range": (pattern) => `the range ${pattern} is empty: its first account is after its last`,
  "mapping-account-pattern/twice": (pattern, firstLine) =>
    `the accounts ${pattern} are in the account table twice (first on line ${firstLine}): an account belongs to one line or financing item`,
  "mapping-committee-unknown": (name, known) =>
    `no committee file for "${cut(name)}": add it to committees: in the mapping (source, id, order)` + (known.length > 0 ? `, or use one of the known names: ${quoted(known)}` : ""),

  // The result.
  "merge-unparsable": () => "the file is not a valid committee file, so the import cannot merge into it: run aarsrapport validate and mend it first",
};

export const texts: typeof da.texts = {
  skipRuleFound: { neither: "neither", both: "both" },
  accountLine: (line, frame, mappingLine) => `the line "${cut(line)}" of frame ${frame} (mapping line ${mappingLine})`,
  accountFinancing: (number, name, mappingLine) => `the financing item ${number} ${cut(name)} (mapping line ${mappingLine})`,
  // What a row needs (value-missing), and what a cell holds.
  needs: {
    committee: "a committee (udvalg)",
    frameNumber: "a frame number (ramme)",
    frameName: "a frame name (rammenavn)",
    line: "an activity line (indsatsområde)",
    service: "the service-frame flag (serviceramme)",
    projectId: "a project id (projektnr.)",
    projectName: "a project name",
    account: "an account (konto)",
  },
  cellEmpty: "the cell is empty",
  cellHolds: (what) => `the cell holds ${what}`,
  cell: {
    date: "a date",
    unknown: "a value of an unknown kind",
    error: (value) => `the error value ${value}`,
    formula: "a formula without a saved result (open the file in Excel and save it)",
  },
  notZip: (reason) => `it is not a zip archive, as an .xlsx file is (${reason})`,
  damaged: "its parts are not as Excel writes them (a damaged file, or one written by a program that does not follow the format)",
  unknownError: "an unknown error",
  // What a total row totals.
  totalOf: {
    frame: (number) => `frame ${number}`,
    committee: (name) => `committee ${name}`,
    financing: (name) => `the financing items of ${name}`,
    capital: (name) => `the capital projects of ${name}`,
  },
  // Notes: what the import did that a person should know, not problems.
  noteNoMunicipality: (dataDir, file) => `${dataDir} has no ${file} yet: add one before building the report (see docs/data-format.md)`,
  noteFinancingTotalRows: (numbers) =>
    `the total rows of the financing frames ${numbers.join(", ")} are not imported: a financing item is one row of the financing table, with no totals of its own`,
  noteTableNotRead: (kind, file) => `${kind}: the mapping reads it from ${file}, which is not among the sources: not imported`,
  // What a merge removed, one line each in the import's report.
  removedFrame: (number, name) => `frame ${number}${name ? ` ${cut(name)}` : ""} (with its lines)`,
  removedLine: (name, service, frame) =>
    `line "${cut(name)}"${service ? ` (${service} the service frame)` : ""}${frame ? ` of frame ${frame}` : ""}`,
  removedFinancing: (number, name) => `financing item ${number}${name ? ` ${cut(name)}` : ""}`,
  removedNotAMapping: "an entry that is not a mapping of keys",
  removedProject: (id, name) => `capital project ${id}${name ? ` ${cut(name)}` : ""}`,
  // The report of `aarsrapport import`.
  note: (text) => `note: ${text}`,
  failed: (errors) => `import: ${errors} ${errors === 1 ? "error" : "errors"}. Nothing was written: mend the errors above and import again.`,
  created: "created",
  unchanged: "unchanged",
  updated: (parts) => `updated: ${parts.join(", ")}`,
  valuesChanged: (n) => `${n} ${n === 1 ? "value" : "values"} changed`,
  added: (n) => `${n} added`,
  removed: (n) => `${n} removed`,
  declaredDropped: (n) => `${n} declared ${n === 1 ? "total" : "totals"} dropped (computed from the imported figures now)`,
  removedLineOfReport: (what) => `  removed (not in the export): ${what}`,
};
