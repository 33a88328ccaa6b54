#!/usr/bin/env node
// The command line: parse arguments, call the pipeline, print, set the exit code. Nothing else lives here.
import { existsSync, statSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { formatProblems, hasErrors, problemsJson, summaryLine } from "./core/problem.js";
import { toolVersion } from "./core/version.js";
import { EXIT } from "./cli/exit.js";
import { INIT_SUMMARY, INIT_USAGE } from "./init/messages.js";
import { FREEZE_SUMMARY, FREEZE_USAGE } from "./kinds/messages.js";

class UsageError extends Error {}

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Takes any number of arguments (the others take at most one). */
  variadic?: boolean;
  /** Imports what it needs itself, so that `--help` and usage errors answer at once. */
  run(positionals: string[], values: Record<string, unknown>): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  init: {
    summary: INIT_SUMMARY,
    usage: INIT_USAGE,
    options: { municipality: { type: "string" }, year: { type: "string" }, committees: { type: "string" } },
    variadic: true, // init says itself, in Danish, what is wrong with its arguments
    async run(positionals, values) {
      const { runInit } = await import("./init/command.js");
      const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
      return runInit({ positionals, municipality: text(values.municipality), year: text(values.year), committees: text(values.committees) });
    },
  },
  validate: {
    summary: "check the data and print every problem",
    usage: `aarsrapport validate [DATA_DIR] [--json]

Checks every file in DATA_DIR (default: data/) against the data contract and reconciles every declared
total. Prints each problem as  file:line:col  error|warning  message, grouped by file and sorted by line.

Options:
  --json      print {"problems":[{file,line,column,severity,code,message}]} instead
  -h, --help  show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.`,
    options: { json: { type: "boolean" } },
    async run([dir], values) {
      const dataDir = dataDirOf(dir);
      const { validateDataDir } = await import("./validate/index.js");
      const { problems } = validateDataDir(dataDir);
      if (values.json) console.log(problemsJson(problems));
      else printProblems(problems, dataDir);
      return hasErrors(problems) ? EXIT.invalid : EXIT.ok;
    },
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
  -h, --help         show this help

Printing needs Chrome or Chromium: PUPPETEER_EXECUTABLE_PATH, Puppeteer's cache, or a system browser.

Exit status: 0 published or nothing to do, 1 invalid data, 2 usage error, 3 rendering failed,
4 another build is running. With 1, 3 and 4 nothing was written.`,
    options: {
      out: { type: "string" },
      force: { type: "boolean" },
      "html-only": { type: "boolean" },
      json: { type: "boolean" },
      quiet: { type: "boolean" },
      wait: { type: "string" },
      concurrency: { type: "string" },
      "print-timeout": { type: "string" },
    },
    async run([dir], values) {
      const timeout = positiveNumber(values["print-timeout"], "--print-timeout");
      const wait = positiveNumber(values.wait, "--wait");
      const { runBuild } = await import("./cli/build.js");
      return runBuild({
        dataDir: dataDirOf(dir),
        outDir: typeof values.out === "string" ? values.out : "out",
        force: values.force === true,
        pdf: !values["html-only"],
        json: values.json === true,
        quiet: values.quiet === true,
        waitMs: wait && wait * 1000,
        concurrency: positiveInteger(values.concurrency, "--concurrency"),
        printTimeoutMs: timeout && timeout * 1000,
      });
    },
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
  -h, --help      show this help

Stop with Ctrl-C.`,
    options: { port: { type: "string" }, host: { type: "string" } },
    async run([dir], values) {
      const port = values.port === undefined ? 8000 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port needs a port number, not "${String(values.port)}"`);
      const { startPreview } = await import("./serve/server.js");
      const preview = await startPreview({ dataDir: dataDirOf(dir), port, host: typeof values.host === "string" ? values.host : "127.0.0.1" });
      console.log(`Preview at ${preview.url} — watching ${dir ?? "data"}/ and the templates. Stop with Ctrl-C.`);
      await new Promise<void>((resolve) => process.once("SIGINT", resolve));
      await preview.close();
      return EXIT.ok;
    },
  },
  freeze: {
    summary: FREEZE_SUMMARY,
    usage: FREEZE_USAGE,
    options: { label: { type: "string" }, force: { type: "boolean" } },
    variadic: true,
    async run([name, dir, ...rest], values) {
      if (name === undefined) throw new UsageError("give the snapshot's NAME, e.g. aarsrapport freeze bo1");
      if (rest.length > 0) throw new UsageError(`too many arguments: ${rest.join(" ")}`);
      const { runFreeze } = await import("./kinds/freeze.js");
      return runFreeze({ name, dataDir: dataDirOf(dir), force: values.force === true, ...(typeof values.label === "string" && { label: values.label }) });
    },
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
  -h, --help          show this help

Exit status: 0 imported (or nothing to change), 1 problems found (nothing written), 2 usage error.`,
    options: { map: { type: "string" }, out: { type: "string" } },
    variadic: true,
    async run(sources, values) {
      if (sources.length === 0) throw new UsageError("give at least one SOURCE file to import");
      if (typeof values.map !== "string") throw new UsageError("--map MAPPING.yaml is required: it says which columns hold what");
      if (!existsSync(values.map)) throw new UsageError(`mapping file "${values.map}" does not exist`);
      const { runImport } = await import("./import/command.js");
      return runImport({ sources, mappingPath: values.map, dataDir: typeof values.out === "string" ? values.out : "data" });
    },
  },
};

function positiveInteger(value: unknown, name: string): number | undefined {
  const n = positiveNumber(value, name);
  if (n !== undefined && !Number.isInteger(n)) throw new UsageError(`${name} needs a whole number, not "${String(value)}"`);
  return n;
}

function positiveNumber(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} needs a number above 0, not "${String(value)}"`);
  return n;
}

function dataDirOf(dir: string | undefined): string {
  const dataDir = dir ?? "data";
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new UsageError(`data directory "${dataDir}" does not exist (give DATA_DIR, or run where data/ is)`);
  }
  return dataDir;
}

function printProblems(problems: Parameters<typeof formatProblems>[0], dataDir: string): void {
  if (problems.length === 0) {
    console.log(`${dataDir}: no problems.`);
    return;
  }
  console.log(formatProblems(problems));
  console.log(`\n${dataDir}: ${summaryLine(problems)}.`);
}

function mainHelp(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`);
  return `aarsrapport — the municipal annual report (årsrapport) from YAML data

Usage: aarsrapport <command> [options]

Commands:
${lines.join("\n")}

Run "aarsrapport <command> --help" for a command's options. Version ${toolVersion()}.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version") {
    console.log(toolVersion());
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      console.log(command.usage);
      return EXIT.ok;
    }
    if (positionals.length > 1 && !command.variadic) throw new UsageError(`too many arguments: ${positionals.join(" ")}`);
    return await command.run(positionals, values);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`aarsrapport: ${(err as Error).message}\n\n${command?.usage ?? mainHelp()}`);
      return EXIT.usage;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`aarsrapport: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = EXIT.failed;
  },
);
