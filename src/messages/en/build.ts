// `aarsrapport build` as a person at a terminal reads it, and what the stages it runs say when they cannot go on.
import type * as da from "../da/build.js";

export const texts: typeof da.texts = {
  printing: "Printing PDFs",
  renderingFailed: (message) => `rendering failed: ${message}`,
  nothingWritten: "Nothing was written: the last published output is unchanged.",
  mendAndBuild: "Nothing was written: mend the errors above and build again.",
  unchanged: (out) => `Nothing changed since the published build in ${out}/: nothing to do.`,
  published: (out, made, list, kept) => `Published ${out}/: ${made} outputs made${list}; ${kept} unchanged.`,
  noLongerMade: (list) => `No longer made: ${list}.`,
  open: (out) => `Open ${out}/site/index.html; what changed: ${out}/changes.html.`,
  locked: (out, pid, started, file) =>
    `another build is running on ${out} (process ${pid}, started ${started}): ` +
    `wait for it (build --wait SECONDS), or remove ${file} if no such build is running`,
  browserPath: (path) => `PUPPETEER_EXECUTABLE_PATH is set to "${path}", but there is no file there: correct it or unset it`,
  noBrowser:
    "No Chrome or Chromium browser found to print the PDFs. Install one — on Debian/Ubuntu: " +
    "`apt-get install chromium` (or run `npm run setup`, which does it) — or set PUPPETEER_EXECUTABLE_PATH to a browser binary.",
  printFailed: (name, first, second) => `printing ${name} failed twice (${first}; then ${second})`,
  pageCrashed: (detail) => `the page crashed: ${detail}`,
  noPdfAfter: (seconds) => `no PDF after ${seconds} s`,
  dataPageId: (page) => `a committee's id makes its page ${page}, the name of the page "Data til genbrug": give the committee another id`,
};
