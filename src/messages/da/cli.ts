// The command line: `--help` of every command, usage errors, and what `validate` prints.
import type { Severity } from "../../core/problem.js";

/** A mistake in the options as node:util's parseArgs finds it; `node`: its own (English) words. */
type OptionMistake = "unknown" | "missing-value" | "no-value" | "other";

const LANG = "sproget i beskederne (standard: dansk; engelsk ved en engelsk LANG)";

export const texts = {
  severity: { error: "fejl", warning: "advarsel" } satisfies Record<Severity, string>,
  summary: (errors: number, warnings: number) => `${errors} fejl, ${warnings} ${warnings === 1 ? "advarsel" : "advarsler"}`,
  noProblems: (dir: string) => `${dir}: ingen problemer.`,

  help: (commands: string, version: string) => `aarsrapport — kommunens årsrapport ud fra data i YAML

Brug: aarsrapport <kommando> [tilvalg]

Kommandoer:
${commands}

Alle kommandoer tager --lang da|en: sproget i beskederne (standard: dansk; engelsk ved en engelsk LANG,
LC_MESSAGES eller LC_ALL). Kør "aarsrapport <kommando> --help" for en kommandos tilvalg. Version ${version}.`,

  validate: {
    summary: "kontrollér data, og skriv hvert problem",
    usage: `aarsrapport validate [DATAMAPPE] [--json]

Kontrollerer hver fil i DATAMAPPE (standard: data/) mod datakontrakten og afstemmer hver angivet total.
Skriver hvert problem som  fil:linje:kolonne  fejl|advarsel  besked, samlet pr. fil og sorteret efter linje.

Tilvalg:
  --json        skriv i stedet {"problems":[{file,line,column,severity,code,message}]}
  --lang da|en  ${LANG}
  -h, --help    vis denne hjælp

Afslutningskode: 0 ingen fejl (advarsler er tilladt), 1 fejl fundet, 2 forkert brug.`,
  },
  build: {
    summary: "valider, og udgiv så hjemmesiden, PDF'erne og regnearkene (kun det, der er ændret)",
    usage: `aarsrapport build [DATAMAPPE] [--out MAPPE] [--force] [--html-only] [--json | --quiet] [--wait S]
                              [--concurrency N] [--print-timeout S]

Validerer DATAMAPPE (standard: data/); er der ingen fejl, udgives til MAPPE (standard: out/):
  MAPPE/site/     hjemmesiden       MAPPE/pdf/      hele rapporten og én PDF pr. udvalgsafsnit
  MAPPE/xlsx/     regnearket        MAPPE/csv/      én CSV-fil pr. tabel
  MAPPE/<id>/site/, pdf/, xlsx/, csv/      det samme for hver af de øvrige rapporter, data laver (en
                                           budgetopfølgning, udmøntningsplanen: reports: i municipality.yaml)
  MAPPE/index.html                         rapporterne side om side, når data laver flere
  MAPPE/changes.html, MAPPE/changes.json   hvad der er ændret siden sidste udgivelse
  MAPPE/manifest.json                      en hash af hver fil, der læses, og hver fil, der laves
Kun det, der er ændret, laves igen; udgivelsen sker på én gang (alle filer samtidig, aldrig halvt). Advarsler
standser aldrig en udgivelse; fejl gør altid, og så skrives intet: det sidst udgivne bliver stående.

Tilvalg:
  --out MAPPE        mappen, der udgives til (standard: out)
  --force            lav alt igen, også det, der ikke er ændret
  --html-only        ingen PDF'er
  --json             skriv et resumé som JSON (status, lavede filer, tider, problemer, målenes resultater)
  --quiet            skriv kun fejl (til cron)
  --wait S           vent op til S sekunder på, at en anden kørsel på MAPPE bliver færdig (standard: afvis straks)
  --concurrency N    antal PDF-sider, der udskrives samtidig (standard: antallet af CPU'er)
  --print-timeout S  sekunder, et PDF-dokument må tage, før det prøves igen og derefter fejler (standard: 300)
  --lang da|en       ${LANG}
  -h, --help         vis denne hjælp

Udskrivning kræver Chrome eller Chromium: PUPPETEER_EXECUTABLE_PATH, Puppeteers cache eller en browser på maskinen.

Afslutningskode: 0 udgivet eller intet at gøre, 1 ugyldige data, 2 forkert brug, 3 dannelsen mislykkedes,
4 en anden kørsel er i gang. Ved 1, 3 og 4 er intet skrevet.`,
  },
  serve: {
    summary: "vis hjemmesiden på denne maskine, mens I skriver; dannes igen, hver gang en fil gemmes",
    usage: `aarsrapport serve [DATAMAPPE] [--port N] [--host ADRESSE]

Viser hjemmesiden for DATAMAPPE (standard: data/) på http://127.0.0.1:8000/, mens I redigerer. Hver gang en
datafil, en Markdown-fil eller en skabelon gemmes, dannes siden igen, og de åbne sider genindlæses; så længe
data har fejl, viser siderne problemerne (fil, linje, besked) i stedet for rapporten. Der udskrives ingen PDF'er.

Tilvalg:
  --port N        den port, der lyttes på (standard: 8000; 0 vælger en ledig)
  --host ADRESSE  den adresse, der lyttes på (standard: 127.0.0.1, kun denne maskine)
  --lang da|en    ${LANG}
  -h, --help      vis denne hjælp

Stop med Ctrl-C.`,
    listening: (url: string, dir: string) => `Forhåndsvisning på ${url} — holder øje med ${dir}/ og skabelonerne. Stop med Ctrl-C.`,
  },
  freeze: {
    summary: "gem udvalgenes aktuelle tal som et navngivet øjebliksbillede, en budgetopfølgning kan sammenligne med",
    usage: `aarsrapport freeze NAVN [DATAMAPPE] [--label TEKST] [--force]

Gemmer de aktuelle tal i hver udvalgsfil i DATAMAPPE (standard: data/) som øjebliksbilledet NAVN:
  DATAMAPPE/snapshots/NAVN/snapshot.yaml        navn, betegnelse og dato (budgetopfølgningens as_of)
  DATAMAPPE/snapshots/NAVN/committees/*.yaml    hver udvalgsfils tal, som de er nu
Almindelig YAML, der gennemgås og committes som data. En budgetopfølgning med compare_with: NAVN viser
kolonnen "Ændring siden <betegnelse>" og en liste over ændringerne pr. udvalg. Frys, når en budgetopfølgning er
godkendt, og før tallene opdateres til den næste. Data skal være gyldige; et eksisterende øjebliksbillede
overskrives kun med --force.

Tilvalg:
  --label TEKST  hvad rapporten kalder øjebliksbilledet, fx "1. budgetopfølgning" (standard: budgetopfølgningens
                 titel, eller NAVN)
  --force        erstat et eksisterende øjebliksbillede med samme navn
  --lang da|en   ${LANG}
  -h, --help     vis denne hjælp

Afslutningskode: 0 frosset, 1 data har fejl (intet skrevet), 2 forkert brug, eller øjebliksbilledet findes.`,
  },

  import: {
    summary: "læs eksporter fra økonomisystemet (.xlsx, .csv) ind i udvalgsfilerne",
    usage: `aarsrapport import KILDE... --map MAPPING.yaml [--out DATAMAPPE]

Læser hver KILDE (en Excel-projektmappe .xlsx eller en dansk CSV-eksport .csv), som MAPPING.yaml siger, og
fletter tallene ind i udvalgsfilerne i DATAMAPPE (standard: data/; oprettes, hvis den mangler): tal opdateres,
rammer, indsatsområder og projekter tilføjes eller fjernes; afsnit, indsatser, kommentarer, nøglernes
rækkefølge og status bliver stående. Resultatet skal bestå validate, ellers skrives intet. Importeres den
samme eksport igen, ændres intet. Mappingens format står i docs/import.md (JSON Schema: schema/mapping.schema.json).

Tilvalg:
  --map MAPPING.yaml  hvilke kolonner der rummer hvad (skal angives)
  --out DATAMAPPE     den datamappe, der skrives i (standard: data)
  --lang da|en        ${LANG}
  -h, --help          vis denne hjælp

Afslutningskode: 0 importeret (eller intet at ændre), 1 problemer fundet (intet skrevet), 2 forkert brug.`,
  },

  usage: {
    unknownCommand: (name: string) => `ukendt kommando "${name}"`,
    tooManyArguments: (args: string) => `for mange argumenter: ${args}`,
    port: (value: string) => `--port skal have et portnummer, ikke "${value}"`,
    wholeNumber: (option: string, value: string) => `${option} skal have et helt tal, ikke "${value}"`,
    positiveNumber: (option: string, value: string) => `${option} skal have et tal over 0, ikke "${value}"`,
    dataDir: (dir: string) => `datamappen "${dir}" findes ikke (angiv DATAMAPPE, eller kør kommandoen der, hvor data/ ligger)`,
    noSource: "angiv mindst én KILDE-fil at importere",
    noSnapshotName: "angiv øjebliksbilledets NAVN, fx aarsrapport freeze bo1",
    noMap: "--map MAPPING.yaml skal angives: den siger, hvilke kolonner der rummer hvad",
    mapMissing: (path: string) => `mappingfilen "${path}" findes ikke`,
    lang: (value: string) => `--lang skal være da eller en, ikke "${value}"`,
    option: (mistake: OptionMistake, option: string, node: string) =>
      ({
        unknown: `ukendt tilvalg ${option}`,
        "missing-value": `${option} skal have en værdi`,
        "no-value": `${option} tager ingen værdi`,
        other: `forkert brug (${node})`,
      })[mistake],
  },
  internalError: (detail: string) => `intern fejl: ${detail}`,
};
