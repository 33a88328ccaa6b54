// Every problem the report kinds bring (the reports a data directory makes, budget follow-ups and their
// snapshots, the implementation plan, display units), one function each; the texts are the catalogue's
// (src/messages/da/kinds.ts, en/kinds.ts). A message says what is wrong and how to mend it; where it stands is
// the problem's position.
import type { ReportKind } from "../model/types.js";
import { msg, t } from "../messages/index.js";

// The reports of a data directory (municipality.yaml: report / reports).
export const reportAndReports = () => msg("report-and-reports");
export const reportKindTwice = (kind: ReportKind, firstLine: number) => msg("report-kind-twice", kind, firstLine);
export const reportIdTwice = (id: string, firstLine: number) => msg("duplicate-report-id", id, firstLine);
export const reportIdReserved = (id: string) => msg("report-id-reserved", id);
export const asOfMissing = (title: string) => msg("as-of-missing", title);
export const asOfNotDate = (value: string) => msg("as-of-date", value);
export const asOfOutsideYear = (value: string, year: number) => msg("as-of-year", value, year);
export const followUpOnly = (key: string, kind: ReportKind) => msg("follow-up-only", key, kind);
export const displayDecimals = (unit: "t.kr." | "mio.kr.", decimals: number) =>
  unit === "t.kr." ? msg("display-decimals/thousands", decimals) : msg("display-decimals/millions", decimals);

// Budget follow-ups.
export const snapshotMissing = (name: string) => msg("snapshot-missing", name);
export const snapshotNameDiffers = (name: string, dir: string) => msg("snapshot-name", name, dir);
export const expectedMissingCommittee = (committee: string, title: string) => msg("expected-missing/committee", committee, title);
export const expectedMissingRow = (subject: string, title: string) => msg("expected-missing/row", subject, title);

// The implementation plan: initiatives and the capital projects that carry them.
export const initiativeProjectUnknown = (initiative: string, id: string) => msg("initiative-project-unknown", initiative, id);
export const initiativeProjectAmbiguous = (initiative: string, id: string, committees: string[]) =>
  msg("initiative-project-ambiguous", initiative, id, t().kinds.and(committees));
export const deadlineNotDate = (value: string) => msg("deadline-date", value);
