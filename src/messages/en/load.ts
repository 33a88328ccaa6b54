// Reading the data files: amounts, YAML, files inside the data directory, Markdown limits, daily balances.
import type * as da from "../da/load.js";

const EXAMPLE = 'write a number such as -2455, or a quoted Danish amount such as "-2.455" or "1.234,5"';

const YAML_HINTS: typeof da.texts.yamlHints = {
  DUPLICATE_KEY: "a key appears twice in the same mapping: remove or rename one of them",
  TAB_AS_INDENT: "a tab is used for indentation: YAML needs spaces",
  BAD_INDENT: "the indentation is wrong here: align the key with its siblings, using spaces",
  MISSING_CHAR: "a closing quote or bracket is missing",
  MULTILINE_IMPLICIT_KEY: "a key runs over several lines: perhaps a missing colon or an unclosed quote above",
  BLOCK_AS_IMPLICIT_KEY: "a key runs over several lines: perhaps a missing colon or an unclosed quote above",
  UNEXPECTED_TOKEN: "unexpected character here",
  BAD_ALIAS: "an alias (*name) that is not defined by an anchor (&name) above",
  BAD_SCALAR_START: "a value cannot start with this character: put the value in quotes",
  DUPLICATE_ANCHOR: "an anchor (&name) is defined twice",
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a line "---" starts another): keep one document per file',
  NON_STRING_KEY: "a key must be a plain word, not a list or a mapping",
};

/** "YAML: <hint> (<the parser's words>)", or the parser's words alone where there is no hint. */
const yaml = (parserCode: string, detail: string): string => {
  const hint = (YAML_HINTS as Record<string, string>)[parserCode];
  return hint ? `YAML: ${hint} (${detail})` : `YAML: ${detail}`;
};

export const problems: typeof da.problems = {
  // Amounts (src/load/amount.ts); the reader puts the key in front ("adopted: …").
  "amount-type": (found) => `expected an amount, found ${found}: ${EXAMPLE}`,
  "amount-not-finite": (source) => `${source} is not an amount (not a finite number): ${EXAMPLE}`,
  "amount-format": (source) => `${source} is not a decimal amount: ${EXAMPLE}`,
  "amount-format/danish": (text, example) =>
    `"${text}" is not an amount in Danish format (thousands dot in groups of three, decimal comma, ` +
    `e.g. "1.234" or "-2.455" or "1.234,5")${example ? `: ${EXAMPLE}` : ""}`,
  "amount-fraction": (source, unit, meant) =>
    `${source} has a fractional part, but amounts in ${unit} must be whole numbers. ` +
    `Danish pitfall: if you mean ${meant} (with a thousands dot), YAML reads ${source} as a ` +
    `decimal number — write ${meant} or quote it as "${source}".`,
  "amount-fraction/exponent": (source, unit) => `${source} has a fractional part, but amounts in ${unit} must be whole numbers: write the amount as a whole number`,
  "amount-range": (shown) => `${shown} is beyond ±10^15, too large to be an amount: check the figure`,

  // Files (src/load/data-file.ts, yaml.ts, text.ts).
  "file-outside": (path, example) => `"${path}" points outside the data directory: give a path inside it, e.g. ${example}`,
  "file-outside/link": (path) => `"${path}" is a link to a file outside the data directory: copy the file into the data directory`,
  "file-missing/reference": (kind, path) => `the ${kind} "${path}" does not exist (paths are relative to the data directory)`,
  "file-missing/not-a-file": (path) => `"${path}" is not a file`,
  "file-too-large": (kind, path, size, limit) => `the ${kind} "${path}" is ${size} MB, more than the ${limit} MB a data file may be: check that it is the right file`,
  "file-too-large/data-file": (file, size, limit) => `${file} is ${size} MB, more than the ${limit} MB a data file may be: check that it is the right file`,
  "file-unreadable": (reason) => `cannot read the file: ${reason}`,
  "file-unreadable/not-a-file": (file) => `${file} is not a regular file: put a YAML file here`,
  "invalid-utf8": () => "the file is not valid UTF-8 (perhaps saved as Windows-1252 or Latin-1): save it as UTF-8",
  "invalid-utf8/utf16": () => 'the file is saved as UTF-16 (Excel\'s "Unicode text"): save it as UTF-8',
  "invalid-utf8/markdown": (path) => `the Markdown file "${path}" is not valid UTF-8: save it as UTF-8`,
  "invalid-utf8/balances": (path) => `the daily-balance file "${path}" is not valid UTF-8: save it as UTF-8 (CSV UTF-8 in Excel)`,

  // YAML (src/load/yaml.ts, yaml-errors.ts, yaml-limits.ts).
  "yaml-syntax": (parserCode, detail) => yaml(parserCode, detail),
  "yaml-syntax/unclosed": (opened, endLine) => {
    const [what, closer] = { quote: ["quote", "the closing quote"], "[": ["[", "]"], "{": ["{", "}"] }[opened];
    return `YAML: the ${what} opened here is never closed (the file ends, or the indentation falls back, at line ${endLine}): add ${closer}`;
  },
  "yaml-syntax/alias": (name) => `YAML: the alias *${name} has no anchor &${name} above it: put the anchor on the value first, or write the value out here`,
  "duplicate-key": (detail) => yaml("DUPLICATE_KEY", detail),
  "yaml-version": (version) => `YAML: the file declares %YAML ${version}, but this tool reads YAML 1.2 (where "yes" is text and "<<" merges nothing): remove the %YAML line`,
  "yaml-too-deep": (max) =>
    `YAML: the lists and mappings here nest more than ${max} levels deep, far beyond any data file: ` +
    "check the brackets and the indentation (perhaps a pasted text or an export)",
  "yaml-aliases": (max) => `YAML: the file uses more than ${max} aliases (*name): write the values out instead`,
  "yaml-aliases/self": (name) => `YAML: the alias *${name} stands inside the value &${name} names, which would then hold itself without end: write the value out`,
  "yaml-aliases/expansion": () =>
    "YAML: the aliases (*name) from here on expand to far more data than the file holds (an alias of aliases of aliases): write the values out",
  "yaml-tag": (tag) => `YAML: the tag ${tag} is not supported: remove it and write the value plainly`,

  // Markdown (src/load/markdown-limits.ts).
  "text-too-long": (length, max) =>
    `the text has ${length} characters, more than the ${max} a text may have (about eight pages): shorten it, or divide it over several sections`,
  "text-too-many-marks": (max) =>
    `the paragraph starting here has more than ${max} marks for emphasis and links (* _ ~ [ ] \`): divide it into shorter paragraphs, or write the marks as \\* if they are meant as text`,
  "text-too-deep": (max) =>
    `the text nests quotes, lists or emphasis more than ${max} levels deep: write it with fewer levels (check for a run of ">" or of indented "-")`,

  // Daily balances (src/load/daily-balances.ts).
  "balance-header": (found) => `the first line must be the header "date;balance" (or "dato;saldo"), found "${found}": add the header line above the first day`,
  "balance-row": (fields, semicolon) =>
    `expected two fields "date;balance", found ${fields}${semicolon ? ": separate date and balance with a semicolon (;)" : ": write one day per line, e.g. 2024-01-31;937.012.345,67"}`,
  "balance-date": (text) => `"${text}" is not a date: write it as 2024-01-31 (or 31-01-2024)`,
  "balance-missing": (date) => `${date} has no balance: every calendar day needs one (over weekends and holidays, repeat the last balance)`,
};

export const texts: typeof da.texts = {
  kind: {
    nothing: "nothing",
    empty: "an empty value",
    text: "text",
    number: "a number",
    boolean: "a boolean",
    list: "a list",
    mapping: "a mapping",
    value: "a value",
  },
  fileKind: { data: "data file", markdown: "Markdown file", balances: "daily-balance file" },
  yamlHints: YAML_HINTS,
  balanceOf: (date, message) => `balance of ${date}: ${message}`,
};
