// The audit trail: where each printed figure comes from, as figures.csv and the preview say it.
import type * as da from "../da/audit.js";
import { count } from "../words.js";

export const texts: typeof da.texts = {
  parts: {
    committees: "the committees' totals",
    committeeGroups: (group) => `the committees' subtotals ${group === "inside" ? "inside" : "outside"} the service frame`,
    capital: "the committees' capital totals",
    financing: "the committees' financing totals",
    targetDifference: "result − target",
    unspent: "adjusted budget − actual",
    dailyMean: "the mean of the daily balances",
    otherDebt: "total debt − elderly housing debt",
    share: "spent / adjusted budget × 100",
    perCitizen: "the amount / the population",
  },
  source: {
    sum: (count, of) => `sum of ${count}: ${of}`,
    difference: (of) => `difference: ${of}`,
    other: (of) => `computed: ${of}`,
    unnamed: "computed",
    sumUnnamed: (count) => `sum of ${count} figures`,
    differenceUnnamed: "difference of two figures",
    agrees: (at) => `declared at ${at}, reconciled: no difference`,
    rounding: (at, difference) => `declared at ${at}, reconciled: rounding difference ${difference}`,
    disagrees: (declared, at) => `declared ${declared} at ${at} disagrees with the computed figure, which is shown`,
    unknown: "unknown source",
  },
  heads: {
    table: "Table",
    rowNumber: "Row no.",
    row: "Row",
    column: "Column",
    printed: "Printed",
    exact: "Exact value",
    unit: "Unit",
    source: "Source",
    position: "Position",
  },
  preview: {
    bar: "Preview",
    figuresLink: "Every figure and its source (audit trail)",
    figuresTitle: "Audit trail: every figure and its source",
    figuresIntro: (count) =>
      `Each of the report's ${count} figures with its table, row, column, printed and exact value, and where it comes from. The same as out/audit/figures.csv.`,
    problemsHeading: (errors, warnings) => `The data has ${count(errors)} ${errors === 1 ? "error" : "errors"} and ${count(warnings)} ${warnings === 1 ? "warning" : "warnings"}`,
    problemsIntro: "The report is shown as far as the data can be read; build publishes nothing until the errors are mended. Each problem is marked at its row and figure.",
    warningsIntro: "The warnings are marked at their row and figure; build publishes despite warnings.",
    mark: (n) => `problem ${n}`,
    declared: (value) => `declared ${value}`,
    computed: (value) => `computed ${value}`,
    open: "Click to open the file in the editor",
    pageId: (page) => `a committee's id gives the page ${page}, which is the name of the preview's audit trail: give the committee another id`,
  },
};
