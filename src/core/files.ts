// Walking a directory the way every stage that hashes or copies files must: in a stable order, hidden entries
// skipped, and never out of the directory or round in circles through a symbolic link.
import { readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";

/** Regular files below a directory, relative, "/"-separated, in a stable order; hidden entries skipped. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const root = realpathSync(dir);
  const seen = new Set<string>();
  // `real`: the directory's path with every link resolved. Only a link needs realpath (and a stat): a plain
  // entry's real path is its directory's plus its name, so a build with nothing to do stats links alone.
  const walk = (at: string, real: string): void => {
    // A linked directory is followed only if it stays inside, and once: a link to "/" or to "." never ends.
    if (seen.has(real) || (real !== root && !real.startsWith(root + sep))) return;
    seen.add(real);
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith(".")) continue;
      const path = join(at, entry.name);
      const link = entry.isSymbolicLink();
      const stat = link ? statIfAny(path) : entry;
      if (stat?.isDirectory()) walk(path, link ? realpathSync(path) : join(real, entry.name));
      else if (stat?.isFile()) out.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir, root);
  return out;
}

/** Undefined for a dangling link or a link loop: validation reports a reference to one; hashing skips it. */
function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
