// Tabel 2: the budget-agreement initiatives not yet completed, and a count per status for the text.
import { INITIATIVE_STATUSES, type Committee, type Initiative, type InitiativeStatus } from "../model/types.js";

const STATUS_LABEL: Record<InitiativeStatus, string> = {
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
  /** Not completed, in the data's order: the rows of Tabel 2. */
  outstanding: (Initiative & { statusLabel: string })[];
  byStatus: StatusCount[];
}

export function computeInitiatives(committee: Committee): InitiativesResult {
  const all = committee.initiatives;
  return {
    total: all.length,
    outstanding: all.filter((i) => i.status !== "completed").map((i) => ({ ...i, statusLabel: STATUS_LABEL[i.status] })),
    byStatus: INITIATIVE_STATUSES.map((status) => ({
      status,
      label: STATUS_LABEL[status],
      count: all.filter((i) => i.status === status).length,
    })).filter((s) => s.count > 0),
  };
}
