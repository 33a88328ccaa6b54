// `aarsrapport freeze NAME`: keeps the committees' current figures as a named snapshot in the data directory
// (snapshots/NAME/), for a later budget follow-up to compare with ("Ændring siden <label>"). A snapshot is
// plain YAML to review and commit like the data: a description (snapshot.yaml) and a copy of every committee
// file without its texts, which a snapshot does not need and whose files may change later. The data must be
// valid; the snapshot is written beside its place and renamed into it, so a failed freeze leaves nothing half.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseDocument, stringify } from "yaml";
import { hasErrors } from "../core/problem.js";
import { formatProblems, summaryLine } from "../messages/output.js";
import { t } from "../messages/index.js";
import { COMMITTEE_DIR, MUNICIPALITY_FILE, SNAPSHOT_DIR, SNAPSHOT_FILE, validateDataDir } from "../validate/index.js";

export interface FreezeOptions {
  name: string;
  dataDir: string;
  label?: string;
  force: boolean;
}

/** Exit status as the CLI's: 0 frozen, 1 the data have errors, 2 a wrong name or an existing snapshot. */
export function runFreeze({ name, dataDir, label, force }: FreezeOptions): 0 | 1 | 2 {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    console.error(`aarsrapport freeze: ${t().kinds.freeze.badName(name)}`);
    return 2;
  }
  const dir = join(dataDir, SNAPSHOT_DIR, name);
  const shown = `${SNAPSHOT_DIR}/${name}`;
  if (existsSync(dir) && !force) {
    console.error(`aarsrapport freeze: ${t().kinds.freeze.exists(shown)}`);
    return 2;
  }
  const { data, problems } = validateDataDir(dataDir);
  if (!data || hasErrors(problems)) {
    console.log(formatProblems(problems));
    console.error(`\n${dataDir}: ${summaryLine(problems)}. ${t().kinds.freeze.invalid}`);
    return 1;
  }
  const followUp = data.municipality.reports.find((r) => r.kind === "follow-up");
  const text = label ?? followUp?.title ?? name;
  const staging = join(dataDir, SNAPSHOT_DIR, `.${name}.${process.pid}.tmp`);
  mkdirSync(join(staging, COMMITTEE_DIR), { recursive: true });
  try {
    const schemaBase = schemaDir(readFileSync(join(dataDir, MUNICIPALITY_FILE), "utf8"));
    writeFileSync(join(staging, SNAPSHOT_FILE), description(name, text, followUp?.asOf, schemaBase));
    for (const c of data.committees) {
      const source = readFileSync(join(dataDir, c.file), "utf8");
      writeFileSync(join(staging, COMMITTEE_DIR, basename(c.file)), frozenCommittee(source, c.file, name));
    }
    replace(staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  console.log(t().kinds.freeze.done(shown, data.committees.length, text));
  return 0;
}

/** The new snapshot in place; a replaced one goes only once the new one is there. */
function replace(staging: string, dir: string): void {
  const old = `${dir}.${process.pid}.old`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(staging, dir);
  rmSync(old, { recursive: true, force: true });
}

/** Where the municipality file's schema line points ("../schema/"), seen from the snapshot's directory. */
function schemaDir(municipality: string): string | undefined {
  const match = /^# yaml-language-server: \$schema=(\S*?)municipality\.schema\.json/m.exec(municipality);
  if (!match) return undefined;
  const base = match[1]!;
  return /^(\/|[a-z]+:)/i.test(base) ? base : `../../${base}`;
}

function description(name: string, label: string, asOf: string | undefined, schemaBase: string | undefined): string {
  const head = [
    ...(schemaBase === undefined ? [] : [`# yaml-language-server: $schema=${schemaBase}snapshot.schema.json`]),
    `# Made by "aarsrapport freeze ${name}": the committees' figures as they were then (committees/), for a budget`,
    `# follow-up that says compare_with: ${name}. label is how the report names it: "Ændring siden <label>".`,
  ];
  return `${head.join("\n")}\n${stringify({ name, label, ...(asOf && { as_of: asOf }) }, { lineWidth: 0 })}`;
}

/**
 * A committee file as it is now, without its texts, with its comments, and with its schema line pointing
 * two directories further up (snapshots/NAME/committees/ lies two levels below committees/).
 */
function frozenCommittee(source: string, file: string, name: string): string {
  const doc = parseDocument(source);
  doc.delete("sections");
  doc.delete("follow_up_sections");
  // lineWidth 0: long texts stay on their lines, as they were written.
  const lines = doc
    .toString({ lineWidth: 0 })
    .replace(/^(# yaml-language-server: \$schema=)(?![a-z]+:|\/)(\S+)/im, "$1../../$2")
    .split("\n");
  const at = lines[0]?.startsWith("# yaml-language-server:") ? 1 : 0;
  lines.splice(at, 0, `# Snapshot ${name}: ${file} as it was when frozen, without its texts.`);
  return lines.join("\n");
}
