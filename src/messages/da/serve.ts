// `aarsrapport serve`: the page the preview shows while the data has errors, and its own problem.
export const problems = {
  "render-failed": (detail: string) => `rapporten kunne ikke dannes: ${detail}`,
};

export const texts = {
  page: {
    lang: "da",
    title: "Fejl i data",
    heading: "Rapporten kan ikke vises: data har fejl",
    mend: "Ret fejlene, og gem filen: siden opdaterer sig selv.",
  },
  notFound: "Ikke fundet",
};
