// What a declared or stated figure is and what its parts are, as the judge's messages name them.
import type * as da from "../da/figures.js";

const GROUP = {
  inside: "subtotal inside the service frame (Inden for servicerammen)",
  outside: "subtotal outside the service frame (Uden for servicerammen)",
};

export const texts: typeof da.texts = {
  columns: {
    adopted: "(1) adopted budget",
    adjusted: "(2) adjusted budget",
    actual: "(3) actual",
    variance: "(4) variance",
    prior: "prior year's actual (prior_actual)",
    expected: "expected (forventet regnskab)",
    spent: "spent (forbrug pr. dato)",
    expectedVariance: "(4) expected variance",
  },
  capitalColumns: {
    budget: "budget",
    adjusted: "adjusted budget",
    actual: "actual",
    transfer: "expected transfer",
    expected: "expected (forventet regnskab)",
    spent: "spent (forbrug pr. dato)",
    expectedVariance: "expected variance",
  },
  subject: {
    committeeGroup: (group) => `committee ${GROUP[group]}`,
    committeeTotal: "committee total (Årets resultat)",
    line: (frame, name) => `frame ${frame}, line "${name}"`,
    frameGroup: (frame, group) => `frame ${frame}, ${GROUP[group]}`,
    frameTotal: (frame) => `frame ${frame} total`,
    financingItem: (number, name) => `financing item ${number} ${name}`,
    financingTotal: "financing total (I alt)",
    capitalTotal: "capital total (Årets resultat of the capital table)",
    target: (id) => `target "${id}"`,
  },
  parts: {
    variance: "(3) − (2)",
    frames: "the frames' subtotals",
    groups: "the inside and outside subtotals",
    lines: "the frame's lines in that group",
    frameGroups: "its service-frame subtotals",
    financing: "the financing items",
    projects: "the projects",
    serviceFrame: "the committees' actuals inside the service frame plus the adjustments",
    capitalFrame: "target + transfers + advances",
    average: "the average of the years' surplus",
    liquidity: "liquidity / citizens",
    debt: "the debt at the period's start minus the debt now",
  },
};
