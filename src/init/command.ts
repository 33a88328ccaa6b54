// `aarsrapport init DIR --municipality … --year … --committees …`: writes a new data directory that validates,
// and never into a directory that holds anything (nothing is overwritten). What it says is in the message
// catalogue (src/messages/*/init.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { hasErrors } from "../core/problem.js";
import { t } from "../messages/index.js";
import { formatProblems } from "../messages/output.js";
import { newDataDir, type InitOptions, type NewFile } from "./content.js";

/** The tool's own schema folder: the one validate checks against, installed beside dist/. */
const SCHEMA_DIR = fileURLToPath(new URL("../../schema/", import.meta.url));

const EXIT = { ok: 0, usage: 2, failed: 3 } as const;

export interface InitArguments {
  positionals: string[];
  municipality?: string;
  year?: string;
  committees?: string;
}

export async function runInit(args: InitArguments): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === "string") {
    console.error(`aarsrapport init: ${parsed}\n\n${t().init.usage}`);
    return EXIT.usage;
  }
  const refusal = refuse(parsed.dir);
  if (refusal) {
    console.error(`aarsrapport init: ${refusal}`);
    return EXIT.usage;
  }
  const files = newDataDir({ ...parsed, schemas: schemaRefs(parsed.dir) });
  // Written beside DIR and checked as `validate` would, then moved into place: what init leaves validates,
  // and a fault of ours leaves nothing behind.
  const staging = stage(parsed.dir, files);
  try {
    const { validateDataDir } = await import("../validate/index.js");
    const { problems } = validateDataDir(staging);
    if (hasErrors(problems)) {
      console.error(formatProblems(problems));
      console.error(`aarsrapport init: ${t().init.invalid(parsed.dir)}`);
      return EXIT.failed;
    }
    if (existsSync(parsed.dir)) rmdirSync(parsed.dir); // empty: checked above; rmdir refuses anything else
    renameSync(staging, parsed.dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const texts = files.filter((f) => f.path.startsWith("text/")).length;
  console.log(t().init.created(parsed.dir, parsed.committees.length, texts));
  console.log(t().init.next(parsed.dir));
  return EXIT.ok;
}

type Parsed = Omit<InitOptions, "schemas">;

/** The arguments checked, or what is wrong with them (a message). */
function parse({ positionals, municipality, year, committees }: InitArguments): Parsed | string {
  const MESSAGES = t().init;
  if (positionals.length === 0) return MESSAGES.missingDir;
  if (positionals.length > 1) return MESSAGES.tooManyArguments(positionals);
  if (!municipality?.trim()) return MESSAGES.missingMunicipality;
  if (year === undefined) return MESSAGES.missingYear;
  if (!/^\d{4}$/.test(year.trim()) || Number(year) < 2000 || Number(year) > 2100) return MESSAGES.badYear(year);
  if (!committees?.trim()) return MESSAGES.missingCommittees;
  const names = committees.split(",").map((n) => n.trim());
  if (names.some((n) => n === "")) return MESSAGES.emptyCommittee;
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) return MESSAGES.duplicateCommittee(twice);
  return { dir: positionals[0]!, municipality: municipality.trim(), year: Number(year), committees: names };
}

/** The files in a new directory beside `dir` (on the same file system, so that it can be renamed into place). */
function stage(dir: string, files: NewFile[]): string {
  const parent = dirname(resolve(dir));
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(resolve(dir))}.init-`));
  for (const file of files) {
    const target = join(staging, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content, { flag: "wx" });
  }
  return staging;
}

/** Why init will not write into `dir`: it exists and is not an empty directory. */
function refuse(dir: string): string | undefined {
  const MESSAGES = t().init;
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) return MESSAGES.notADirectory(dir);
  const entries = readdirSync(dir).length;
  return entries > 0 ? MESSAGES.notEmpty(dir, entries) : undefined;
}

/**
 * The `$schema` lines point at the schema files this very tool validates with, relative to each file, so that
 * they stay right when the data and the tool move together (a repository with node_modules/aarsrapport, or
 * this project's data/). Only across drives, where no relative path exists, is it a file URL.
 */
function schemaRefs(dir: string): InitOptions["schemas"] {
  const ref = (from: string, name: string): string => {
    const file = join(SCHEMA_DIR, `${name}.schema.json`);
    const path = relative(resolve(from), file);
    return path.includes(":") ? pathToFileURL(file).href : path.split(sep).join("/");
  };
  return { municipality: ref(dir, "municipality"), committee: ref(join(dir, "committees"), "committee") };
}
