// The audit trail (revisionsspor): what figures.csv and the preview say of where each printed figure comes from,
// the words that name what a computed figure is made of (src/compute/), and the preview's marks and pages.
import { count } from "../words.js";

type Group = "inside" | "outside";

export const texts = {
  /** What the overviews' and the strategy's computed figures are made of. */
  parts: {
    committees: "udvalgenes totaler",
    committeeGroups: (group: Group) => `udvalgenes subtotaler ${group === "inside" ? "inden for" : "uden for"} servicerammen`,
    capital: "udvalgenes anlæg i alt",
    financing: "udvalgenes finansieringsposter i alt",
    targetDifference: "resultat − måltal",
    unspent: "korrigeret budget − regnskab",
    dailyMean: "gennemsnittet af de daglige saldi",
    otherDebt: "gæld i alt − ældreboliggæld",
    share: "forbrug / korrigeret budget × 100",
    perCitizen: "beløbet / indbyggertallet",
    /** Overførsler (src/compute/statements/carry-overs.ts): each figure's derivation, and the whole it belongs to. */
    carry: {
      frame: (number: string) => `overførsler, bevillingsramme ${number}`,
      committee: (name: string) => `overførsler, ${name}`,
      total: "overførsler i alt",
      taxLines: "rammens skattefinansierede indsatsområder",
      frames: "udvalgets rammer",
      allFrames: "alle udvalgs rammer",
      variance: "regnskab − korrigeret budget",
      cap: (percent: string, base: "adjusted" | "adopted") =>
        `korrigeret budget − regnskab, højst ±${percent} % af ${base === "adopted" ? "vedtaget" : "korrigeret"} budget`,
      all: "korrigeret budget − regnskab, det hele (overførselsadgang 100 % eller fri)",
      none: "ingen overførselsadgang: 0",
      noApplied: "ingen ansøgt overførsel angivet (carry_over: applied): 0",
      carried: "automatisk + ansøgt overførsel",
      returned: "korrigeret budget − regnskab − overført i alt",
      projects: "udvalgets skattefinansierede anlægsprojekter",
      transfers: "projekternes forventede overførsler (et regnskabsaflagt projekt overfører intet)",
      unspent: "korrigeret budget − regnskab",
      lapsed: "uforbrugt − overføres",
      committees: "udvalgene",
      capital: (name: string) => `overførsler på anlæg, ${name}`,
      capitalTotal: "overførsler på anlæg i alt",
    },
    /** Anlægsregnskaber (src/compute/statements/capital-accounts.ts). */
    accounts: {
      account: (id: string) => `anlægsregnskab ${id}`,
      years: "årenes regnskab",
      deviation: "regnskab i alt − bevilling",
      net: "udgifter + indtægter",
      notGiven: "ikke angivet: 0",
      accounts: "anlægsregnskaberne",
      small: "regnskab − korrigeret budget",
    },
    /** The personaleoversigt and the lists of guarantees (src/compute/statements/overviews.ts). */
    staffChange: "årsværk i året − året før",
    staffRows: "personaleoversigtens rækker",
    guaranteeItems: (list: "guarantees" | "contingent_assets" | "contingent_liabilities") =>
      `listens poster · ${{ guarantees: "garantier", contingent_assets: "eventualrettigheder", contingent_liabilities: "eventualforpligtelser" }[list]}`,
  },
  /** A figure's source in words. */
  source: {
    sum: (count: string, of: string) => `sum af ${count}: ${of}`,
    difference: (of: string) => `difference: ${of}`,
    other: (of: string) => `beregnet: ${of}`,
    unnamed: "beregnet",
    sumUnnamed: (count: string) => `sum af ${count} tal`,
    differenceUnnamed: "difference mellem to tal",
    agrees: (at: string) => `angivet i ${at}, afstemt: ingen difference`,
    rounding: (at: string, difference: string) => `angivet i ${at}, afstemt: afrundingsdifference ${difference}`,
    disagrees: (declared: string, at: string) => `angivet ${declared} i ${at} stemmer ikke med det beregnede, som vises`,
    unknown: "ukendt kilde",
  },
  /** The heads of figures.csv and of the preview's page of every figure. */
  heads: {
    table: "Tabel",
    rowNumber: "Række nr.",
    row: "Række",
    column: "Kolonne",
    printed: "Vist",
    exact: "Præcis værdi",
    unit: "Enhed",
    source: "Kilde",
    position: "Placering",
  },
  /** The preview's own words, around the report. */
  preview: {
    bar: "Forhåndsvisning",
    figuresLink: "Alle tal og deres kilder (revisionsspor)",
    figuresTitle: "Revisionsspor: alle tal og deres kilder",
    figuresIntro: (count: string) =>
      `Hvert af rapportens ${count} tal med tabel, række, kolonne, det viste og det præcise tal, og hvor det kommer fra. Samme indhold som out/audit/figures.csv.`,
    problemsHeading: (errors: number, warnings: number) => `Data har ${count(errors)} fejl og ${count(warnings)} ${warnings === 1 ? "advarsel" : "advarsler"}`,
    problemsIntro: "Rapporten vises så langt, data kan læses; build udgiver intet, før fejlene er rettet. Hver fejl er markeret ved sin række og sit tal.",
    warningsIntro: "Advarslerne er markeret ved deres række og tal; build udgiver trods advarsler.",
    mark: (n: string) => `problem ${n}`,
    declared: (value: string) => `angivet ${value}`,
    computed: (value: string) => `beregnet ${value}`,
    open: "Klik for at åbne filen i editoren",
    pageId: (page: string) => `et udvalgs id giver siden ${page}, som er navnet på forhåndsvisningens revisionsspor: giv udvalget et andet id`,
  },
};
