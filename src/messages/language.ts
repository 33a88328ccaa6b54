// Which language the user reads: `--lang da|en` when given, else the locale's language (LC_ALL, LC_MESSAGES,
// LANG — the first that is set, as POSIX orders them). Only an English locale (en, en_GB.UTF-8, en_DK.UTF-8, …)
// gives English; every other one gives Danish, the tool's language: no locale at all, C and POSIX (a server's or
// a container's default), da_DK, and any language the tool does not speak.
import type { Lang } from "./index.js";

export function localeLanguage(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en(?:[_.@-]|$)/i.test(locale) ? "en" : "da";
}

/** A `--lang` value, or undefined when it names no language the tool speaks. */
export function parseLanguage(value: string): Lang | undefined {
  const lang = value.trim().toLowerCase();
  return lang === "da" || lang === "en" ? lang : undefined;
}
