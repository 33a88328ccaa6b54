// How a message shows what it echoes, the same in every language: text from a file or an export cut to one line
// (its double quotes made single, so that they cannot end the message's quotes), and counts grouped in threes as
// Danish numbers are (1.234), as every figure in a message is.

/** A text from the data or an export, as a message shows it: at most `max` characters, on one line. */
export function cut(text: string, max = 80): string {
  return (text.length > max ? `${text.slice(0, max - 3)}…` : text).replace(/[\r\n]+/g, " ").replaceAll('"', "'");
}

/** `"a", "b", "c"`: texts from an export, each cut and quoted. */
export function quoted(values: readonly string[]): string {
  return values.map((v) => `"${cut(v)}"`).join(", ");
}

/** A whole number in Danish format: 20000 → "20.000". */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
