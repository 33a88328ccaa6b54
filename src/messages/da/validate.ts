// Validating the data: the schema's findings, what reading a file checks, the checks across files, the judge.
import type { Unit } from "../../core/units.js";
import { SCHEMA_HINTS } from "./schema-hints.js";

/** The 365 days the kassekreditreglen averages. */
export interface BalanceWindow {
  days: number;
  first: string;
  last: string;
}

/** A declared or stated figure against what the data derives for it, every figure formatted. */
export interface Reconciled {
  subject: string;
  column: string;
  declared: string;
  parts: string;
  derived: string;
  /** With its sign: "+1", "-25". */
  difference: string;
  unit: Unit;
}

type SchemaName = "committee" | "municipality" | "mapping" | "statements" | "snapshot";
type Direction = "over" | "under";

const subject = (where: string): string => (where ? `${where}: ` : "");
const withHint = (text: string, hint: string | undefined): string => (hint ? `${text}. ${hint}` : text);
const need = (w: BalanceWindow): string => `kassekreditreglen tager gennemsnittet af de ${w.days} dage fra ${w.first} til ${w.last}`;
const SCHEMA_FILE: Record<SchemaName, string> = {
  committee: "udvalgsfil",
  municipality: "kommunefil",
  mapping: "mappingfil",
  statements: "opgørelsesfil (statements.yaml)",
  snapshot: "øjebliksbilledfil",
};
const OVER_UNDER: Record<Direction, string> = { over: "merforbrug", under: "mindreforbrug" };
const TABLE = {
  operations: "Tabel 1",
  capital: "anlægstabellen",
  front: "regnskabets opgørelser og rapportens totaler",
  followUpOperations: "budgetopfølgningens Tabel 1",
  followUpCapital: "budgetopfølgningens anlægstabel",
};

export const problems = {
  // The data directory (src/validate/index.ts).
  "file-missing": (file: string, schema: SchemaName) => `${file} mangler: enhver datamappe skal have den (se schema/${schema}.schema.json)`,
  "no-committees": (dir: string) => `der er ingen udvalgsfiler: læg én YAML-fil pr. udvalg i ${dir}/ (se schema/committee.schema.json)`,

  // The schema's findings (src/validate/schema.ts); `where` is the path, e.g. `bevillingsramme 10.30, indsatsområde "Trafik", adjusted`.
  "not-a-mapping": (found: string | undefined, schema: SchemaName) =>
    `${found === undefined ? "filen er tom" : `filen indeholder ${found}`}: en ${SCHEMA_FILE[schema]} skal være en mapping af nøgler (se schema/${schema}.schema.json)`,
  "unknown-key": (where: string, key: string, guess: string | undefined, known: string[]) =>
    `${subject(where)}ukendt nøgle "${key}"` + (guess ? ` — mente du "${guess}"?` : ".") + ` Kendte nøgler her: ${known.join(", ")}`,
  "missing-key": (where: string, key: string) => `${subject(where)}nøglen "${key}" mangler: tilføj den`,
  "wrong-type": (where: string, expected: string, found: string, hint: string | undefined) => withHint(`${subject(where)}forventede ${expected}, men fandt ${found}`, hint),
  "not-allowed": (where: string, value: string, allowed: string[], guess: string | undefined) =>
    `${subject(where)}${value} er ikke tilladt: brug en af ${allowed.join(", ")}` + (guess ? ` (mente du "${guess}"?)` : ""),
  "wrong-form": (where: string, value: string, hint: string | undefined) => withHint(`${subject(where)}${value} har ikke den krævede form`, hint),
  "wrong-form/one-of": (where: string, found: string, hint: string | undefined) => withHint(`${subject(where)}har den forkerte form (fandt ${found})`, hint),
  "empty-value": (where: string) => `${subject(where)}må ikke være tom`,
  "out-of-range": (where: string, value: string, comparison: string, limit: string) => `${subject(where)}${value} er uden for det tilladte: skal være ${comparison} ${limit}`,
  // `ajv`: the schema validator's own (English) words, which the English catalogue shows as they are.
  "schema/min-items": (where: string, limit: number, _ajv: string) => `${subject(where)}skal have mindst ${limit} ${limit === 1 ? "punkt" : "punkter"}`,
  "schema/max-length": (where: string, limit: number, _ajv: string) => `${subject(where)}må højst have ${limit} tegn`,
  "schema/const": (where: string, allowed: string, _ajv: string) => `${subject(where)}skal være ${allowed}`,
  schema: (where: string, ajv: string) => `${subject(where)}er ikke gyldig (${ajv})`,

  // Reading a committee file (src/validate/read-committee.ts).
  "service-missing": (frame: string, line: string) =>
    `bevillingsramme ${frame}, indsatsområde "${line}": der står ikke, om indsatsområdet er inden for eller uden for servicerammen: ` +
    `tilføj "service: inside" eller "service: outside" på indsatsområdet, eller en fælles "service:" på bevillingsrammen`,
  "id-lowercase": (id: string, upper: string) => `projektnummeret "${id}" er skrevet med lille a: det læses som ${upper}; skriv det med stort A`,
  "closed-with-transfer": (id: string) =>
    `anlægsprojekt ${id} er regnskabsaflagt (closed: true, vises som "R") og har også en forventet overførsel (transfer): ` +
    `et regnskabsaflagt projekt overfører intet — fjern "transfer" eller "closed: true"`,
  "duplicate-frame-number": (number: string, line: number) =>
    `bevillingsramme ${number} står to gange (første gang i linje ${line}): hver bevillingsramme står én gang — fjern eller omnummerér den ene`,
  "duplicate-financing-number": (number: string, line: number) =>
    `finansieringspost ${number} står to gange (første gang i linje ${line}): hver finansieringspost står én gang — fjern eller omnummerér den ene`,
  "duplicate-capital-project-id": (id: string, line: number) =>
    `anlægsprojekt ${id} står to gange (første gang i linje ${line}): et projekt står én gang pr. udvalg — fjern eller omnummerér det ene`,

  // Reading the economic strategy (src/validate/read-targets.ts).
  "duplicate-target-id": (id: string, line: number) => `målet ${id} står to gange (også i linje ${line}): giv hvert mål sit eget id`,
  "duplicate-year": (year: string, line: number) => `året ${year} står to gange (også i linje ${line}): angiv hvert år én gang`,
  "duplicate-history-year": (year: string, line: number) => `året ${year} står to gange i history (også i linje ${line}): angiv hvert år én gang`,
  "duplicate-debt-year": (year: string, line: number) => `gælden for ${year} står to gange (også i linje ${line}): angiv hvert års gæld én gang`,
  "liquidity-twice": (year: number) => `${year}: angiv enten "liquidity" (gennemsnittet) eller "daily_balances" (til at beregne det), ikke begge`,
  "citizens-missing": (year: number, reportYear: number) => {
    const basis = year === reportYear ? "og population.liquidity_basis er ikke angivet" : `population.liquidity_basis gælder kun for ${reportYear}`;
    return `${year}: likviditet pr. borger kræver antallet af borgere: tilføj "citizens" (${basis})`;
  },
  "period-order": (from: number, to: number) => `perioden løber fra ${from} til ${to}: "from" må ikke ligge efter "to"`,
  "debt-year-missing": (year: number, atStart: boolean) => {
    const why = atStart ? `gælden ved periodens start (ultimo ${year})` : `gælden nu (ultimo ${year})`;
    return `gældsafviklingen beregnes ud fra ${why}: tilføj "- { year: ${year}, total: … }" under debt`;
  },

  // The 365 days of daily balances (src/validate/daily-balances.ts).
  "balance-duplicate-date": (date: string, line: number) => `${date} står to gange (også i linje ${line}): behold én saldo pr. dag`,
  "balance-too-few-days": (w: BalanceWindow) => `${need(w)}, men filen har ingen af dem: tilføj en saldo for hver af de dage`,
  "balance-too-few-days/start": (w: BalanceWindow, has: number, start: string, until: string) =>
    `færre end ${w.days} dage: ${need(w)}; filen har ${has} af dem, fra ${start}: tilføj saldiene fra ${w.first} til ${until}`,
  "balance-too-few-days/end": (w: BalanceWindow, has: number, end: string, from: string) =>
    `færre end ${w.days} dage: ${need(w)}; filen har ${has} af dem, til ${end}: tilføj saldiene fra ${from} til ${w.last}`,
  "balance-days-missing": (w: BalanceWindow, after: string, from: string, to: string, missing: number) => {
    const span = missing === 1 ? `${from} mangler` : `${from} til ${to} mangler (${missing} dage)`;
    return `et hul før ${after}: ${span}; ${need(w)}: tilføj en saldo for hver kalenderdag (i weekender og på helligdage gentages den seneste saldo)`;
  },

  // The checks across files (src/validate/checks/).
  "duplicate-committee-id": (id: string, file: string) => `udvalgs-id'et "${id}" bruges to gange (også i ${file}): giv hvert udvalg sit eget id`,
  "duplicate-order": (order: number, file: string) =>
    `order ${order} bruges også af ${file}: giv hvert udvalg sin egen order, så rapportens rækkefølge er entydig`,
  "duplicate-frame-number/committees": (number: string, committee: string, file: string) =>
    `bevillingsramme ${number} hører også til ${committee} (${file}): en bevillingsramme hører til ét udvalg`,
  // The judge (src/validate/checks/judge.ts): `statement` is texts.declared or texts.stated.
  "rounding-difference": (statement: string, limit: string, unit: Unit) => `afrundingsdifference: ${statement}; inden for de ±${limit} ${unit}, som afrunding af delene kan forklare`,
  "total-mismatch": (statement: string, limit: string, unit: Unit) =>
    `${statement}, mere end afrunding kan forklare (±${limit} ${unit}): ret det angivne tal eller de tal, det summerer, ` +
    `eller fjern det angivne tal, så det beregnede vises`,
  "result-mismatch": (statement: string, column: string) => `${statement}: ret det oplyste tal eller de tal, det kommer fra, eller fjern "${column}", så det beregnede vises`,
  "text-figure": (written: string, direction: Direction | undefined, table: keyof typeof TABLE) => {
    const name = direction && OVER_UNDER[direction];
    const what = name ? `et ${name} på ${written} mio. kr.` : `${written} mio. kr.`;
    const none = name ? `intet ${name} i ${TABLE[table]}` : `intet tal i ${TABLE[table]}`;
    return `teksten nævner ${what}, men ${none} afrundes til ${written} mio. kr.: kontrollér teksten mod tabellen`;
  },
};

export const texts = {
  /** "…: angivet 425, men (3) − (2) giver 424 (difference +1 t.kr.)" */
  declared: (f: Reconciled) => `${f.subject}, ${f.column}: angivet ${f.declared}, men ${f.parts} giver ${f.derived} (difference ${f.difference} ${f.unit})`,
  stated: (f: Reconciled) => `${f.subject}, ${f.column}: oplyst ${f.declared}, men ${f.parts} giver ${f.derived} (difference ${f.difference} ${f.unit})`,
  /** What an item of a list is called in a path: `bevillingsramme 10.30, indsatsområde "Trafik", adjusted`. */
  path: {
    frames: "bevillingsramme",
    lines: "indsatsområde",
    capital: "anlægsprojekt",
    initiatives: "indsats",
    targets: "mål",
    years: "år",
    financing: "finansieringspost",
  },
  /** The types a schema asks for: "forventede tekst". */
  types: {
    string: "tekst",
    integer: "et helt tal",
    number: "et tal",
    boolean: "true eller false",
    object: "en mapping (nøgle: værdi)",
    array: "en liste (- punkter)",
    or: " eller ",
  },
  /** What a value is: "men fandt en liste". */
  found: {
    empty: "en tom værdi",
    list: "en liste",
    mapping: "en mapping",
    text: (json: string) => `teksten ${json}`,
    nan: "ikke et tal (.nan)",
    infinite: "et tal, der er for stort til at være et (uendeligt)",
    number: (value: string) => `tallet ${value}`,
    other: (type: string, value: string) => `en værdi af typen ${type} (${value})`,
  },
  /** A schema's description (English, in schema/*.json) as a hint in a message. */
  schemaHint: (description: string): string => SCHEMA_HINTS[description] ?? description,
};
