// `aarsrapport build`: runs the pipeline and reports in a way that suits a person at a terminal (progress
// bar, short summary), cron (--quiet: errors only) and CI or scripts (--json: one summary object).
import { build } from "../build/build.js";
import type { BuildOptions, BuildResult } from "../build/stages.js";
import type { Problem } from "../core/problem.js";
import { t } from "../messages/index.js";
import { formatProblems, summaryLine } from "../messages/output.js";
import { BuildLocked } from "../publish/lock.js";
import { EXIT } from "./exit.js";

export interface BuildCommand extends BuildOptions {
  json: boolean;
  quiet: boolean;
}

export async function runBuild(command: BuildCommand): Promise<number> {
  const bar = process.stderr.isTTY && !command.quiet && !command.json ? progressBar() : undefined;
  let result: BuildResult;
  try {
    result = await build({ ...command, onProgress: bar?.update });
  } catch (err) {
    bar?.clear();
    const locked = err instanceof BuildLocked;
    const message = err instanceof Error ? err.message : String(err);
    if (command.json) console.log(JSON.stringify({ status: locked ? "locked" : "failed", error: message }, null, 2));
    else {
      console.error(`aarsrapport: ${locked ? message : t().build.renderingFailed(message)}`);
      console.error(t().build.nothingWritten);
    }
    return locked ? EXIT.locked : EXIT.failed;
  }
  bar?.clear();
  if (command.json) console.log(JSON.stringify(summary(result), null, 2));
  else report(result, command);
  return result.status === "invalid" ? EXIT.invalid : EXIT.ok;
}

function report(result: BuildResult, command: BuildCommand): void {
  const shown = command.quiet ? result.problems.filter((p) => p.severity === "error") : result.problems;
  if (shown.length > 0) printProblems(shown, result.problems, command.dataDir);
  if (result.status === "invalid") {
    console.error(t().build.mendAndBuild);
    return;
  }
  if (command.quiet) return;
  if (result.status === "unchanged") {
    console.log(t().build.unchanged(command.outDir));
    return;
  }
  const list = result.rebuilt.length <= 12 ? `: ${result.rebuilt.join(", ")}` : "";
  console.log(t().build.published(command.outDir, result.rebuilt.length, list, result.kept.length));
  if (result.removed.length > 0) console.log(t().build.noLongerMade(result.removed.join(", ")));
  console.log(t().build.open(command.outDir));
}

function printProblems(shown: Problem[], all: Problem[], dataDir: string): void {
  console.log(formatProblems(shown));
  console.log(`\n${dataDir}: ${summaryLine(all)}.`);
}

/** The --json summary: what a scheduler or CI needs to know about the build. */
function summary(result: BuildResult) {
  return {
    status: result.status,
    rebuilt: result.rebuilt,
    kept: result.kept.length,
    removed: result.removed,
    timings: result.timings,
    problems: result.problems,
    strategy: (result.report?.kind === "plan" ? [] : (result.report?.main.strategy?.targets ?? [])).map((t) => ({ id: t.id, label: t.label, status: t.status })),
    changes: result.changes && {
      compared: result.changes.compared,
      none: result.changes.none,
      committees: result.changes.committees.map((c) => ({ id: c.id, figures: c.figures.length, added: c.added.length, removed: c.removed.length })),
    },
  };
}

/** One line on stderr, redrawn in place: "Udskriver PDF'er [######----] 6/10". */
function progressBar() {
  let drawn = false;
  return {
    update(done: number, total: number): void {
      const width = 24;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      process.stderr.write(`\r${t().build.printing} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`);
      drawn = true;
    },
    clear(): void {
      if (drawn) process.stderr.write("\r\x1b[K");
      drawn = false;
    },
  };
}
