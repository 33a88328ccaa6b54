// A data directory through the stages in-process: validated (failing the test on an error), its report model,
// its website — by the same functions the build runs.
import { renderWebsite, type Website } from "../../src/build/stages.js";
import type { Figures } from "../../src/compute/figures.js";
import Handlebars from "handlebars";
import { computeReport, type AccountsReport, type ReportModel } from "../../src/compute/report.js";
import type { ReportData } from "../../src/model/types.js";
import type { DrawnAccounts, DrawnReport } from "../../src/render/charts.js";
import { validateDataDir } from "../../src/validate/index.js";

export function validData(dir: string): { data: ReportData; figures: Figures } {
  const { data, figures, problems } = validateDataDir(dir);
  if (!data || !figures) throw new Error(JSON.stringify(problems.filter((p) => p.severity === "error"), null, 1));
  return { data, figures };
}

/** The main report's model (charts not drawn): what compute makes of the data; an annual report or a follow-up. */
export function reportOf(dir: string): AccountsReport {
  const { data, figures } = validData(dir);
  return accounts(computeReport(data, figures));
}

/** A report of the committees' accounts (annual or follow-up), failing the test on the implementation plan. */
export function accounts<R extends ReportModel | DrawnReport>(report: R | undefined): Exclude<R, { kind: "plan" }> {
  if (!report || report.kind === "plan") throw new Error(`expected an annual report or a follow-up, not ${report?.kind ?? "none"}`);
  return report as Exclude<R, { kind: "plan" }>;
}

/** The website's files and its report (charts drawn), as `build` publishes them and `serve` previews them. */
export function websiteOf(dir: string): Promise<Website> {
  const { data, figures } = validData(dir);
  return renderWebsite(data, figures);
}

/** One page of the website. */
export async function pageOf(dir: string, path: string): Promise<string> {
  const file = (await websiteOf(dir)).files.find((f) => f.path === path);
  if (!file) throw new Error(`the website has no ${path}`);
  return String(file.content);
}

/**
 * The report with its charts' pictures left empty, for tests that render thousands of cases or dozens of hostile
 * data sets: Vega takes some 30 ms a chart. The charts themselves are drawn for real in tests/strategy/charts,
 * in the fuzz test's first valid cases, and with every hostile text at once in tests/xss/print.
 */
export function blankCharts(model: ReportModel): DrawnAccounts {
  const report = accounts(model);
  return { ...report, main: { ...report.main, charts: report.main.charts.map((c) => ({ ...c, image: new Handlebars.SafeString("") })) } };
}
