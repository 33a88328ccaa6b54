// The English catalogue: today's English wording, typed as the Danish catalogue, so that a text missing here (or
// there) fails the compiler.
import type { Catalogue } from "../da/index.js";
import * as audit from "./audit.js";
import * as build from "./build.js";
import * as cli from "./cli.js";
import * as figures from "./figures.js";
import * as importing from "./import.js";
import * as init from "./init.js";
import * as kinds from "./kinds.js";
import * as load from "./load.js";
import * as overviews from "./overviews.js";
import * as serve from "./serve.js";
import * as statements from "./statements.js";
import * as validate from "./validate.js";

export const en: Catalogue = {
  problems: { ...load.problems, ...validate.problems, ...importing.problems, ...serve.problems, ...statements.problems, ...kinds.problems, ...overviews.problems },
  load: load.texts,
  validate: validate.texts,
  figures: figures.texts,
  import: importing.texts,
  init: init.texts,
  cli: cli.texts,
  build: build.texts,
  serve: serve.texts,
  statements: statements.texts,
  kinds: kinds.texts,
  audit: audit.texts,
};
