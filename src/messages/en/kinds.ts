// The report kinds (see ../da/kinds.ts).
import type * as da from "../da/kinds.js";

const KIND = { annual: "an annual report", "follow-up": "a budget follow-up", plan: "an implementation plan" };

export const problems: typeof da.problems = {
  "report-and-reports": () => 'give either "report" (one report) or "reports" (a list of reports), not both: move the report into the list',
  "report-kind-twice": (kind, firstLine) =>
    `a second report of kind ${kind} (the first is on line ${firstLine}): the data hold one set of figures for each kind, so each kind is made once — remove one`,
  "duplicate-report-id": (id, firstLine) =>
    `two reports have the id "${id}" (the first on line ${firstLine}): their outputs would collide — give one of them another id`,
  "report-id-reserved": (id) =>
    `the report id "${id}" names a file or directory the build makes itself (site, pdf, xlsx, csv, …): give the report another id`,
  "as-of-missing": (title) => `the follow-up "${title}" needs as_of: the date its figures are as of, e.g. as_of: 2024-08-31`,
  "as-of-date": (value) => `"${value}" is not a date of the calendar: write it as YYYY-MM-DD, e.g. 2024-08-31`,
  "as-of-year": (value, year) =>
    `as_of ${value} is not in ${year} or early ${year + 1}: a follow-up is as of a date in the accounts' year — correct the date or the year`,
  "follow-up-only": (key, kind) =>
    `${key} is used only by a budget follow-up (kind: follow-up), and this report is ${KIND[kind]}: remove ${key}, or make the report a follow-up`,
  "display-decimals/thousands": (decimals) =>
    `t.kr. shows whole thousands, not ${decimals} decimals: write t.kr., or { unit: mio.kr., decimals: ${decimals} } for millions with decimals`,
  "display-decimals/millions": (decimals) =>
    `mio.kr. shows one or three decimals, not ${decimals}: write decimals: 1 or decimals: 3, or t.kr. for whole thousands`,
  "snapshot-missing": (name) =>
    `there is no snapshot "${name}" (snapshots/${name}/snapshot.yaml): make it with "aarsrapport freeze ${name}" while the data hold the figures to compare with, or remove compare_with`,
  "snapshot-name": (name, dir) => `the snapshot in snapshots/${dir}/ calls itself "${name}": a snapshot's name is its directory's — write name: ${dir}`,
  "expected-missing/committee": (committee, title) =>
    `${committee} gives no expected figures (forventet regnskab) at all, and the follow-up "${title}" prints its column (3) blank: add expected: to the lines, financing items and projects`,
  "expected-missing/row": (subject, title) =>
    `${subject} has a budget but no expected figure (forventet regnskab): the follow-up "${title}" prints a blank — add expected: (0 if nothing is expected)`,
  "initiative-project-unknown": (initiative, id) =>
    `${initiative} names capital project ${id}, which no committee has: correct the id, or add the project to a committee's capital:`,
  "initiative-project-ambiguous": (initiative, id, committees) =>
    `${initiative} names capital project ${id}, which ${committees} each have and this initiative's committee does not: move the initiative to the committee that carries the project`,
  "deadline-date": (value) =>
    `deadline "${value}" looks like a date but is none of the calendar: write YYYY-MM-DD (2025-06-30), a year (2025) or words ("2. kvartal 2025")`,
};

export const texts: typeof da.texts = {
  initiative: (nr, topic) => `initiative ${nr} "${topic}"`,
  project: (id) => `capital project ${id}`,
  projectBudget: (id) => `the original budget (budget) of capital project ${id}`,
  and: (names) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`),
  freeze: {
    badName: (name) => `the snapshot name "${name}" must be lower-case letters, digits and dashes, e.g. bo1 or budgetopfoelgning-1`,
    exists: (dir) => `${dir} exists already: choose another name, or give --force to replace it`,
    invalid: "the data have errors: nothing was frozen. Mend them and freeze again.",
    done: (dir, committees, label) => `Frozen ${committees} committee ${committees === 1 ? "file" : "files"} as ${dir}/ ("${label}"). A follow-up compares with it through compare_with.`,
  },
};
