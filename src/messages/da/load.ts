// Reading the data files: amounts, YAML, files inside the data directory, Markdown limits, daily balances.
import type { Unit } from "../../core/units.js";

const EKSEMPEL = 'skriv et tal som -2455, eller et dansk beløb i anførselstegn som "-2.455" eller "1.234,5"';

const YAML_HINTS = {
  DUPLICATE_KEY: "en nøgle står to gange i samme mapping: fjern eller omdøb den ene",
  TAB_AS_INDENT: "der er rykket ind med tabulator: YAML kræver mellemrum",
  BAD_INDENT: "indrykningen er forkert her: ret nøglen ind efter nøglerne på samme niveau, med mellemrum",
  MISSING_CHAR: "et afsluttende anførselstegn eller en afsluttende parentes mangler",
  MULTILINE_IMPLICIT_KEY: "en nøgle løber over flere linjer: måske mangler et kolon, eller et anførselstegn ovenfor er ikke lukket",
  BLOCK_AS_IMPLICIT_KEY: "en nøgle løber over flere linjer: måske mangler et kolon, eller et anførselstegn ovenfor er ikke lukket",
  UNEXPECTED_TOKEN: "uventet tegn her",
  BAD_ALIAS: "et alias (*navn), som intet anker (&navn) ovenfor definerer",
  BAD_SCALAR_START: "en værdi kan ikke begynde med dette tegn: sæt værdien i anførselstegn",
  DUPLICATE_ANCHOR: "et anker (&navn) er defineret to gange",
  MULTIPLE_DOCS: 'filen indeholder mere end ét YAML-dokument (en linje med "---" begynder et nyt): hav ét dokument pr. fil',
  NON_STRING_KEY: "en nøgle skal være et enkelt ord, ikke en liste eller en mapping",
};

/** "YAML: <vink> (<parserens ord>)"; uden vink et dansk udsagn foran parserens ord. */
const yaml = (parserCode: string, detail: string): string => {
  const hint = (YAML_HINTS as Record<string, string>)[parserCode];
  return hint ? `YAML: ${hint} (${detail})` : `YAML: filen kan ikke læses her (${detail})`;
};

export const problems = {
  // Amounts (src/load/amount.ts); the reader puts the key in front ("adopted: …").
  "amount-type": (found: string) => `forventede et beløb, men fandt ${found}: ${EKSEMPEL}`,
  "amount-not-finite": (source: string) => `${source} er ikke et beløb (ikke et endeligt tal): ${EKSEMPEL}`,
  "amount-format": (source: string) => `${source} er ikke et decimaltal: ${EKSEMPEL}`,
  "amount-format/danish": (text: string, example: boolean) =>
    `"${text}" er ikke et beløb i dansk format (tusindtalspunktum i grupper af tre, decimalkomma, ` +
    `fx "1.234" eller "-2.455" eller "1.234,5")${example ? `: ${EKSEMPEL}` : ""}`,
  "amount-fraction": (source: string, unit: Unit, meant: string) =>
    `${source} har decimaler, men beløb i ${unit} skal være hele tal. ` +
    `Dansk faldgrube: mener du ${meant} (med tusindtalspunktum), læser YAML ${source} som et ` +
    `decimaltal — skriv ${meant}, eller sæt anførselstegn om: "${source}".`,
  "amount-fraction/exponent": (source: string, unit: Unit) => `${source} har decimaler, men beløb i ${unit} skal være hele tal: skriv beløbet som et helt tal`,
  "amount-range": (shown: string) => `${shown} er over ±10^15, for stort til at være et beløb: kontrollér tallet`,

  // Files (src/load/data-file.ts, yaml.ts, text.ts). `kind` is texts.fileKind, in its definite form.
  "file-outside": (path: string, example: string) => `"${path}" peger uden for datamappen: angiv en sti inden i den, fx ${example}`,
  "file-outside/link": (path: string) => `"${path}" er et link til en fil uden for datamappen: kopiér filen ind i datamappen`,
  "file-missing/reference": (kind: string, path: string) => `${kind} "${path}" findes ikke (stier regnes fra datamappen)`,
  "file-missing/not-a-file": (path: string) => `"${path}" er ikke en fil`,
  "file-too-large": (kind: string, path: string, size: string, limit: string) =>
    `${kind} "${path}" fylder ${size} MB, mere end de ${limit} MB, en datafil må fylde: kontrollér, at det er den rigtige fil`,
  "file-too-large/data-file": (file: string, size: string, limit: string) =>
    `${file} fylder ${size} MB, mere end de ${limit} MB, en datafil må fylde: kontrollér, at det er den rigtige fil`,
  "file-unreadable": (reason: string) => `filen kan ikke læses: ${reason}`,
  "file-unreadable/not-a-file": (file: string) => `${file} er ikke en almindelig fil: læg en YAML-fil her`,
  "invalid-utf8": () => "filen er ikke gyldig UTF-8 (måske gemt som Windows-1252 eller Latin-1): gem den som UTF-8",
  "invalid-utf8/utf16": () => 'filen er gemt som UTF-16 (Excels "Unicode-tekst"): gem den som UTF-8',
  "invalid-utf8/markdown": (path: string) => `Markdown-filen "${path}" er ikke gyldig UTF-8: gem den som UTF-8`,
  "invalid-utf8/balances": (path: string) => `saldofilen "${path}" er ikke gyldig UTF-8: gem den som UTF-8 (CSV UTF-8 i Excel)`,

  // YAML (src/load/yaml.ts, yaml-errors.ts, yaml-limits.ts). `detail` is the YAML parser's own (English) words.
  "yaml-syntax": (parserCode: string, detail: string) => yaml(parserCode, detail),
  "yaml-syntax/unclosed": (opened: "quote" | "[" | "{", endLine: number) => {
    const [what, closer] = { quote: ["anførselstegnet", "det afsluttende anførselstegn"], "[": ["[", "]"], "{": ["{", "}"] }[opened];
    return `YAML: ${what}, der åbnes her, lukkes aldrig (filen slutter, eller indrykningen falder tilbage, i linje ${endLine}): tilføj ${closer}`;
  },
  "yaml-syntax/alias": (name: string) => `YAML: aliaset *${name} har intet anker &${name} ovenfor: sæt ankeret på værdien først, eller skriv værdien ud her`,
  "duplicate-key": (detail: string) => yaml("DUPLICATE_KEY", detail),
  "yaml-version": (version: string) => `YAML: filen angiver %YAML ${version}, men dette værktøj læser YAML 1.2 (hvor "yes" er tekst, og "<<" ikke fletter noget): fjern %YAML-linjen`,
  "yaml-too-deep": (max: number) =>
    `YAML: listerne og mappingerne her er indlejret mere end ${max} niveauer dybt, langt ud over enhver datafil: ` +
    "kontrollér parenteserne og indrykningen (måske en indsat tekst eller en eksport)",
  "yaml-aliases": (max: string) => `YAML: filen bruger mere end ${max} aliaser (*navn): skriv værdierne ud i stedet`,
  "yaml-aliases/self": (name: string) => `YAML: aliaset *${name} står inde i den værdi, &${name} navngiver, som så ville indeholde sig selv uden ende: skriv værdien ud`,
  "yaml-aliases/expansion": () =>
    "YAML: aliaserne (*navn) herfra udfolder sig til langt mere data, end filen indeholder (et alias af aliaser af aliaser): skriv værdierne ud",
  "yaml-tag": (tag: string) => `YAML: tagget ${tag} understøttes ikke: fjern det, og skriv værdien som den er`,

  // Markdown (src/load/markdown-limits.ts).
  "text-too-long": (length: string, max: string) =>
    `teksten har ${length} tegn, mere end de ${max}, en tekst må have (cirka otte sider): forkort den, eller fordel den på flere afsnit`,
  "text-too-many-marks": (max: string) =>
    `afsnittet, der begynder her, har mere end ${max} tegn til fremhævning og links (* _ ~ [ ] \`): del det op i kortere afsnit, eller skriv tegnene som \\*, hvis de skal stå som tekst`,
  "text-too-deep": (max: number) =>
    `teksten indlejrer citater, lister eller fremhævning mere end ${max} niveauer dybt: skriv den med færre niveauer (se efter en række ">" eller indrykkede "-")`,

  // Daily balances (src/load/daily-balances.ts).
  "balance-header": (found: string) => `første linje skal være overskriften "date;balance" (eller "dato;saldo"), men er "${found}": tilføj overskriftslinjen over den første dag`,
  "balance-row": (fields: number, semicolon: boolean) =>
    `forventede to felter "dato;saldo", fandt ${fields}${semicolon ? ": adskil dato og saldo med semikolon (;)" : ": skriv én dag pr. linje, fx 2024-01-31;937.012.345,67"}`,
  "balance-date": (text: string) => `"${text}" er ikke en dato: skriv den som 2024-01-31 (eller 31-01-2024)`,
  "balance-missing": (date: string) => `${date} har ingen saldo: hver kalenderdag skal have én (i weekender og på helligdage gentages den seneste saldo)`,
};

export const texts = {
  /** What a YAML node is, in a message: "found …". */
  kind: {
    nothing: "ingenting",
    empty: "en tom værdi",
    text: "tekst",
    number: "et tal",
    boolean: "en sandhedsværdi",
    list: "en liste",
    mapping: "en mapping",
    value: "en værdi",
  },
  /** The kinds of file the data references, as the file messages name them. */
  fileKind: { data: "datafilen", markdown: "Markdown-filen", balances: "saldofilen" },
  /** The YAML parser's error codes with a hint in plain words. */
  yamlHints: YAML_HINTS as Record<keyof typeof YAML_HINTS, string>,
  balanceOf: (date: string, message: string) => `saldo for ${date}: ${message}`,
};
