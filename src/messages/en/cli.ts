// The command line: `--help` of every command, usage errors, and what `validate` prints.
import type * as da from "../da/cli.js";

const LANG = "the language of messages (default: Danish; English with an English LANG)";

export const texts: typeof da.texts = {
  severity: { error: "error", warning: "warning" },
  summary: (errors, warnings) => `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  noProblems: (dir) => `${dir}: no problems.`,

  help: (commands, version) => `aarsrapport — the municipal annual report (årsrapport) from YAML data

Usage: aarsrapport <command> [options]

Commands:
${commands}

Every command takes --lang da|en: the language of messages (default: Danish; English with an English
LANG, LC_MESSAGES or LC_ALL). Run "aarsrapport <command> --help" for a command's options. Version ${version}.`,

  validate: {
    summary: "check the data and print every problem",
    usage: `aarsrapport validate [DATA_DIR] [--json]

Checks every file in DATA_DIR (default: data/) against the data contract and reconciles every declared
total. Prints each problem as  file:line:col  error|warning  message, grouped by file and sorted by line.

Options:
  --json        print {"problems":[{file,line,column,severity,code,message}]} instead
  --lang da|en  ${LANG}
  -h, --help    show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.`,
  },
  build: {
    summary: "validate, then publish the website, PDFs and spreadsheets (only what changed)",
    usage: `aarsrapport build [DATA_DIR] [--out DIR] [--force] [--html-only] [--json | --quiet] [--wait S]
                              [--concurrency N] [--print-timeout S]

Validates DATA_DIR (default: data/); if there is no error, publishes to DIR (default: out/):
  DIR/site/     the website        DIR/pdf/      the full report and one section PDF per committee
  DIR/xlsx/     the workbook       DIR/csv/      one CSV per table
  DIR/<id>/site/, pdf/, xlsx/, csv/    the same for every further report the data make (a budget
                                       follow-up, the implementation plan: reports: in municipality.yaml)
  DIR/index.html                       the reports side by side, when the data make several
  DIR/changes.html, DIR/changes.json   what changed since the last published build
  DIR/manifest.json                    every input's hash and every output's hash
Only what changed is made again; publishing is atomic (all outputs at once, never half). Warnings never
block a build; errors always do, and then nothing is written: the last published output stays.

Options:
  --out DIR          output directory (default: out)
  --force            make everything again, even what has not changed
  --html-only        no PDFs
  --json             print a summary as JSON (status, outputs made, timings, problems, strategy results)
  --quiet            print nothing but errors (for cron)
  --wait S           wait up to S seconds for another build on DIR to finish (default: refuse at once)
  --concurrency N    PDF pages printing at once (default: the number of CPUs)
  --print-timeout S  seconds one PDF document may take before it is retried, then fails (default: 300)
  --lang da|en       ${LANG}
  -h, --help         show this help

Printing needs Chrome or Chromium: PUPPETEER_EXECUTABLE_PATH, Puppeteer's cache, or a system browser.

Exit status: 0 published or nothing to do, 1 invalid data, 2 usage error, 3 rendering failed,
4 another build is running. With 1, 3 and 4 nothing was written.`,
  },
  serve: {
    summary: "preview the website on localhost, rebuilt on every save",
    usage: `aarsrapport serve [DATA_DIR] [--port N] [--host ADDRESS]

Serves the website of DATA_DIR (default: data/) at http://127.0.0.1:8000/ while you edit. Every save of a
data file, Markdown file or template renders the site again and reloads the open pages; while the data has
errors, the pages show the problems (file, line, message) instead of the report. No PDFs are printed.

Options:
  --port N        port to listen on (default: 8000; 0 picks a free one)
  --host ADDRESS  address to listen on (default: 127.0.0.1, this machine only)
  --lang da|en    ${LANG}
  -h, --help      show this help

Stop with Ctrl-C.`,
    listening: (url, dir) => `Preview at ${url} — watching ${dir}/ and the templates. Stop with Ctrl-C.`,
  },
  freeze: {
    summary: "keep the committees' current figures as a named snapshot a follow-up can compare with",
    usage: `aarsrapport freeze NAME [DATA_DIR] [--label TEXT] [--force]

Keeps the current figures of every committee file in DATA_DIR (default: data/) as the snapshot NAME:
  DATA_DIR/snapshots/NAME/snapshot.yaml        its name, label and date (as_of of the follow-up)
  DATA_DIR/snapshots/NAME/committees/*.yaml    each committee file's figures as they are now
Plain YAML, to review and commit like the data. A follow-up that says compare_with: NAME prints the column
"Ændring siden <label>" and a list of the changes per committee. Freeze after a follow-up is approved, before
the figures are updated for the next one. The data must be valid; an existing snapshot is never overwritten
unless --force is given.

Options:
  --label TEXT   how the report names the snapshot, e.g. "1. budgetopfølgning" (default: the follow-up's
                 title, or NAME)
  --force        replace an existing snapshot of that name
  --lang da|en   ${LANG}
  -h, --help     show this help

Exit status: 0 frozen, 1 the data have errors (nothing written), 2 usage error or the snapshot exists.`,
  },

  import: {
    summary: "read accounting-system exports (.xlsx, .csv) into the committee files",
    usage: `aarsrapport import SOURCE... --map MAPPING.yaml [--out DATA_DIR]

Reads each SOURCE (an Excel workbook .xlsx or a Danish CSV export .csv) as MAPPING.yaml says and merges the
figures into the committee files of DATA_DIR (default: data/; created if missing): figures are updated,
frames, lines and projects added or removed; sections, initiatives, comments, key order and status stay.
The result must pass validate, or nothing is written. Importing the same export again changes nothing.
The mapping format is in docs/import.md (JSON Schema: schema/mapping.schema.json).

Options:
  --map MAPPING.yaml  which columns hold what (required)
  --out DATA_DIR      the data directory to write (default: data)
  --lang da|en        ${LANG}
  -h, --help          show this help

Exit status: 0 imported (or nothing to change), 1 problems found (nothing written), 2 usage error.`,
  },

  usage: {
    unknownCommand: (name) => `unknown command "${name}"`,
    tooManyArguments: (args) => `too many arguments: ${args}`,
    port: (value) => `--port needs a port number, not "${value}"`,
    wholeNumber: (option, value) => `${option} needs a whole number, not "${value}"`,
    positiveNumber: (option, value) => `${option} needs a number above 0, not "${value}"`,
    dataDir: (dir) => `data directory "${dir}" does not exist (give DATA_DIR, or run where data/ is)`,
    noSource: "give at least one SOURCE file to import",
    noSnapshotName: "give the snapshot's NAME, e.g. aarsrapport freeze bo1",
    noMap: "--map MAPPING.yaml is required: it says which columns hold what",
    mapMissing: (path) => `mapping file "${path}" does not exist`,
    lang: (value) => `--lang needs da or en, not "${value}"`,
    option: (_code, _option, node) => node,
  },
  internalError: (detail) => `internal error: ${detail}`,
};
