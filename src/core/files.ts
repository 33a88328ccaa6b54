// Walking a directory the way every stage that hashes or copies files must: in a stable order, hidden entries
// skipped, and never out of the directory or round in circles through a symbolic link.
import { readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";

/** Regular files below a directory, relative, "/"-separated, in a stable order; hidden entries skipped. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const root = realpathSync(dir);
  const seen = new Set<string>();
  const walk = (at: string): void => {
    // A linked directory is followed only if it stays inside, and once: a link to "/" or to "." never ends.
    const real = realpathSync(at);
    if (seen.has(real) || (real !== root && !real.startsWith(root + sep))) return;
    seen.add(real);
    for (const name of readdirSync(at).sort()) {
      if (name.startsWith(".")) continue;
      const path = join(at, name);
      const stat = statIfAny(path);
      if (stat?.isDirectory()) walk(path);
      else if (stat?.isFile()) out.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
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
