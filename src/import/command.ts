// `aarsrapport import`: runs the import and says what it did, file by file, or why it wrote nothing.
import { t } from "../messages/index.js";
import { formatProblems } from "../messages/output.js";
import { planImport, writeFiles, type ImportOptions, type PlannedFile } from "./index.js";
import { formatSourceProblem } from "./location.js";

/** Exit status as the CLI's: 0 written (or nothing to change), 1 problems (nothing written). */
export async function runImport(options: ImportOptions): Promise<0 | 1> {
  const say = t().import;
  const plan = await planImport(options);
  for (const p of plan.sourceProblems) console.log(formatSourceProblem(p));
  if (plan.problems.length > 0) console.log(formatProblems(plan.problems));
  for (const note of plan.notes) console.log(say.note(note));
  if (!plan.ok) {
    const errors = [...plan.sourceProblems, ...plan.problems].filter((p) => p.severity === "error").length;
    console.error(`\n${say.failed(errors)}`);
    return 1;
  }
  writeFiles(options.dataDir, plan.files);
  for (const f of plan.files) {
    console.log(`${options.dataDir}/${f.path}: ${describe(f)}`);
    for (const removed of f.changes.removed) console.log(say.removedLineOfReport(removed));
  }
  return 0;
}

function describe(file: PlannedFile): string {
  const say = t().import;
  if (file.created) return say.created;
  if (!file.changed) return say.unchanged;
  const c = file.changes;
  const parts = [
    c.figures > 0 && say.valuesChanged(c.figures),
    c.added > 0 && say.added(c.added),
    c.removed.length > 0 && say.removed(c.removed.length),
    c.declared > 0 && say.declaredDropped(c.declared),
  ].filter((p): p is string => typeof p === "string");
  return say.updated(parts);
}
