// `aarsrapport import`: runs the import and says what it did, file by file, or why it wrote nothing.
import { formatProblems } from "../core/problem.js";
import { planImport, writeFiles, type ImportOptions, type PlannedFile } from "./index.js";
import { formatSourceProblem } from "./location.js";

/** Exit status as the CLI's: 0 written (or nothing to change), 1 problems (nothing written). */
export async function runImport(options: ImportOptions): Promise<0 | 1> {
  const plan = await planImport(options);
  for (const p of plan.sourceProblems) console.log(formatSourceProblem(p));
  if (plan.problems.length > 0) console.log(formatProblems(plan.problems));
  for (const note of plan.notes) console.log(`note: ${note}`);
  if (!plan.ok) {
    const errors = [...plan.sourceProblems, ...plan.problems].filter((p) => p.severity === "error").length;
    console.error(`\nimport: ${errors} ${errors === 1 ? "error" : "errors"}. Nothing was written: mend the errors above and import again.`);
    return 1;
  }
  writeFiles(options.dataDir, plan.files);
  for (const f of plan.files) {
    console.log(`${options.dataDir}/${f.path}: ${describe(f)}`);
    for (const removed of f.changes.removed) console.log(`  removed (not in the export): ${removed}`);
  }
  return 0;
}

function describe(file: PlannedFile): string {
  if (file.created) return "created";
  if (!file.changed) return "unchanged";
  const c = file.changes;
  const parts = [
    c.figures > 0 && `${c.figures} ${c.figures === 1 ? "value" : "values"} changed`,
    c.added > 0 && `${c.added} added`,
    c.removed.length > 0 && `${c.removed.length} removed`,
    c.declared > 0 && `${c.declared} declared ${c.declared === 1 ? "total" : "totals"} dropped (computed from the imported figures now)`,
  ].filter(Boolean);
  return `updated: ${parts.join(", ")}`;
}
