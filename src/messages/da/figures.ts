// What a declared or stated figure is and what its parts are, as the judge's messages name them
// ("bevillingsramme 10.26, subtotal uden for servicerammen, (1) vedtaget budget: angivet …, men rammens
// indsatsområder i den gruppe giver …"). The compute stage records them with each reconciliation (src/compute/).
type Group = "inside" | "outside";

const GROUP: Record<Group, string> = {
  inside: "subtotal inden for servicerammen",
  outside: "subtotal uden for servicerammen",
};

export const texts = {
  /** Tabel 1's columns. */
  columns: {
    adopted: "(1) vedtaget budget",
    adjusted: "(2) korrigeret budget",
    actual: "(3) regnskab",
    variance: "(4) afvigelse",
    prior: "regnskab året før",
    expected: "forventet regnskab",
    spent: "forbrug pr. dato",
    expectedVariance: "(4) forventet afvigelse",
  },
  /** The capital table's columns. */
  capitalColumns: {
    budget: "budget",
    adjusted: "korrigeret budget",
    actual: "regnskab",
    transfer: "forventet overførsel",
    expected: "forventet regnskab",
    spent: "forbrug pr. dato",
    expectedVariance: "forventet afvigelse",
  },
  subject: {
    committeeGroup: (group: Group) => `udvalgets ${GROUP[group]}`,
    committeeTotal: "udvalgets total (Årets resultat)",
    line: (frame: string, name: string) => `bevillingsramme ${frame}, indsatsområde "${name}"`,
    frameGroup: (frame: string, group: Group) => `bevillingsramme ${frame}, ${GROUP[group]}`,
    frameTotal: (frame: string) => `bevillingsramme ${frame} i alt`,
    financingItem: (number: string, name: string) => `finansieringspost ${number} ${name}`,
    financingTotal: "finansieringsposterne i alt (I alt)",
    capitalTotal: "anlæg i alt (Årets resultat i anlægstabellen)",
    target: (id: string) => `mål "${id}"`,
  },
  parts: {
    variance: "(3) − (2)",
    frames: "rammernes subtotaler",
    groups: "subtotalerne inden for og uden for servicerammen",
    lines: "rammens indsatsområder i den gruppe",
    frameGroups: "rammens subtotaler for servicerammen",
    financing: "finansieringsposterne",
    projects: "projekterne",
    serviceFrame: "udvalgenes regnskab inden for servicerammen plus korrektionerne",
    capitalFrame: "måltal + overførsler + fremrykninger (target + transfers + advances)",
    average: "gennemsnittet af årenes overskud",
    liquidity: "likviditet / borgere",
    debt: "gælden ved periodens start minus gælden nu",
  },
};
