// index.html at the top of the output when the data make several reports (the annual report, a budget
// follow-up, the implementation plan): one page that names each and links its website, its full PDF and its
// workbook, side by side. With one report there is no such page: site/index.html is the report.
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { ReportModel } from "../compute/report.js";
import { reportFileName } from "../print/covers.js";
import { tidy } from "./html.js";
import { TEMPLATE_DIR } from "./paths.js";

export const REPORTS_INDEX = "index.html";

const KIND: Record<ReportModel["kind"], string> = { annual: "Årsrapport", "follow-up": "Budgetopfølgning", plan: "Udmøntningsplan" };

/** `dir`: where the report's outputs are, inside the output directory ("" or "budgetopfoelgning-2-2024/"). */
export function renderReportsIndex(reports: { report: ReportModel; dir: string }[], pdf: boolean): string {
  const template = Handlebars.compile(readFileSync(`${TEMPLATE_DIR}reports-index.hbs`, "utf8"));
  const first = reports[0]!.report;
  return tidy(
    template({
      municipality: first.municipality.name,
      year: first.municipality.year,
      reports: reports.map(({ report, dir }) => ({
        title: report.municipality.title,
        kind: KIND[report.kind],
        site: `${dir}site/index.html`,
        ...(pdf && { pdf: `${dir}pdf/${reportFileName(report)}` }),
      })),
    }),
  );
}
