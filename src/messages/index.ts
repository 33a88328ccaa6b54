// Everything the tool says to a person, in Danish (the default: the users are Danish finance staff) or in English
// (`--lang en` or an English locale): one catalogue per language (da/, en/), the English one typed as the Danish
// one's type, so that a text missing in either language fails the compiler. The language is the process's, set
// once by the CLI before anything speaks (tests set it with setLanguage); every text is looked up when it is said.
//
// Problems: `msg(key, …)` gives a problem's code and its text. The catalogue's `problems` are keyed by the problem's
// code; a code with several texts has one entry per text, keyed "code/variant" (the code is the part before "/").
// Other texts (help, progress, summaries, pages, phrases that messages are built from): `t().<feature>.<name>`.
// How to add a message: docs/architecture.md, "Adding a message".
import type { Message } from "../core/problem.js";
import { da, type Catalogue } from "./da/index.js";
import { en } from "./en/index.js";

export type Lang = "da" | "en";
export const LANGUAGES: Record<Lang, Catalogue> = { da, en };

let current: Lang = "da";

/** Sets the language every text is said in from now on (the CLI does, once, from --lang or the locale). */
export function setLanguage(lang: Lang): void {
  current = lang;
}

export function language(): Lang {
  return current;
}

/** The texts in the current language. */
export function t(): Catalogue {
  return LANGUAGES[current];
}

type ProblemTexts = Catalogue["problems"];
export type ProblemKey = keyof ProblemTexts;
/** The problem code of a catalogue key: "amount-format/danish" → "amount-format". */
export type CodeOf<K extends string> = K extends `${infer C}/${string}` ? C : K;
export type ProblemCode = CodeOf<ProblemKey>;

/** A problem's stable code and its text in the current language. */
export function msg<K extends ProblemKey>(key: K, ...args: Parameters<ProblemTexts[K]>): Message {
  const text = t().problems[key] as (...a: Parameters<ProblemTexts[K]>) => string;
  return { code: codeOf(key), message: text(...args) };
}

export function codeOf<K extends string>(key: K): CodeOf<K> {
  return key.split("/")[0] as CodeOf<K>;
}
