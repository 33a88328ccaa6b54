// An output file as the stages make it: a path inside the output directory and its content.
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}
