// The other overviews' checks: carry-over figures the data states against the rule, and a capital project that
// carries more than it left unspent (overførsler); a closed project above the threshold without its account, an
// account whose year disagrees with Tabel 3, a material deviation without an explanation (anlægsregnskaber); a
// staff row for a committee that does not exist, a stated staff total (personaleoversigt).
import { error, warning } from "../../../core/problem.js";
import type { Check } from "../check.js";
import {
  accountExplanation,
  accountMissing,
  accountOnOpenProject,
  accountThisYear,
  carryOverBeyondRule,
  carryOverMismatch,
  staffCommitteeUnknown,
  staffTotal,
  transferBeyondUnspent,
} from "./overview-messages.js";


export const carryOvers: Check = (_data, figures) =>
  (figures.statements?.overviews.carryOvers.findings ?? []).map((f) => {
    switch (f.kind) {
      case "beyond-rule":
        return error(f.at, carryOverBeyondRule(f.frame.number, f.rule, f.stated, f.derived, f.limit, f.unit));
      case "mismatch":
        return error(f.at, carryOverMismatch(f.frame.number, f.figure, f.stated, f.derived, f.unit));
      case "transfer-beyond-unspent":
        return warning(f.at, transferBeyondUnspent(f.project.id, f.transfer, f.unspent, f.unit));
    }
  });

export const capitalAccounts: Check = (_data, figures) =>
  (figures.statements?.overviews.capitalAccounts.findings ?? []).map((f) => {
    switch (f.kind) {
      case "missing":
        return error(f.at, accountMissing(f.project.id, f.gross, f.threshold, f.inclusive));
      case "this-year":
        return error(f.at, accountThisYear(f.project.id, f.year, f.account, f.actual, f.unit));
      case "explanation":
        return error(f.at, accountExplanation(f.project.id, f.deviation, f.unit));
      case "open":
        return warning(f.at, accountOnOpenProject(f.project.id));
    }
  });

export const staffRows: Check = (_data, figures) =>
  (figures.statements?.overviews.staff?.findings ?? []).map((f) =>
    f.kind === "unknown-committee" ? error(f.at, staffCommitteeUnknown(f.ref, f.known)) : error(f.at, staffTotal(f.column, f.stated, f.derived)),
  );
