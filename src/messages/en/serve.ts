// `aarsrapport serve`: the page the preview shows while the data has errors, and its own problem.
import type * as da from "../da/serve.js";

export const problems: typeof da.problems = {
  "render-failed": (detail) => `the report could not be rendered: ${detail}`,
};

export const texts: typeof da.texts = {
  page: {
    lang: "en",
    title: "Errors in the data",
    heading: "The report cannot be shown: the data has errors",
    mend: "Mend the errors and save the file: the page updates itself.",
  },
  notFound: "Not found",
};
