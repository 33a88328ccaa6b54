// Every problem and every line of output the report kinds bring (the reports a data directory makes, budget
// follow-ups and their snapshots, the implementation plan, display units), each built in one place with its
// code, so that the texts can move into the message catalogue without touching the code that finds the
// problems. A message says what is wrong and how to mend it; where it stands is the problem's position.
// English for now, as the catalogue will take them over; codes are stable kebab-case words.

export interface Message {
  code: string;
  message: string;
}

const m = (code: string, message: string): Message => ({ code, message });

// The reports of a data directory (municipality.yaml: report / reports).
export const reportAndReports = () =>
  m("report-and-reports", 'give either "report" (one report) or "reports" (a list of reports), not both: move the report into the list');
export const reportKindTwice = (kind: string, firstLine: number) =>
  m(
    "report-kind-twice",
    `a second ${kind} report (the first is on line ${firstLine}): the data hold one set of figures for each kind, so each kind is made once — remove one`,
  );
export const reportIdTwice = (id: string, firstLine: number) =>
  m("duplicate-report-id", `two reports have the id "${id}" (the first on line ${firstLine}): their outputs would collide — give one of them another id`);
export const reportIdReserved = (id: string) =>
  m("report-id-reserved", `the report id "${id}" names a file or directory the build makes itself (site, pdf, xlsx, csv, …): give the report another id`);
export const asOfMissing = (title: string) =>
  m("as-of-missing", `the follow-up "${title}" needs as_of: the date its figures are as of, e.g. as_of: 2024-08-31`);
export const asOfNotDate = (value: string) =>
  m("as-of-date", `"${value}" is not a date of the calendar: write it as YYYY-MM-DD, e.g. 2024-08-31`);
export const asOfOutsideYear = (value: string, year: number) =>
  m("as-of-year", `as_of ${value} is not in ${year} or early ${year + 1}: a follow-up is as of a date in the accounts' year — correct the date or the year`);
export const followUpOnly = (key: string, kind: string) =>
  m("follow-up-only", `${key} is used only by a budget follow-up (kind: follow-up), and this report is ${kind}: remove ${key}, or make the report a follow-up`);
export const displayDecimals = (unit: string, decimals: number) =>
  m(
    "display-decimals",
    unit === "t.kr."
      ? `t.kr. shows whole thousands, not ${decimals} decimals: write t.kr., or { unit: mio.kr., decimals: ${decimals} } for millions with decimals`
      : `mio.kr. shows one or three decimals, not ${decimals}: write decimals: 1 or decimals: 3, or t.kr. for whole thousands`,
  );

// Budget follow-ups.
export const snapshotMissing = (name: string) =>
  m(
    "snapshot-missing",
    `there is no snapshot "${name}" (snapshots/${name}/snapshot.yaml): make it with "aarsrapport freeze ${name}" while the data hold the figures to compare with, or remove compare_with`,
  );
export const snapshotNameDiffers = (name: string, dir: string) =>
  m("snapshot-name", `the snapshot in snapshots/${dir}/ calls itself "${name}": a snapshot's name is its directory's — write name: ${dir}`);
export const expectedMissingCommittee = (committee: string, title: string) =>
  m(
    "expected-missing",
    `${committee} gives no forventet regnskab (expected) at all, and the follow-up "${title}" prints its column (3) blank: add expected: to the lines, financing items and projects`,
  );
export const expectedMissingRow = (subject: string, title: string) =>
  m("expected-missing", `${subject} has a budget but no forventet regnskab: the follow-up "${title}" prints a blank — add expected: (0 if nothing is expected)`);

// The implementation plan: initiatives and the capital projects that carry them.
export const initiativeProjectUnknown = (initiative: string, id: string) =>
  m("initiative-project-unknown", `${initiative} names project ${id}, which no committee has: correct the id, or add the project to a committee's capital:`);
export const initiativeProjectAmbiguous = (initiative: string, id: string, committees: string[]) =>
  m(
    "initiative-project-ambiguous",
    `${initiative} names project ${id}, which ${committees.join(" and ")} all have and this initiative's committee does not: move the initiative to the committee that carries the project`,
  );
export const deadlineNotDate = (value: string) =>
  m("deadline-date", `deadline "${value}" looks like a date but is none of the calendar: write YYYY-MM-DD (2025-06-30), a year (2025) or words ("2. kvartal 2025")`);

// aarsrapport freeze.
export const FREEZE_SUMMARY = "keep the committees' current figures as a named snapshot a follow-up can compare with";
export const FREEZE_USAGE = `aarsrapport freeze NAME [DATA_DIR] [--label TEXT] [--force]

Keeps the current figures of every committee file in DATA_DIR (default: data/) as the snapshot NAME:
  DATA_DIR/snapshots/NAME/snapshot.yaml        its name, label and date (as_of of the follow-up)
  DATA_DIR/snapshots/NAME/committees/*.yaml    each committee file's figures as they are now
Plain YAML, to review and commit like the data. A follow-up that says compare_with: NAME prints the column
"Ændring siden <label>" and a list of the changes per committee. Freeze after a follow-up is approved, before
the figures are updated for the next one. The data must be valid; an existing snapshot is never overwritten
unless --force is given.

Options:
  --label TEXT   how the report names the snapshot, e.g. "1. budgetopfølgning" (default: the follow-up's
                 title, or NAME)
  --force        replace an existing snapshot of that name
  -h, --help     show this help

Exit status: 0 frozen, 1 the data have errors (nothing written), 2 usage error or the snapshot exists.`;
export const freezeBadName = (name: string) =>
  `the snapshot name "${name}" must be lower-case letters, digits and dashes, e.g. bo1 or budgetopfoelgning-1`;
export const freezeExists = (dir: string) => `${dir} exists already: choose another name, or give --force to replace it`;
export const freezeInvalid = () => "the data have errors: nothing was frozen. Mend them and freeze again.";
export const freezeDone = (dir: string, committees: number, label: string) =>
  `Frozen ${committees} committee files as ${dir}/ ("${label}"). A follow-up compares with it through compare_with.`;
