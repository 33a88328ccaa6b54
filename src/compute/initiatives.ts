// Tabel 2: the budget-agreement initiatives not yet completed (or all of them, when the report asks for it),
// and a count per status for the text.
import { INITIATIVE_STATUSES, type Committee, type Initiative, type InitiativeStatus, type ReportSpec } from "../model/types.js";

export const STATUS_LABEL: Record<InitiativeStatus, string> = {
  completed: "Gennemført",
  "in-progress": "I gang",
  delayed: "Forsinket",
  "on-hold": "Sat i bero",
  "not-started": "Ikke igangsat",
};

export interface StatusCount {
  status: InitiativeStatus;
  label: string;
  count: number;
}

export interface InitiativesResult {
  total: number;
  /** The rows of Tabel 2, in the data's order: those not completed, or all. */
  shown: (Initiative & { statusLabel: string })[];
  byStatus: StatusCount[];
}

export function computeInitiatives(committee: Committee, which: ReportSpec["initiatives"] = "outstanding"): InitiativesResult {
  const all = committee.initiatives;
  return {
    total: all.length,
    shown: all.filter((i) => which === "all" || i.status !== "completed").map((i) => ({ ...i, statusLabel: STATUS_LABEL[i.status] })),
    byStatus: statusCounts(all),
  };
}

/** How many initiatives have each status, in the statuses' order; a status nobody has is left out. */
export function statusCounts(initiatives: Initiative[]): StatusCount[] {
  return INITIATIVE_STATUSES.map((status) => ({
    status,
    label: STATUS_LABEL[status],
    count: initiatives.filter((i) => i.status === status).length,
  })).filter((s) => s.count > 0);
}
