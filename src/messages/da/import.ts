// `aarsrapport import`: problems in the exports and the mapping, what the import did, and its report.
import { cut, quoted } from "../words.js";

type Group = "inside" | "outside";
type Encoding = "utf-16le" | "utf-16be";

const GROUP: Record<Group, string> = { inside: "inden for", outside: "uden for" };
/** A service value from a committee file (inside, outside, or whatever was written) in words. */
const group = (service: string): string => GROUP[service as Group] ?? service;

export const problems = {
  // The source files.
  "source-missing": (path: string) => `filen ${path} findes ikke`,
  "source-format": (ext: string) =>
    `kan ikke læse ${ext || "en fil uden filtype"}: angiv en Excel-projektmappe (.xlsx) eller en CSV-fil (.csv); gem en gammel .xls som .xlsx`,
  "source-too-large": (megabytes: number, limit: number) =>
    `filen fylder ${megabytes} MB, mere end de ${limit} MB, en eksport må fylde: eksportér ét år og de udvalg, I skal bruge, eller del eksporten i flere filer`,
  "source-too-large/unpacked": (megabytes: number, limit: number) =>
    `projektmappen fylder ${Number.isFinite(megabytes) ? `${megabytes} MB udpakket, mere end` : "udpakket mere end"} de ${limit} MB, en eksport må fylde: eksportér færre rækker, eller gem den som CSV`,
  "source-unreadable": (detail: string) => `projektmappen kan ikke læses: ${cut(detail)}. Er det en .xlsx-fil gemt af Excel?`,
  "source-unreadable/not-workbook": (found: string) =>
    `filen er et zip-arkiv, men ikke en Excel-projektmappe (den har ingen ${found}): gem eksporten fra Excel som "Excel-projektmappe (.xlsx)"`,
  "sheet-missing": (name: string, names: readonly string[]) =>
    `projektmappen har intet ark "${cut(name)}" — dens ark er ${names.length > 0 ? quoted(names) : "ingen"}: angiv et af dem i mappingens sheet:`,
  "mapping-file": (kind: string, sources: number) =>
    `${kind}: angiver ingen file:, men der er ${sources} kilder — tilføj file: <navn> for at sige, hvilken af dem der har denne tabel`,
  "source-unused": (name: string, mappingPath: string) =>
    `ingen af mappingens tabeller læser denne fil: tilføj file: ${cut(name)} under operations: eller capital: i ${mappingPath}`,

  // Encodings.
  encoding: () =>
    "filen er ikke gyldig UTF-8, som mappingen siger: sæt source: encoding: windows-1252 (eller auto) i mappingen, eller gem filen som UTF-8",
  "encoding/utf8-as-windows-1252": (asWindows: string, asUtf8: string) =>
    `mappingen siger windows-1252, men filens bytes er UTF-8: "${cut(asUtf8)}" i denne række ville blive læst som "${cut(asWindows)}", og det samme ville hvert æ, ø og å i filen. Sæt source: encoding: utf-8 (eller auto) i mappingen`,
  "encoding/utf16-without-bom": (variant: Encoding) =>
    `filen ligner UTF-16 (${variant === "utf-16le" ? "little" : "big"}-endian: hver anden byte er 0) uden byte-order mark: sæt source: encoding: ${variant} i mappingen, eller gem filen som "CSV UTF-8"`,
  "encoding/not-utf16": (variant: string) =>
    `filen er ikke gyldig ${variant.toUpperCase()}: gem den igen fra økonomisystemet eller Excel, helst som "CSV UTF-8"`,
  "encoding-bom": (mapped: string, found: string) =>
    `mappingen siger ${mapped}, men filen begynder med et byte-order mark for ${found}, og det afgør sagen: den læses som ${found}. Sæt source: encoding: auto for at sige det`,

  // CSV structure and the header row.
  "csv-syntax": (detail: string) => `filen kan ikke læses som CSV: ${cut(detail)}. Kontrollér anførselstegnene (") i den række`,
  "csv-columns": (fields: number, width: number, delimiter: string) =>
    `rækken har ${fields} felter, men overskriftsrækken har ${width}: et "${delimiter}" inde i en værdi skal stå i anførselstegn ("…")`,
  "header-missing": (row: number) => `der begynder ingen række i linje ${row}: sæt header_row i mappingen til den linje, der har kolonneoverskrifterne`,
  "column-missing": (header: string, role: string, guess: string | undefined, known: readonly string[]) =>
    `overskriftsrækken har ingen kolonne "${cut(header)}" (nævnt i mappingens ${role})` +
    (guess ? ` — mente du "${cut(guess)}"?` : ".") +
    ` Dens kolonner er: ${quoted(known.slice(0, 30))}${known.length > 30 ? ` og ${known.length - 30} til` : ""}. Kontrollér header_row og overskriftens tekst`,
  "column-ambiguous": (count: number, header: string, role: string) =>
    `overskriftsrækken har ${count} kolonner "${cut(header)}" (nævnt i mappingens ${role}): omdøb den ene i eksporten`,

  // Cells.
  "amount-format/cell": (what: string) => `cellen indeholder ${what}, ikke et beløb`,
  "amount-format/excel-number": (nan: boolean) =>
    `cellen er markeret som et tal, men indeholder ${nan ? "intet, Excel kan læse" : "et uendeligt tal"}: skriv beløbet igen i Excel`,
  "amount-format/export": (text: string) =>
    `"${cut(text)}" er ikke et beløb i dansk format (tusindtalspunktum, decimalkomma, fx -1.234.567,89 eller 1234,5): ret cellen, eller kontrollér, at mappingen angiver den rigtige kolonne`,
  "amount-range/export": (shown: string) => `${cut(shown)} er over ±10^15 kr., for stort til at være et beløb: kontrollér cellen og enheden (source: unit:)`,
  "amount-precision": (shown: string, unit: string) =>
    `${cut(shown)} ${unit} er ikke et helt antal øre: kontrollér cellen, eller den enhed mappingen angiver (source: unit: ${unit})`,
  "value-missing": (found: string, what: string) => `${found}, men hver række skal have ${what}: udfyld den, eller spring den slags rækker over (skip: i mappingen)`,
  "value-missing/merged": (what: string, column: string) =>
    `cellen er en del af en flettet celle, hvis værdi Excel kun gemmer i den første celle, men hver række skal have ${what}: tilføj "${column}" under fill_down: i mappingen, eller ophæv fletningen`,
  "frame-number/cell": (value: number) =>
    `rammenummeret er en talcelle (${value}), som mister nuller til sidst (10.30 bliver til 10.3): eksportér kolonnen som tekst`,
  "frame-number": (text: string) => `"${cut(text)}" er ikke et rammenummer (cifre og punktummer, fx 10.26): kontrollér kolonnen, eller spring den slags rækker over`,
  "service-value": (text: string, values: Record<Group, readonly string[]>) =>
    `"${cut(text)}" siger hverken inden for (${quoted(values.inside)}) eller uden for (${quoted(values.outside)}) servicerammen: tilføj den under service_values: i mappingen`,
  "committee-unknown": (name: string, known: readonly string[]) =>
    `der er ingen udvalgsfil for "${cut(name)}": tilføj udvalget under committees: i mappingen (source, id, order)` +
    (known.length > 0 ? `, eller brug et af de kendte navne: ${quoted(known)}` : ""),

  // Frames and lines.
  "frame-committee": (number: string, row: number) => `bevillingsramme ${number} står under et andet udvalg i række ${row}: en bevillingsramme hører til ét udvalg`,
  "frame-name": (number: string, first: string, row: number, name: string) =>
    `bevillingsramme ${number} hedder "${cut(first)}" i række ${row}, men "${cut(name)}" her: en bevillingsramme har ét navn`,
  "duplicate-row": (line: string, service: Group, frame: string, firstRow: number) =>
    `indsatsområdet "${cut(line)}" ${GROUP[service]} servicerammen i bevillingsramme ${frame} står også i række ${firstRow} (et indsatsområde kendes på sin ramme, sit navn og sin servicegruppe). ` +
    `Har eksporten én række pr. konto, så sæt sum_rows: true for at lægge rækkerne sammen; er den ene række en subtotal, så spring den over (skip:); ` +
    `er det to indsatsområder, så giv dem forskellige navne i eksporten, eller importér kontiene gennem en kontotabel (accounts:)`,

  // Capital projects.
  "duplicate-row/project": (id: string, row: number) =>
    `anlægsprojekt ${id} står også i række ${row}: sæt sum_rows: true i mappingen, hvis eksporten har én række pr. konto, eller spring den ene række over`,
  "project-name": (id: string, first: string, row: number, name: string) => `anlægsprojekt ${id} hedder "${cut(first)}" i række ${row}, men "${cut(name)}" her`,
  "project-id": (text: string) => `"${cut(text)}" er ikke et projektnummer (A og seks cifre, fx A015054): kontrollér kolonnen, eller spring den slags rækker over`,
  "status-value": (shown: string, closed: readonly string[], open: readonly string[]) =>
    `status ${cut(shown)} er hverken afsluttet (${quoted(closed) || "ingen"}) eller åben (${quoted(open) || "ingen"}): tilføj den under closed_values: eller open_values: i mappingen`,
  "closed-with-transfer/export": () =>
    "projektet er regnskabsaflagt ifølge sin status, men har en forventet overførsel: et regnskabsaflagt projekt overfører intet",

  // Account-level exports (an account table in the mapping).
  "account-number": (value: number) =>
    `kontoen er en talcelle (${value}), som mister nuller (3.22.10 bliver til 3.221): eksportér kontokolonnerne som tekst`,
  "account-unmapped": (account: string, more: number) =>
    `konto ${cut(account)} hører ikke til noget indsatsområde eller nogen finansieringspost i mappingens kontotabel (accounts:)` +
    (more > 0 ? `, og det gør kontoens ${more} ${more === 1 ? "anden række" : "andre rækker"} heller ikke` : "") +
    `: tilføj den (eller en begyndelse eller et interval, der rummer den) under accounts: for et indsatsområde eller en finansieringspost, eller spring den slags rækker over (skip:)`,
  "account-ambiguous": (account: string, first: string, second: string) =>
    `konto ${cut(account)} passer på både ${first} og ${second}, og intet af mønstrene er mere specifikt: gør det ene længere (3.22.01 er mere specifikt end 3.22), eller tag kontoen ud af det ene`,

  // Total rows (declared totals from the export). `what` is texts.totalOf.
  "total-row-twice": (what: string, row: number) => `endnu en totalrække for ${what} (den første står i række ${row}): spring en af dem over (skip:)`,
  "total-row-orphan": (what: string) =>
    `en totalrække for ${what}, men eksporten har ingen rækker med det: kontrollér total_rows:-reglerne, eller spring denne række over (skip:)`,

  // The mapping file (these point at the mapping's line and column).
  "mapping-no-table": () => "mappingen har hverken operations: eller capital: — tilføj mindst én tabel (se docs/import.md)",
  "mapping-no-amounts": () => "operations: columns: angiver ingen beløbskolonne — tilføj adopted, adjusted eller actual",
  "mapping-skip-rule": (where: string, n: number, found: string) =>
    `${where} regel ${n} skal have enten matches: (et regulært udtryk) eller empty: true, men har ${found}`,
  "mapping-regexp": (where: string, n: number, pattern: string) => `${where} regel ${n}: "${pattern}" er ikke et gyldigt regulært udtryk`,
  "mapping-column-missing": (field: string) =>
    `operations: columns: angiver ingen ${field}-kolonne: en eksport pr. indsatsområde skal have committee, frame_number, frame_name, line og service (eller giv en kontotabel, accounts:, til en eksport pr. konto)`,
  "mapping-account-table": (key: string) =>
    `${key} giver ingen mening sammen med en kontotabel (accounts:), som siger udvalg, ramme, indsatsområde og servicegruppe for hver konto: fjern den`,
  "mapping-account-table/needs-table": () =>
    "columns: account: er til eksport pr. konto og kræver en kontotabel (accounts:), der siger, hvilke konti der udgør hvilket indsatsområde; eller fjern den",
  "mapping-account-table/needs-account": () => "en kontotabel (accounts:) kræver columns: account: — den kolonne (eller de kolonner), der har kontonummeret",
  "mapping-line-service": (line: string) =>
    `indsatsområdet "${cut(line)}" har ingen servicegruppe: giv det service: inside eller outside, eller giv dets ramme en service: for alle dens indsatsområder`,
  "mapping-frame-twice": (number: string, firstLine: number) =>
    `bevillingsramme ${number} står to gange i kontotabellen (første gang i linje ${firstLine}): angiv hver ramme én gang, med alle dens indsatsområder`,
  "mapping-line-twice": (line: string, service: Group, firstLine: number) =>
    `indsatsområdet "${cut(line)}" ${GROUP[service]} servicerammen står to gange i denne ramme (første gang i linje ${firstLine}): saml alle dets konti i ét punkt`,
  "mapping-financing-twice": (number: string, firstLine: number) =>
    `${number} står to gange i kontotabellen (første gang i linje ${firstLine}): en finansieringspost og en ramme har hver sit nummer`,
  "mapping-account-pattern": (pattern: string) =>
    `"${pattern}" er ikke et kontomønster: skriv en konto eller dens begyndelse (3.22.01, 8.55.*.6), eller et interval (8.25-8.52)`,
  "mapping-account-pattern/range": (pattern: string) => `intervallet ${pattern} er tomt: dets første konto ligger efter dets sidste`,
  "mapping-account-pattern/twice": (pattern: string, firstLine: number) =>
    `kontiene ${pattern} står to gange i kontotabellen (første gang i linje ${firstLine}): en konto hører til ét indsatsområde eller én finansieringspost`,
  "mapping-committee-unknown": (name: string, known: readonly string[]) =>
    `der er ingen udvalgsfil for "${cut(name)}": tilføj udvalget under committees: i mappingen (source, id, order)` +
    (known.length > 0 ? `, eller brug et af de kendte navne: ${quoted(known)}` : ""),

  // The result.
  "merge-unparsable": () => "filen er ikke en gyldig udvalgsfil, så importen kan ikke flette ind i den: kør aarsrapport validate, og ret den først",
};

export const texts = {
  /** mapping-skip-rule: what a rule has instead of one of matches: and empty:. */
  skipRuleFound: { neither: "ingen af dem", both: "begge" },
  /** The two targets an account fits (account-ambiguous). */
  accountLine: (line: string, frame: string, mappingLine: number) => `indsatsområdet "${cut(line)}" i bevillingsramme ${frame} (mappingens linje ${mappingLine})`,
  accountFinancing: (number: string, name: string, mappingLine: number) => `finansieringsposten ${number} ${cut(name)} (mappingens linje ${mappingLine})`,
  /** What every row needs (value-missing). */
  needs: {
    committee: "et udvalg",
    frameNumber: "et rammenummer",
    frameName: "et rammenavn",
    line: "et indsatsområde",
    service: "en angivelse af servicerammen",
    projectId: "et projektnummer",
    projectName: "et projektnavn",
    account: "en konto",
  },
  cellEmpty: "cellen er tom",
  cellHolds: (what: string) => `cellen indeholder ${what}`,
  /** What an Excel cell holds when it holds no text or number. */
  cell: {
    date: "en dato",
    unknown: "en værdi af en ukendt slags",
    error: (value: string) => `fejlværdien ${value}`,
    formula: "en formel uden gemt resultat (åbn filen i Excel, og gem den)",
  },
  notZip: (reason: string) => `den er ikke et zip-arkiv, som en .xlsx-fil er (${reason})`,
  damaged: "dens dele er ikke, som Excel skriver dem (en beskadiget fil, eller en fil skrevet af et program, der ikke følger formatet)",
  unknownError: "en ukendt fejl",
  /** What a total row totals (total-row-twice, total-row-orphan). */
  totalOf: {
    frame: (number: string) => `bevillingsramme ${number}`,
    committee: (name: string) => `udvalget ${name}`,
    financing: (name: string) => `finansieringsposterne i ${name}`,
    capital: (name: string) => `anlægsprojekterne i ${name}`,
  },
  // Notes: what the import did that a person should know, not problems.
  noteNoMunicipality: (dataDir: string, file: string) => `${dataDir} har endnu ingen ${file}: tilføj en, før rapporten bygges (se docs/data-format.md)`,
  noteFinancingTotalRows: (numbers: readonly string[]) =>
    `totalrækkerne for finansieringsrammerne ${numbers.join(", ")} importeres ikke: en finansieringspost er én række i finansieringstabellen, uden egne totaler`,
  noteTableNotRead: (kind: string, file: string) => `${kind}: mappingen læser den fra ${file}, som ikke er blandt kilderne: ikke importeret`,
  // What a merge removed, one line each in the import's report.
  removedFrame: (number: string, name: string | undefined) => `bevillingsramme ${number}${name ? ` ${cut(name)}` : ""} (med dens indsatsområder)`,
  removedLine: (name: string, service: string | undefined, frame: string | undefined) =>
    `indsatsområdet "${cut(name)}"${service ? ` (${group(service)} servicerammen)` : ""}${frame ? ` i bevillingsramme ${frame}` : ""}`,
  removedFinancing: (number: string, name: string | undefined) => `finansieringspost ${number}${name ? ` ${cut(name)}` : ""}`,
  removedNotAMapping: "et punkt, der ikke er en mapping af nøgler",
  removedProject: (id: string, name: string | undefined) => `anlægsprojekt ${id}${name ? ` ${cut(name)}` : ""}`,
  // The report of `aarsrapport import`.
  note: (text: string) => `bemærk: ${text}`,
  failed: (errors: number) => `import: ${errors} fejl. Intet er skrevet: ret fejlene ovenfor, og importér igen.`,
  created: "oprettet",
  unchanged: "uændret",
  updated: (parts: string[]) => `opdateret: ${parts.join(", ")}`,
  valuesChanged: (n: number) => `${n} ${n === 1 ? "værdi" : "værdier"} ændret`,
  added: (n: number) => `${n} tilføjet`,
  removed: (n: number) => `${n} fjernet`,
  declaredDropped: (n: number) => `${n} ${n === 1 ? "angivet total" : "angivne totaler"} fjernet (beregnes nu af de importerede tal)`,
  removedLineOfReport: (what: string) => `  fjernet (ikke i eksporten): ${what}`,
};
