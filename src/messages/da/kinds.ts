// The report kinds: the reports a data directory makes (municipality.yaml: report / reports), budget follow-ups
// and their snapshots (aarsrapport freeze), the implementation plan's initiatives and the capital projects that
// carry them, display units. Said through src/kinds/messages.ts.
type Kind = "annual" | "follow-up" | "plan";

const KIND: Record<Kind, string> = { annual: "en årsrapport", "follow-up": "en budgetopfølgning", plan: "en udmøntningsplan" };

export const problems = {
  // The reports of a data directory (src/validate/read-reports.ts).
  "report-and-reports": () => 'angiv enten "report" (én rapport) eller "reports" (en liste af rapporter), ikke begge: flyt rapporten ind i listen',
  "report-kind-twice": (kind: Kind, firstLine: number) =>
    `endnu ${KIND[kind]} (den første står i linje ${firstLine}): data rummer ét sæt tal for hver slags rapport, så hver slags laves én gang — fjern den ene`,
  "duplicate-report-id": (id: string, firstLine: number) =>
    `to rapporter har id'et "${id}" (den første i linje ${firstLine}): deres filer ville støde sammen — giv den ene et andet id`,
  "report-id-reserved": (id: string) =>
    `rapport-id'et "${id}" er navnet på en fil eller mappe, som udgivelsen selv laver (site, pdf, xlsx, csv, …): giv rapporten et andet id`,
  "as-of-missing": (title: string) => `budgetopfølgningen "${title}" skal have as_of: datoen, tallene er opgjort pr., fx as_of: 2024-08-31`,
  "as-of-date": (value: string) => `"${value}" er ikke en dato i kalenderen: skriv den som ÅÅÅÅ-MM-DD, fx 2024-08-31`,
  "as-of-year": (value: string, year: number) =>
    `as_of ${value} ligger hverken i ${year} eller i begyndelsen af ${year + 1}: en budgetopfølgning er opgjort pr. en dato i regnskabsåret — ret datoen eller året`,
  "follow-up-only": (key: string, kind: Kind) =>
    `${key} bruges kun af en budgetopfølgning (kind: follow-up), og denne rapport er ${KIND[kind]}: fjern ${key}, eller gør rapporten til en budgetopfølgning`,
  "display-decimals/thousands": (decimals: number) =>
    `t.kr. vises i hele tusinder, ikke med ${decimals} decimaler: skriv t.kr., eller { unit: mio.kr., decimals: ${decimals} } for millioner med decimaler`,
  "display-decimals/millions": (decimals: number) =>
    `mio.kr. vises med én eller tre decimaler, ikke ${decimals}: skriv decimals: 1 eller decimals: 3, eller t.kr. for hele tusinder`,

  // Budget follow-ups and their snapshots (src/validate/index.ts, src/validate/checks/follow-up-figures.ts).
  "snapshot-missing": (name: string) =>
    `der er intet øjebliksbillede "${name}" (snapshots/${name}/snapshot.yaml): lav det med "aarsrapport freeze ${name}", mens data rummer tallene, der skal sammenlignes med, eller fjern compare_with`,
  "snapshot-name": (name: string, dir: string) =>
    `øjebliksbilledet i snapshots/${dir}/ kalder sig "${name}": et øjebliksbilledes navn er dets mappes — skriv name: ${dir}`,
  "expected-missing/committee": (committee: string, title: string) =>
    `${committee} angiver slet intet forventet regnskab (expected:), og budgetopfølgningen "${title}" viser kolonne (3) tom: tilføj expected: til indsatsområderne, finansieringsposterne og anlægsprojekterne`,
  "expected-missing/row": (subject: string, title: string) =>
    `${subject} har et budget, men intet forventet regnskab: budgetopfølgningen "${title}" viser et tomt felt — tilføj expected: (0, hvis intet forventes)`,

  // The implementation plan (src/validate/checks/initiative-projects.ts, src/validate/read-committee.ts).
  "initiative-project-unknown": (initiative: string, id: string) =>
    `${initiative} nævner anlægsprojekt ${id}, som intet udvalg har: ret id'et, eller tilføj projektet under et udvalgs capital:`,
  "initiative-project-ambiguous": (initiative: string, id: string, committees: string) =>
    `${initiative} nævner anlægsprojekt ${id}, som både ${committees} har, men ikke indsatsens eget udvalg: flyt indsatsen til det udvalg, der har projektet`,
  "deadline-date": (value: string) =>
    `fristen "${value}" ligner en dato, men er ingen dato i kalenderen: skriv ÅÅÅÅ-MM-DD (2025-06-30), et år (2025) eller ord ("2. kvartal 2025")`,
};

export const texts = {
  /** How a problem names an initiative of the budget agreement. */
  initiative: (nr: string, topic: string) => `indsats ${nr} "${topic}"`,
  /** How a problem names a capital project. */
  project: (id: string) => `anlægsprojekt ${id}`,
  /** The parts an initiative's amount is reconciled with. */
  projectBudget: (id: string) => `det oprindelige budget (budget) for anlægsprojekt ${id}`,
  /** A list of committees: "A, B og C". */
  and: (names: string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} og ${names.at(-1)}`),
  freeze: {
    badName: (name: string) => `øjebliksbilledets navn "${name}" må kun have små bogstaver, cifre og bindestreger, fx bo1 eller budgetopfoelgning-1`,
    exists: (dir: string) => `${dir} findes allerede: vælg et andet navn, eller angiv --force for at erstatte det`,
    invalid: "data har fejl: intet er frosset. Ret dem, og frys igen.",
    done: (dir: string, committees: number, label: string) =>
      `${committees} ${committees === 1 ? "udvalgsfil er" : "udvalgsfiler er"} frosset som ${dir}/ ("${label}"). En budgetopfølgning sammenligner med det gennem compare_with.`,
  },
};
