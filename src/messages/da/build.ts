// `aarsrapport build` as a person at a terminal reads it, and what the stages it runs say when they cannot go on
// (another build running, no browser, printing failed, a committee id that takes the data page's name).
export const texts = {
  printing: "Udskriver PDF'er",
  renderingFailed: (message: string) => `rapporten kunne ikke dannes: ${message}`,
  nothingWritten: "Intet er skrevet: det sidst udgivne er uændret.",
  mendAndBuild: "Intet er skrevet: ret fejlene ovenfor, og byg igen.",
  unchanged: (out: string) => `Intet er ændret siden det, der er udgivet i ${out}/: intet at gøre.`,
  published: (out: string, made: number, list: string, kept: number) =>
    `Udgivet i ${out}/: ${made} ${made === 1 ? "fil" : "filer"} lavet${list}; ${kept} uændrede.`,
  noLongerMade: (list: string) => `Laves ikke længere: ${list}.`,
  open: (out: string) => `Åbn ${out}/site/index.html; hvad der er ændret: ${out}/changes.html.`,
  locked: (out: string, pid: number, started: string, file: string) =>
    `en anden kørsel af build er i gang på ${out} (proces ${pid}, startet ${started}): vent på den (build --wait SEKUNDER), ` +
    `eller fjern ${file}, hvis der ikke kører nogen`,
  browserPath: (path: string) => `PUPPETEER_EXECUTABLE_PATH er sat til "${path}", men der er ingen fil der: ret den, eller fjern den`,
  noBrowser:
    "Der er ingen Chrome- eller Chromium-browser til at udskrive PDF'erne. Installér en — på Debian/Ubuntu: " +
    "`apt-get install chromium` (eller kør `npm run setup`, som gør det) — eller sæt PUPPETEER_EXECUTABLE_PATH til en browsers programfil.",
  printFailed: (name: string, first: string, second: string) => `udskrivningen af ${name} mislykkedes to gange (${first}; derefter ${second})`,
  pageCrashed: (detail: string) => `siden gik ned: ${detail}`,
  noPdfAfter: (seconds: number) => `ingen PDF efter ${String(seconds).replace(".", ",")} s`,
  dataPageId: (page: string) =>
    `et udvalgs id giver siden ${page}, som er navnet på siden "Data til genbrug": giv udvalget et andet id`,
};
