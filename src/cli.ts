#!/usr/bin/env node
// The command line: parse arguments, call the pipeline, print, set the exit code. Nothing else lives here.
// What it says is in the message catalogue (src/messages/), in the language --lang or the locale chooses.
import { existsSync, statSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { hasErrors, problemsJson, type Problem } from "./core/problem.js";
import { toolVersion } from "./core/version.js";
import { EXIT } from "./cli/exit.js";
import { setLanguage, t } from "./messages/index.js";
import { localeLanguage, parseLanguage } from "./messages/language.js";
import { formatProblems, summaryLine } from "./messages/output.js";

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

/** The commands, their help in the user's language (made once the language is set). */
const commands = (): Record<string, Command> => ({
  init: {
    summary: t().init.summary,
    usage: t().init.usage,
    options: { municipality: { type: "string" }, year: { type: "string" }, committees: { type: "string" } },
    variadic: true, // init says itself what is wrong with its arguments
    async run(positionals, values) {
      const { runInit } = await import("./init/command.js");
      const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
      return runInit({ positionals, municipality: text(values.municipality), year: text(values.year), committees: text(values.committees) });
    },
  },
  validate: {
    ...t().cli.validate,
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
    ...t().cli.build,
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
    summary: t().cli.serve.summary,
    usage: t().cli.serve.usage,
    options: { port: { type: "string" }, host: { type: "string" } },
    async run([dir], values) {
      const port = values.port === undefined ? 8000 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(t().cli.usage.port(String(values.port)));
      const { startPreview } = await import("./serve/server.js");
      const preview = await startPreview({ dataDir: dataDirOf(dir), port, host: typeof values.host === "string" ? values.host : "127.0.0.1" });
      console.log(t().cli.serve.listening(preview.url, dir ?? "data"));
      await new Promise<void>((resolve) => process.once("SIGINT", resolve));
      await preview.close();
      return EXIT.ok;
    },
  },
  freeze: {
    ...t().cli.freeze,
    options: { label: { type: "string" }, force: { type: "boolean" } },
    variadic: true,
    async run([name, dir, ...rest], values) {
      if (name === undefined) throw new UsageError(t().cli.usage.noSnapshotName);
      if (rest.length > 0) throw new UsageError(t().cli.usage.tooManyArguments(rest.join(" ")));
      const { runFreeze } = await import("./kinds/freeze.js");
      return runFreeze({ name, dataDir: dataDirOf(dir), force: values.force === true, ...(typeof values.label === "string" && { label: values.label }) });
    },
  },
  import: {
    ...t().cli.import,
    options: { map: { type: "string" }, out: { type: "string" } },
    variadic: true,
    async run(sources, values) {
      if (sources.length === 0) throw new UsageError(t().cli.usage.noSource);
      if (typeof values.map !== "string") throw new UsageError(t().cli.usage.noMap);
      if (!existsSync(values.map)) throw new UsageError(t().cli.usage.mapMissing(values.map));
      const { runImport } = await import("./import/command.js");
      return runImport({ sources, mappingPath: values.map, dataDir: typeof values.out === "string" ? values.out : "data" });
    },
  },
});

function positiveInteger(value: unknown, name: string): number | undefined {
  const n = positiveNumber(value, name);
  if (n !== undefined && !Number.isInteger(n)) throw new UsageError(t().cli.usage.wholeNumber(name, String(value)));
  return n;
}

function positiveNumber(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(t().cli.usage.positiveNumber(name, String(value)));
  return n;
}

function dataDirOf(dir: string | undefined): string {
  const dataDir = dir ?? "data";
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new UsageError(t().cli.usage.dataDir(dataDir));
  }
  return dataDir;
}

function printProblems(problems: Problem[], dataDir: string): void {
  if (problems.length === 0) {
    console.log(t().cli.noProblems(dataDir));
    return;
  }
  console.log(formatProblems(problems));
  console.log(`\n${dataDir}: ${summaryLine(problems)}.`);
}

function mainHelp(): string {
  const lines = Object.entries(commands()).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`);
  return t().cli.help(lines.join("\n"), toolVersion());
}

/**
 * Takes `--lang da|en` (or `--lang=…`) out of the arguments, wherever it stands, and sets the language from it or
 * else from the locale; answers the other arguments, or a usage error about --lang itself.
 */
function chooseLanguage(argv: string[]): string[] | UsageError {
  setLanguage(localeLanguage(process.env));
  const rest: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === "--lang") chosen = argv[++i] ?? "";
    else if (arg.startsWith("--lang=")) chosen = arg.slice("--lang=".length);
    else rest.push(arg);
  }
  if (chosen === undefined) return rest;
  const lang = parseLanguage(chosen);
  if (!lang) return new UsageError(t().cli.usage.lang(chosen));
  setLanguage(lang);
  return rest;
}

/** A mistake node:util's parseArgs found, in the user's language. */
function optionMistake(err: Error & { code?: string }): string {
  const option = /'(-[^'\s]*)/.exec(err.message)?.[1] ?? "";
  const mistake =
    err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
      ? "unknown"
      : err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
        ? /argument missing/.test(err.message)
          ? "missing-value"
          : "no-value"
        : "other";
  return t().cli.usage.option(mistake, option, err.message);
}

async function main(argv: string[]): Promise<number> {
  const args = chooseLanguage(argv);
  if (args instanceof UsageError) {
    console.error(`aarsrapport: ${args.message}\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version") {
    console.log(toolVersion());
    return EXIT.ok;
  }
  const table = commands();
  const command = Object.hasOwn(table, name) ? table[name] : undefined;
  try {
    if (!command) throw new UsageError(t().cli.usage.unknownCommand(name));
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
    if (positionals.length > 1 && !command.variadic) throw new UsageError(t().cli.usage.tooManyArguments(positionals.join(" ")));
    return await command.run(positionals, values);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      const message = err instanceof UsageError ? err.message : optionMistake(err as Error);
      console.error(`aarsrapport: ${message}\n\n${command?.usage ?? mainHelp()}`);
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
    console.error(`aarsrapport: ${t().cli.internalError(err instanceof Error ? (err.stack ?? err.message) : String(err))}`);
    process.exitCode = EXIT.failed;
  },
);
