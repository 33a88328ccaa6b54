// Everything `aarsrapport init` says to its user. (The files it writes are Danish in every language.)
import type * as da from "../da/init.js";

export const texts: typeof da.texts = {
  summary: "start a new municipality's data directory (the municipality, its committees, the text files)",
  usage: `aarsrapport init DIR --municipality "Name Kommune" --year YEAR --committees "Committee, Committee, …"

Writes a new data directory for a municipality's annual report, ready to fill in or import into:
  DIR/municipality.yaml        the municipality, the accounting year and the report's front sections
  DIR/committees/NN-<id>.yaml  one file per committee, in the order the committees are given, with empty
                               frames, initiatives and capital projects
  DIR/text/                    one Markdown file per text section of the report
  DIR/README.md                what to do next, step by step (in Danish)
The directory is validated at once. It must be new or empty: init never overwrites anything.

Options:
  --municipality NAME  the municipality's name, e.g. "Eksempel Kommune" (required)
  --year YEAR          the accounting year, e.g. 2025 (required)
  --committees LIST    the committees' names separated by commas, e.g. "Klima- og Miljøudvalget, Økonomiudvalget"
                       (required; Økonomiudvalget usually comes last)
  --lang da|en         the language of messages (default: Danish; English with an English LANG)
  -h, --help           show this help

Exit status: 0 created, 2 usage error or the directory is not empty (nothing written).`,
  missingDir: "give DIR: the new data directory, e.g. data",
  tooManyArguments: (args) => `too many arguments: ${args.join(" ")} (give one DIR)`,
  missingMunicipality: '--municipality is missing: the municipality\'s name, e.g. --municipality "Eksempel Kommune"',
  missingYear: "--year is missing: the accounting year, e.g. --year 2025",
  badYear: (value) => `--year must be a year between 2000 and 2100, not "${value}"`,
  missingCommittees: '--committees is missing: the committees\' names separated by commas, e.g. --committees "Klima- og Miljøudvalget, Økonomiudvalget"',
  emptyCommittee: "--committees has an empty name (two commas in a row, or a comma at the end): write each committee's name between the commas",
  duplicateCommittee: (name) => `the committee "${name}" is named twice in --committees: name each committee once`,
  notADirectory: (dir) => `"${dir}" exists and is not a directory: choose a name for a new directory`,
  notEmpty: (dir, entries) =>
    `the directory "${dir}" exists and is not empty (${entries} ${entries === 1 ? "file or directory" : "files or directories"}): init writes only into a new or empty directory, so that nothing is overwritten. Choose another directory, or empty this one first.`,
  invalid: (dir) => `the files written in "${dir}" do not pass validation (see above). That is a fault in aarsrapport: please report it, with the command you ran.`,
  created: (dir, committees, texts) =>
    `Created ${dir}/: municipality.yaml, ${committees} committee ${committees === 1 ? "file" : "files"}, ${texts} text files and README.md. The data is valid.`,
  next: (dir) => `The next steps are in ${dir}/README.md. Watch the report while you write: aarsrapport serve ${dir}`,
};
