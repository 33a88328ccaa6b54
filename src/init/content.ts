// What a new data directory holds, file by file: pure text, written by command.ts. The texts are Danish — the
// report and its writers are — and every amount and name from the user goes through YAML's own quoting.
import { isAbsolute } from "node:path";
import { stringify } from "yaml";
import { slug } from "../format/slug.js";
import { genitive } from "../format/text.js";

export interface InitOptions {
  /** The new directory as the user named it: the README's commands name it so. */
  dir: string;
  municipality: string;
  year: number;
  committees: string[];
  /** The editors' `$schema` references, relative to the file that names them. */
  schemas: { municipality: string; committee: string };
}

export interface NewFile {
  /** Relative to the new directory, with "/". */
  path: string;
  content: string;
}

interface NewCommittee {
  id: string;
  name: string;
  order: number;
  file: string;
  texts: { key: string; file: string; content: string; used: boolean }[];
}

export function newDataDir(options: InitOptions): NewFile[] {
  const committees = committeesOf(options);
  const front = frontTexts(options.year);
  return [
    { path: "municipality.yaml", content: municipalityYaml(options, front) },
    ...front.map((t) => ({ path: t.file, content: t.content })),
    ...committees.flatMap((c) => [{ path: c.file, content: committeeYaml(c, options) }, ...c.texts.map((t) => ({ path: t.file, content: t.content }))]),
    { path: "README.md", content: readme(options, committees) },
  ];
}

/** Ids from the names ("Klima- og Miljøudvalget" → klima-og-miljoeudvalget), unique; files numbered in the given order. */
function committeesOf({ committees, year }: InitOptions): NewCommittee[] {
  const taken = new Set<string>();
  return committees.map((name, i) => {
    const base = slug(name, 40) || `udvalg-${i + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const order = i + 1;
    return { id, name, order, file: `committees/${String(order).padStart(2, "0")}-${id}.yaml`, texts: committeeTexts(id, name, year) };
  });
}

/** A YAML scalar as YAML would write it: plain where that is safe, quoted where not. */
function scalar(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function schemaLine(ref: string): string {
  return `# yaml-language-server: $schema=${ref}`;
}

function frontTexts(year: number) {
  return [
    { title: "Indledning", file: "text/indledning.md", content: prompt(`Indledning: kommunens portræt, visionen og partierne bag budgetaftalen for ${year}.`) },
    {
      title: "Udgangspunktet for budgettet",
      file: "text/udgangspunktet.md",
      content: prompt("Udgangspunktet for budgettet: servicerammen og anlægsrammen, budgetopfølgningerne i løbet af året, tillægsbevillinger og overførsler."),
    },
    { title: "Årets gang", file: "text/aarets-gang.md", content: prompt(`Årets gang: de vigtigste begivenheder og beslutninger i ${year}.`) },
  ];
}

/** A text to replace: in italics, so that it stands out in the draft report until it is replaced. */
function prompt(text: string): string {
  return `*${text} Erstat denne tekst.*\n`;
}

/**
 * A file for each of a committee's five texts. The beretning and the text before the initiatives are used at
 * once; without the other three the report writes its standard sentences from the figures, so they are
 * there, ready, but named in the committee file only in a comment.
 */
function committeeTexts(id: string, name: string, year: number): NewCommittee["texts"] {
  const file = (base: string): string => `text/${id}/${base}.md`;
  return [
    { key: "report", file: file("beretning"), used: true, content: prompt(`Udvalgets beretning for ${year}: udvalgets møder, de sager det har behandlet, og hvad der er nået.`) },
    {
      key: "initiatives",
      file: file("budgetaftale"),
      used: true,
      content:
        "Indsatser fra budgetaftalen, som er gennemført, er ikke nævnt nedenfor. Oversigten giver en status på indsatser, som ikke er gennemført.\n",
    },
    { key: "intro", file: file("indledning"), used: false, content: `Kommunens budget for ${year} er opdelt i bevillingsrammer. Disse rammer hører under ${name}:\n` },
    {
      key: "operations",
      file: file("drift"),
      used: false,
      content: prompt("Driften: udvalgets budget og regnskab, de største mer- og mindreforbrug og deres årsager. Beløb skrives i mio. kr. med én decimal; rapporten kontrollerer dem mod tabellen."),
    },
    {
      key: "capital",
      file: file("anlaeg"),
      used: false,
      content: prompt("Anlæg: nettoanlægsudgifterne mod det korrigerede budget og de største projekter. Beløb skrives i mio. kr. med én decimal; rapporten kontrollerer dem mod tabellen."),
    },
  ];
}

const SECTION_NOTES: Record<string, string> = {
  report: "Udvalgets beretning",
  initiatives: "før tabellen over budgetaftalens indsatser",
  intro: "før listen over rammerne",
  operations: "Driftsudgifter, før tabel 1",
  capital: "Anlæg, før anlægstabellen",
};

/** A YAML line with a comment after it, the comments of a block in one column (a comment needs a space before it). */
function comment(line: string, text: string, column: number): string {
  return `${line}${" ".repeat(Math.max(2, column - line.length))}# ${text}`;
}

function municipalityYaml(options: InitOptions, front: ReturnType<typeof frontTexts>): string {
  return `${schemaLine(options.schemas.municipality)}
# ${options.municipality}: kommunen, regnskabsåret og rapportens indledende afsnit.
name: ${scalar(options.municipality)}
year: ${options.year}
unit: t.kr.                       # beløb i 1.000 kr.; kr. og mio.kr. kan også bruges
report: { title: ${scalar(`Årsrapport ${options.year}`)} }
# population: { start_of_year: 0, end_of_year: 0, liquidity_basis: 0 }   # indbyggertal, når de kendes
sections:                         # rapportens indledende afsnit, i den rækkefølge de står her
${front.map((t) => `  - title: ${scalar(t.title)}\n    body: { file: ${t.file} }`).join("\n")}
# strategy:                       # den økonomiske strategis mål (se dokumentationen, docs/data-format.md)
`;
}

function committeeYaml(c: NewCommittee, options: InitOptions): string {
  const entry = (t: NewCommittee["texts"][number]): string => `${t.key}: { file: ${t.file} }`;
  const column = Math.max(...c.texts.map((t) => entry(t).length)) + 2;
  // The notes in one column, also behind the lines commented out ("# " before them).
  const section = (t: NewCommittee["texts"][number]): string => comment(entry(t), SECTION_NOTES[t.key]!, t.used ? column : column - 2);
  // The comments stand above the keys they explain, where they stay when \`import\` fills the lists; a comment
  // after a nested mapping would join it when YAML is written again, so \`sections\` is followed by scalars.
  return `${schemaLine(options.schemas.committee)}
# ${c.name}
# Bevillingsrammer, budgetaftalens indsatser og anlægsprojekter. Udfyld listerne her, eller hent tallene
# fra økonomisystemet med aarsrapport import (se README.md).
id: ${c.id}
committee: ${scalar(c.name)}
order: ${c.order}
# Teksterne (Markdown) i text/${c.id}/:
sections:
${c.texts.filter((t) => t.used).map((t) => `  ${section(t)}`).join("\n")}
  # Uden de tre næste skriver rapporten en standardtekst ud fra tallene. Fjern # for at bruge jeres egen:
${c.texts.filter((t) => !t.used).map((t) => `  # ${section(t)}`).join("\n")}
status: draft                  # draft: kladde (UDKAST i PDF'en) | approved: godkendt af udvalget
unit: t.kr.                    # beløb i 1.000 kr. (eller kr., mio.kr.); udgifter positive, indtægter negative
# Bevillingsrammer (drift) med indsatsområder, fx:
#   - number: "10.26"          # rammens nummer, i anførselstegn
#     name: Renovation mv.
#     service: outside         # inside: inden for servicerammen | outside: uden for
#     lines:                   # indsatsområder
#       - name: Dagrenovation
#         adopted: 477         # (1) vedtaget budget
#         adjusted: 477        # (2) korrigeret budget
#         actual: 1967         # (3) regnskab
frames: []
# Indsatser i Aftale om budget ${options.year}, fx:
#   - nr: "4.1."
#     topic: Sti rundt om søen
#     description: Der anlægges en sti rundt om søen.
#     status: in-progress      # completed | in-progress | delayed | on-hold | not-started
#     note: Stien er under anlæg.
initiatives: []
# Anlægsprojekter, fx:
#   - id: A000001
#     name: Ny skole
#     budget: 1000             # budget (oprindeligt)
#     adjusted: 1200           # korrigeret budget
#     actual: 950              # regnskab
#     transfer: 250            # forventet overførsel til næste år
capital: []
`;
}

function readme(options: InitOptions, committees: NewCommittee[]): string {
  const { municipality, year, dir } = options;
  return `# ${municipality}: data til årsrapport ${year}

Denne mappe er datagrundlaget for ${genitive(municipality)} årsrapport for ${year}. Værktøjet \`aarsrapport\` læser
den, kontrollerer hvert tal og laver rapporten: en hjemmeside, PDF'er og regneark.

## Hvad mappen indeholder

| fil | indhold |
|---|---|
| \`municipality.yaml\` | kommunen, regnskabsåret, indbyggertallet og rapportens indledende afsnit |
${committees.map((c) => `| \`${c.file}\` | ${c.name} |`).join("\n")}
| \`text/\` | teksterne: de indledende afsnit og hvert udvalgs beretning og forklaringer (Markdown) |

## Næste skridt

${isAbsolute(dir) ? "" : `Kommandoerne herunder køres fra den mappe, som \`${dir}\` ligger i.\n\n`}1. **Kommunen.** Se \`municipality.yaml\` igennem: navn, år og rapportens titel. Skriv indbyggertallet ind, når
   det kendes, og den økonomiske strategis mål, hvis rapporten skal vise dem.
2. **Tallene.** Hvert udvalg har en fil i \`committees/\` med tomme lister: \`frames\` (bevillingsrammerne med
   deres indsatsområder), \`initiatives\` (budgetaftalens indsatser) og \`capital\` (anlægsprojekterne). Et
   eksempel står i hver fil. Skriv tallene ind i hånden, eller hent dem fra økonomisystemet:

   \`\`\`
   aarsrapport import eksport.xlsx --map mapping.yaml --out ${dir}
   \`\`\`

   Mapping-filen fortæller, hvilke kolonner der er hvad (se dokumentationen, \`docs/import.md\`, og
   eksemplerne i \`examples/imports/\`). Udvalgene findes ud fra deres navn (\`committee:\` i filen), så navnene
   skal være de samme som i eksporten, eller stå i mappingens \`committees:\`-liste med filens \`id\`.
   Beløb er i 1.000 kr. (\`unit: t.kr.\`); udgifter er positive, indtægter negative.
3. **Teksterne.** Skriv teksterne i \`text/\`. En tekst i kursiv med «Erstat denne tekst» er en pladsholder.
   For hvert udvalg er beretningen og teksten før indsatserne i brug. Om driften, anlæg og rammerne skriver
   rapporten selv en standardtekst ud fra tallene, indtil I fjerner \`#\` foran linjen i udvalgets fil og
   skriver jeres egen tekst i filen.
4. **Kontrol.** \`aarsrapport validate ${dir}\` kontrollerer alt og siger for hver fejl, hvilken fil, linje og
   kolonne det drejer sig om, og hvordan den rettes.
5. **Se rapporten, mens I skriver.** \`aarsrapport serve ${dir}\` viser rapporten på http://127.0.0.1:8000/ og
   opdaterer siden, hver gang en fil gemmes.
6. **Godkendelse.** Når et udvalg har godkendt sit afsnit, skrives \`status: approved\` i udvalgets fil; ellers
   står der UDKAST på afsnittets sider i PDF'en.
7. **Udgiv.** \`aarsrapport build ${dir} --out out\` laver hjemmesiden (\`out/site/\`), PDF'erne (\`out/pdf/\`),
   regnearket og CSV-filerne. Med fejl i data udgives intet, og det sidst udgivne står urørt.

Redigerer I filerne i VS Code med udvidelsen YAML, kontrolleres de, mens I skriver: første linje i hver fil
peger på værktøjets beskrivelse af formatet. Hele formatet er beskrevet i dokumentationen, \`docs/data-format.md\`.
`;
}
