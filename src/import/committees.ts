// Which committee file a committee named in an export goes to: the mapping's committees: list first, then an
// existing committee file with that name. A committee the import cannot place is an error, never a guess.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { MAX_ALIAS_EXPANSION } from "../load/yaml-limits.js";
import { COMMITTEE_DIR } from "../validate/index.js";
import type { CommitteeEntry } from "./mapping.js";
import type { CommitteeTarget } from "./model.js";
import * as say from "./messages.js";
import { t } from "../messages/index.js";
import type { DataRow } from "./rows.js";

interface ExistingCommittee {
  file: string;
  id?: string;
  name?: string;
  order?: number;
}

export class CommitteeResolver {
  private readonly existing: ExistingCommittee[];

  constructor(
    dataDir: string,
    private readonly entries: CommitteeEntry[],
  ) {
    this.existing = existingCommittees(dataDir);
  }

  resolve(sourceName: string): CommitteeTarget | undefined {
    const same = (a: string | undefined): boolean => a?.trim().toLowerCase() === sourceName.trim().toLowerCase();
    const entry = this.entries.find((e) => same(e.source));
    if (entry) {
      const file = this.existing.find((c) => c.id === entry.id)?.file ?? this.newFile(entry);
      return { id: entry.id, name: entry.name ?? sourceName, order: entry.order, file };
    }
    const found = this.existing.find((c) => same(c.name));
    if (found?.id === undefined) return undefined;
    return { id: found.id, name: found.name!, order: found.order ?? 0, file: found.file };
  }

  /** The committee a row names, or undefined (reported) when the row names none or one that has no file. */
  ofRow<F extends string>(row: DataRow<F>, field: F): CommitteeTarget | undefined {
    const name = row.text(field, t().import.needs.committee);
    if (name === undefined) return undefined;
    const target = this.resolve(name);
    if (!target) row.error(field, say.committeeUnknown(name, this.knownNames()));
    return target;
  }

  /** The names the import can place: the mapping's, then the existing files'. */
  knownNames(): string[] {
    return [...this.entries.map((e) => e.source), ...this.existing.flatMap((c) => (c.name ? [c.name] : []))];
  }

  private newFile(entry: CommitteeEntry): string {
    const numbered = `${COMMITTEE_DIR}/${String(entry.order).padStart(2, "0")}-${entry.id}.yaml`;
    return this.existing.some((c) => c.file === numbered) ? `${COMMITTEE_DIR}/${entry.id}.yaml` : numbered;
  }
}

/** The id, name and order of every committee file; a file that does not parse is left to validation. */
function existingCommittees(dataDir: string): ExistingCommittee[] {
  const dir = join(dataDir, COMMITTEE_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => {
      const file = `${COMMITTEE_DIR}/${f}`;
      const o = readLoosely(join(dataDir, file));
      const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
      return { file, id: str(o.id), name: str(o.committee), order: typeof o.order === "number" ? o.order : undefined };
    });
}

function readLoosely(path: string): Record<string, unknown> {
  try {
    const data: unknown = parseDocument(readFileSync(path, "utf8")).toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    return data !== null && typeof data === "object" ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
