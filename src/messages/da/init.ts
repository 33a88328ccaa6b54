// Everything `aarsrapport init` says to its user. (The files it writes are Danish in every language: they are the
// municipality's data and its README for the finance staff, src/init/content.ts.)
export const texts = {
  summary: "opret en ny datamappe til en kommune (kommunen, udvalgene, tekstfilerne)",
  usage: `aarsrapport init MAPPE --municipality "Navn Kommune" --year ÅR --committees "Udvalg, Udvalg, …"

Opretter en ny datamappe til en kommunes årsrapport, klar til at udfylde eller importere til:
  MAPPE/municipality.yaml        kommunen, regnskabsåret og rapportens indledende afsnit
  MAPPE/committees/NN-<id>.yaml  én fil pr. udvalg, i den rækkefølge udvalgene er nævnt, med tomme
                                 bevillingsrammer, indsatser og anlægsprojekter
  MAPPE/text/                    én Markdown-fil pr. tekstafsnit i rapporten
  MAPPE/README.md                hvad I gør nu, trin for trin
Mappen valideres med det samme. Den skal være ny eller tom: init overskriver aldrig noget.

Tilvalg:
  --municipality NAVN  kommunens navn, fx "Eksempel Kommune" (skal angives)
  --year ÅR            regnskabsåret, fx 2025 (skal angives)
  --committees LISTE   udvalgenes navne adskilt af komma, fx "Klima- og Miljøudvalget, Økonomiudvalget"
                       (skal angives; Økonomiudvalget plejer at stå sidst)
  --lang da|en         sproget i beskederne (standard: dansk; engelsk ved en engelsk LANG)
  -h, --help           vis denne hjælp

Afslutningskode: 0 oprettet, 2 forkert brug eller mappen er ikke tom (intet er skrevet).`,
  missingDir: "angiv MAPPE: den nye datamappe, fx data",
  tooManyArguments: (args: string[]) => `for mange argumenter: ${args.join(" ")} (angiv én MAPPE)`,
  missingMunicipality: '--municipality mangler: kommunens navn, fx --municipality "Eksempel Kommune"',
  missingYear: "--year mangler: regnskabsåret, fx --year 2025",
  badYear: (value: string) => `--year skal være et årstal mellem 2000 og 2100, ikke "${value}"`,
  missingCommittees: '--committees mangler: udvalgenes navne adskilt af komma, fx --committees "Klima- og Miljøudvalget, Økonomiudvalget"',
  emptyCommittee: "--committees har et tomt navn (to kommaer efter hinanden, eller et komma til sidst): skriv hvert udvalgs navn mellem kommaerne",
  duplicateCommittee: (name: string) => `udvalget "${name}" er nævnt to gange i --committees: nævn hvert udvalg én gang`,
  notADirectory: (dir: string) => `"${dir}" findes og er ikke en mappe: vælg et navn til en ny mappe`,
  notEmpty: (dir: string, entries: number) =>
    `mappen "${dir}" findes og er ikke tom (${entries} ${entries === 1 ? "fil eller mappe" : "filer eller mapper"}): init skriver kun i en ny eller tom mappe, så intet bliver overskrevet. Vælg en anden mappe, eller tøm denne først.`,
  invalid: (dir: string) =>
    `de oprettede filer i "${dir}" består ikke valideringen (se ovenfor). Det er en fejl i aarsrapport: meld den, gerne med kommandoen I kørte.`,
  created: (dir: string, committees: number, texts: number) =>
    `Oprettet ${dir}/: municipality.yaml, ${committees} ${committees === 1 ? "udvalgsfil" : "udvalgsfiler"}, ${texts} tekstfiler og README.md. Data er gyldige.`,
  next: (dir: string) => `Næste skridt står i ${dir}/README.md. Se rapporten mens I skriver: aarsrapport serve ${dir}`,
};
