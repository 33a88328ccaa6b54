// A file of the output directory as a stage makes it: its path inside the output (e.g. "site/index.html", or
// inside the stage's own folder, e.g. "index.html") and its content. The one shape every stage hands on.
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** An output the build makes anew (with content) or keeps as the published build has it (without). */
export type MadeOrKept<F extends OutputFile = OutputFile> = Omit<F, "content"> & Partial<Pick<F, "content">>;
