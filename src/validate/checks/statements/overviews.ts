// The other overviews' checks: carry-over figures the data states against the rule, and a capital project that
// carries more than it left unspent (overførsler); a closed project above the threshold without its account, an
// account whose year disagrees with Tabel 3, a material deviation without an explanation (anlægsregnskaber); a
// staff row for a committee that does not exist, a stated staff total (personaleoversigt).
import { error, warning, type Problem } from "../../../core/problem.js";
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

type Said = { code: string; message: string };
const err = (at: Parameters<typeof error>[0], s: Said): Problem => error(at, s.code, s.message);
const warn = (at: Parameters<typeof warning>[0], s: Said): Problem => warning(at, s.code, s.message);

export const carryOvers: Check = (_data, figures) =>
  (figures.statements?.overviews.carryOvers.findings ?? []).map((f) => {
    switch (f.kind) {
      case "beyond-rule":
        return err(f.at, carryOverBeyondRule(f.frame.number, f.rule, f.stated, f.derived, f.limit, f.unit));
      case "mismatch":
        return err(f.at, carryOverMismatch(f.frame.number, f.figure, f.stated, f.derived, f.unit));
      case "transfer-beyond-unspent":
        return warn(f.at, transferBeyondUnspent(f.project.id, f.transfer, f.unspent, f.unit));
    }
  });

export const capitalAccounts: Check = (_data, figures) =>
  (figures.statements?.overviews.capitalAccounts.findings ?? []).map((f) => {
    switch (f.kind) {
      case "missing":
        return err(f.at, accountMissing(f.project.id, f.gross, f.threshold, f.inclusive));
      case "this-year":
        return err(f.at, accountThisYear(f.project.id, f.year, f.account, f.actual, f.unit));
      case "explanation":
        return err(f.at, accountExplanation(f.project.id, f.deviation, f.unit));
      case "open":
        return warn(f.at, accountOnOpenProject(f.project.id));
    }
  });

export const staffRows: Check = (_data, figures) =>
  (figures.statements?.overviews.staff?.findings ?? []).map((f) =>
    f.kind === "unknown-committee" ? err(f.at, staffCommitteeUnknown(f.ref, f.known)) : err(f.at, staffTotal(f.column, f.stated, f.derived)),
  );
