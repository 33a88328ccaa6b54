// The pipeline as functions the CLI, the tests and (later) the preview server share:
// load → validate → compute → render → publish.
import { join } from "node:path";
import { computeReport, type ReportModel } from "./compute/report.js";
import { renderSite } from "./render/html.js";
import { replaceDirectory } from "./publish/write.js";
import { validateDataDir } from "./validate/index.js";
import type { Problem } from "./validate/problem.js";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
}

export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  report?: ReportModel;
  written: string[];
}

export function build({ dataDir, outDir }: BuildOptions): BuildResult {
  const { data, problems } = validateDataDir(dataDir);
  if (!data) return { ok: false, problems, written: [] };
  const report = computeReport(data);
  const site = renderSite(report);
  replaceDirectory(join(outDir, "site"), site);
  return { ok: true, problems, report, written: site.map((f) => `site/${f.path}`) };
}
