// The compute stage: validated data and its figures in, the whole report model out — every row and figure
// already summed, so that rendering only lays things out.
import type { FrontSection, ReportData } from "../model/types.js";
import { computeCommittee, type CommitteeModel } from "./committee.js";
import type { Figures } from "./figures.js";
import { computeMainResults, type MainResults } from "./main-results.js";
import { statementsModel } from "./statements/report.js";
import type { StatementsModel } from "./statements/sections.js";

export interface ReportModel {
  municipality: { name: string; year: number; title: string };
  front: FrontSection[];
  /** Hovedresultater: the strategy's compliance box, the summaries per committee, the charts. */
  main: MainResults;
  /** Årsregnskabet's statements; absent without statements.yaml. */
  statements?: StatementsModel;
  committees: CommitteeModel[];
}

export function computeReport(data: ReportData, figures: Figures): ReportModel {
  const { municipality, committees } = data;
  const year = municipality.year;
  const frameCount = committees.reduce((n, c) => n + c.frames.length, 0);
  return {
    municipality: { name: municipality.name, year, title: municipality.title },
    front: municipality.sections,
    main: computeMainResults(data, figures),
    ...(figures.statements && { statements: statementsModel(figures.statements, year) }),
    committees: committees.map((c) => computeCommittee(c, figures.of(c), year, frameCount)),
  };
}
