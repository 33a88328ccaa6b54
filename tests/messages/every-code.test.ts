// A problem of every code the code base can emit, made by real input (scenarios.ts), read in Danish and in English:
// the exact message in each language. The table is typed by the catalogue's codes, so a new code without its
// messages here fails the compiler; catalogue.test.ts checks that no code is emitted outside the catalogue.
import { describe, expect, it } from "vitest";
import { setLanguage, type Lang, type ProblemCode } from "../../src/messages/index.js";
import { SCENARIOS } from "./scenarios.js";

const EXPECTED: Record<ProblemCode, Record<Lang, string>> = {
  "amount-type": {
    da: "adopted: forventede et beløb, men fandt en liste: skriv et tal som -2455, eller et dansk beløb i anførselstegn som \"-2.455\" eller \"1.234,5\"",
    en: "adopted: expected an amount, found a list: write a number such as -2455, or a quoted Danish amount such as \"-2.455\" or \"1.234,5\"",
  },
  "amount-not-finite": {
    da: "adopted: .inf er ikke et beløb (ikke et endeligt tal): skriv et tal som -2455, eller et dansk beløb i anførselstegn som \"-2.455\" eller \"1.234,5\"",
    en: "adopted: .inf is not an amount (not a finite number): write a number such as -2455, or a quoted Danish amount such as \"-2.455\" or \"1.234,5\"",
  },
  "amount-format": {
    da: "adopted: \"1,234.5\" er ikke et beløb i dansk format (tusindtalspunktum i grupper af tre, decimalkomma, fx \"1.234\" eller \"-2.455\" eller \"1.234,5\"): skriv et tal som -2455, eller et dansk beløb i anførselstegn som \"-2.455\" eller \"1.234,5\"",
    en: "adopted: \"1,234.5\" is not an amount in Danish format (thousands dot in groups of three, decimal comma, e.g. \"1.234\" or \"-2.455\" or \"1.234,5\"): write a number such as -2455, or a quoted Danish amount such as \"-2.455\" or \"1.234,5\"",
  },
  "amount-fraction": {
    da: "adopted: 1.234 har decimaler, men beløb i t.kr. skal være hele tal. Dansk faldgrube: mener du 1234 (med tusindtalspunktum), læser YAML 1.234 som et decimaltal — skriv 1234, eller sæt anførselstegn om: \"1.234\".",
    en: "adopted: 1.234 has a fractional part, but amounts in t.kr. must be whole numbers. Danish pitfall: if you mean 1234 (with a thousands dot), YAML reads 1.234 as a decimal number — write 1234 or quote it as \"1.234\".",
  },
  "amount-range": {
    da: "adopted: 1e16 er over ±10^15, for stort til at være et beløb: kontrollér tallet",
    en: "adopted: 1e16 is beyond ±10^15, too large to be an amount: check the figure",
  },
  "file-outside": {
    da: "\"../udenfor.md\" peger uden for datamappen: angiv en sti inden i den, fx text/beretning.md",
    en: "\"../udenfor.md\" points outside the data directory: give a path inside it, e.g. text/beretning.md",
  },
  "file-missing": {
    da: "municipality.yaml mangler: enhver datamappe skal have den (se schema/municipality.schema.json)",
    en: "municipality.yaml is missing: every data directory needs it (see schema/municipality.schema.json)",
  },
  "file-too-large": {
    da: "Markdown-filen \"text/stor.md\" fylder 6,0 MB, mere end de 5,0 MB, en datafil må fylde: kontrollér, at det er den rigtige fil",
    en: "the Markdown file \"text/stor.md\" is 6,0 MB, more than the 5,0 MB a data file may be: check that it is the right file",
  },
  "file-unreadable": {
    da: "<dir>/mapping.yaml er ikke en almindelig fil: læg en YAML-fil her",
    en: "<dir>/mapping.yaml is not a regular file: put a YAML file here",
  },
  "invalid-utf8": {
    da: "filen er ikke gyldig UTF-8 (måske gemt som Windows-1252 eller Latin-1): gem den som UTF-8",
    en: "the file is not valid UTF-8 (perhaps saved as Windows-1252 or Latin-1): save it as UTF-8",
  },
  "yaml-syntax": {
    da: "YAML: der er rykket ind med tabulator: YAML kræver mellemrum (Tabs are not allowed as indentation)",
    en: "YAML: a tab is used for indentation: YAML needs spaces (Tabs are not allowed as indentation)",
  },
  "duplicate-key": {
    da: "YAML: en nøgle står to gange i samme mapping: fjern eller omdøb den ene (Map keys must be unique)",
    en: "YAML: a key appears twice in the same mapping: remove or rename one of them (Map keys must be unique)",
  },
  "yaml-version": {
    da: "YAML: filen angiver %YAML 1.1, men dette værktøj læser YAML 1.2 (hvor \"yes\" er tekst, og \"<<\" ikke fletter noget): fjern %YAML-linjen",
    en: "YAML: the file declares %YAML 1.1, but this tool reads YAML 1.2 (where \"yes\" is text and \"<<\" merges nothing): remove the %YAML line",
  },
  "yaml-too-deep": {
    da: "YAML: listerne og mappingerne her er indlejret mere end 32 niveauer dybt, langt ud over enhver datafil: kontrollér parenteserne og indrykningen (måske en indsat tekst eller en eksport)",
    en: "YAML: the lists and mappings here nest more than 32 levels deep, far beyond any data file: check the brackets and the indentation (perhaps a pasted text or an export)",
  },
  "yaml-aliases": {
    da: "YAML: aliaset *f står inde i den værdi, &f navngiver, som så ville indeholde sig selv uden ende: skriv værdien ud",
    en: "YAML: the alias *f stands inside the value &f names, which would then hold itself without end: write the value out",
  },
  "yaml-tag": {
    da: "YAML: tagget !!binary understøttes ikke: fjern det, og skriv værdien som den er",
    en: "YAML: the tag !!binary is not supported: remove it and write the value plainly",
  },
  "text-too-long": {
    da: "teksten har 21.000 tegn, mere end de 20.000, en tekst må have (cirka otte sider): forkort den, eller fordel den på flere afsnit",
    en: "the text has 21.000 characters, more than the 20.000 a text may have (about eight pages): shorten it, or divide it over several sections",
  },
  "text-too-many-marks": {
    da: "afsnittet, der begynder her, har mere end 2.000 tegn til fremhævning og links (* _ ~ [ ] `): del det op i kortere afsnit, eller skriv tegnene som \\*, hvis de skal stå som tekst",
    en: "the paragraph starting here has more than 2.000 marks for emphasis and links (* _ ~ [ ] `): divide it into shorter paragraphs, or write the marks as \\* if they are meant as text",
  },
  "text-too-deep": {
    da: "teksten indlejrer citater, lister eller fremhævning mere end 24 niveauer dybt: skriv den med færre niveauer (se efter en række \">\" eller indrykkede \"-\")",
    en: "the text nests quotes, lists or emphasis more than 24 levels deep: write it with fewer levels (check for a run of \">\" or of indented \"-\")",
  },
  "balance-header": {
    da: "første linje skal være overskriften \"date;balance\" (eller \"dato;saldo\"), men er \"dag;beløb\": tilføj overskriftslinjen over den første dag",
    en: "the first line must be the header \"date;balance\" (or \"dato;saldo\"), found \"dag;beløb\": add the header line above the first day",
  },
  "balance-row": {
    da: "forventede to felter \"dato;saldo\", fandt 1: adskil dato og saldo med semikolon (;)",
    en: "expected two fields \"date;balance\", found 1: separate date and balance with a semicolon (;)",
  },
  "balance-date": {
    da: "\"2024-13-02\" er ikke en dato: skriv den som 2024-01-31 (eller 31-01-2024)",
    en: "\"2024-13-02\" is not a date: write it as 2024-01-31 (or 31-01-2024)",
  },
  "balance-missing": {
    da: "2024-01-02 har ingen saldo: hver kalenderdag skal have én (i weekender og på helligdage gentages den seneste saldo)",
    en: "2024-01-02 has no balance: every calendar day needs one (over weekends and holidays, repeat the last balance)",
  },
  "no-committees": {
    da: "der er ingen udvalgsfiler: læg én YAML-fil pr. udvalg i committees/ (se schema/committee.schema.json)",
    en: "no committee files found: put one YAML file per committee in committees/ (see schema/committee.schema.json)",
  },
  "not-a-mapping": {
    da: "filen indeholder en liste: en udvalgsfil skal være en mapping af nøgler (se schema/committee.schema.json)",
    en: "the file holds a list: a committee file must be a mapping of keys (see schema/committee.schema.json)",
  },
  "unknown-key": {
    da: "bevillingsramme 10.01, indsatsområde \"Linje A\": ukendt nøgle \"ajusted\" — mente du \"adjusted\"? Kendte nøgler her: name, service, area, adopted, adjusted, actual, variance, prior_actual, expected, spent",
    en: "frame 10.01, line \"Linje A\": unknown key \"ajusted\" — did you mean \"adjusted\"? Known keys here: name, service, area, adopted, adjusted, actual, variance, prior_actual, expected, spent",
  },
  "missing-key": {
    da: "bevillingsramme 10.01: nøglen \"name\" mangler: tilføj den",
    en: "frame 10.01: missing key \"name\": add it",
  },
  "wrong-type": {
    da: "bevillingsramme #1, number: forventede tekst, men fandt tallet 10.3. Rammens nummer i anførselstegn, fx \"10.30\" (uden anførselstegn læser YAML det som 10.3).",
    en: "frame #1, number: expected text, found a number (10.3). Frame code as a quoted string, e.g. \"10.30\" (unquoted, YAML would read 10.3).",
  },
  "not-allowed": {
    da: "status: \"aproved\" er ikke tilladt: brug en af draft, approved (mente du \"approved\"?)",
    en: "status: \"aproved\" is not allowed: use one of draft, approved (did you mean \"approved\"?)",
  },
  "wrong-form": {
    da: "id: \"klima-miljø\" har ikke den krævede form. Et kort navn med små bogstaver og bindestreger, forskelligt fra de andre udvalgsfilers; bruges i filnavne, fx klima-miljo.",
    en: "id: \"klima-miljø\" does not have the required form. Slug, unique across committee files; used in output file names, e.g. klima-miljo.",
  },
  "empty-value": {
    da: "committee: må ikke være tom",
    en: "committee: must not be empty",
  },
  "out-of-range": {
    da: "year: 1999 er uden for det tilladte: skal være >= 2000",
    en: "year: 1999 is out of range: must be >= 2000",
  },
  schema: {
    da: "source, delimiter: må højst have 1 tegn",
    en: "source, delimiter: must NOT have more than 1 characters",
  },
  "service-missing": {
    da: "bevillingsramme 10.01, indsatsområde \"Linje A\": der står ikke, om indsatsområdet er inden for eller uden for servicerammen: tilføj \"service: inside\" eller \"service: outside\" på indsatsområdet, eller en fælles \"service:\" på bevillingsrammen",
    en: "frame 10.01, line \"Linje A\": it is not said whether the line is inside or outside the service frame (servicerammen): add \"service: inside\" or \"service: outside\" to the line, or a default \"service:\" to the frame",
  },
  "id-lowercase": {
    da: "projektnummeret \"a000001\" er skrevet med lille a: det læses som A000001; skriv det med stort A",
    en: "project id \"a000001\" is written in lower case: read as A000001; write it with a capital A",
  },
  "closed-with-transfer": {
    da: "anlægsprojekt A000001 er regnskabsaflagt (closed: true, vises som \"R\") og har også en forventet overførsel (transfer): et regnskabsaflagt projekt overfører intet — fjern \"transfer\" eller \"closed: true\"",
    en: "project A000001 is closed (regnskabsaflagt, printed \"R\") and also has a transfer (forventet overførsel): a closed project carries nothing over — remove \"transfer\" or \"closed: true\"",
  },
  "duplicate-frame-number": {
    da: "bevillingsramme 10.01 står to gange (første gang i linje 5): hver bevillingsramme står én gang — fjern eller omnummerér den ene",
    en: "duplicate frame number 10.01 (first at line 5): each frame (bevillingsramme) appears once — remove or renumber one",
  },
  "duplicate-financing-number": {
    da: "finansieringspost 70.82 står to gange (første gang i linje 5): hver finansieringspost står én gang — fjern eller omnummerér den ene",
    en: "duplicate financing number 70.82 (first at line 5): each financing item appears once — remove or renumber one",
  },
  "duplicate-capital-project-id": {
    da: "anlægsprojekt A000001 står to gange (første gang i linje 5): et projekt står én gang pr. udvalg — fjern eller omnummerér det ene",
    en: "duplicate capital project id A000001 (first at line 5): a project appears once per committee — remove or renumber one",
  },
  "duplicate-target-id": {
    da: "målet gaeld står to gange (også i linje 7): giv hvert mål sit eget id",
    en: "duplicate target id gaeld (also on line 7): give each target its own id",
  },
  "duplicate-year": {
    da: "året 2024 står to gange (også i linje 7): angiv hvert år én gang",
    en: "duplicate year 2024 (also on line 7): give each year once",
  },
  "duplicate-history-year": {
    da: "året 2020 står to gange i history (også i linje 7): angiv hvert år én gang",
    en: "duplicate history year 2020 (also on line 7): give each year once",
  },
  "duplicate-debt-year": {
    da: "gælden for 2021 står to gange (også i linje 7): angiv hvert års gæld én gang",
    en: "duplicate debt year 2021 (also on line 7): give each year's debt once",
  },
  "liquidity-twice": {
    da: "2024: angiv enten \"liquidity\" (gennemsnittet) eller \"daily_balances\" (til at beregne det), ikke begge",
    en: "2024: give either \"liquidity\" (the average) or \"daily_balances\" (to compute it), not both",
  },
  "citizens-missing": {
    da: "2025: likviditet pr. borger kræver antallet af borgere: tilføj \"citizens\" (population.liquidity_basis gælder kun for 2024)",
    en: "2025: liquidity per citizen needs the number of citizens: add \"citizens\" (population.liquidity_basis counts for 2024 only)",
  },
  "period-order": {
    da: "perioden løber fra 2025 til 2022: \"from\" må ikke ligge efter \"to\"",
    en: "the period runs from 2025 to 2022: \"from\" must not be after \"to\"",
  },
  "debt-year-missing": {
    da: "gældsafviklingen beregnes ud fra gælden ved periodens start (ultimo 2021): tilføj \"- { year: 2021, total: … }\" under debt",
    en: "the debt reduction is computed from the debt at the start of the period (end of 2021): add \"- { year: 2021, total: … }\" to debt",
  },
  "balance-duplicate-date": {
    da: "2024-04-10 står to gange (også i linje 101): behold én saldo pr. dag",
    en: "2024-04-10 appears twice (also on line 101): keep one balance per day",
  },
  "balance-too-few-days": {
    da: "færre end 365 dage: kassekreditreglen tager gennemsnittet af de 365 dage fra 2024-01-02 til 2024-12-31; filen har 335 af dem, fra 2024-02-01: tilføj saldiene fra 2024-01-02 til 2024-01-31",
    en: "fewer than 365 days: the kassekreditreglen averages the 365 days from 2024-01-02 to 2024-12-31; the file has 335 of them, starting on 2024-02-01: add the balances from 2024-01-02 to 2024-01-31",
  },
  "balance-days-missing": {
    da: "et hul før 2024-03-02: 2024-03-01 mangler; kassekreditreglen tager gennemsnittet af de 365 dage fra 2024-01-02 til 2024-12-31: tilføj en saldo for hver kalenderdag (i weekender og på helligdage gentages den seneste saldo)",
    en: "a gap before 2024-03-02: 2024-03-01 is missing; the kassekreditreglen averages the 365 days from 2024-01-02 to 2024-12-31: add a balance for every calendar day (over weekends and holidays, repeat the last balance)",
  },
  "duplicate-committee-id": {
    da: "udvalgs-id'et \"test\" bruges to gange (også i committees/01-test.yaml): giv hvert udvalg sit eget id",
    en: "duplicate committee id \"test\" (also in committees/01-test.yaml): give each committee its own id",
  },
  "duplicate-order": {
    da: "order 1 bruges også af committees/01-test.yaml: giv hvert udvalg sin egen order, så rapportens rækkefølge er entydig",
    en: "order 1 is also used by committees/01-test.yaml: give each committee its own order so that the report's sequence is clear",
  },
  "rounding-difference": {
    da: "afrundingsdifference: bevillingsramme 10.01, indsatsområde \"Linje A\", (4) afvigelse: angivet 11, men (3) − (2) giver 10 (difference +1 t.kr.); inden for de ±1,5 t.kr., som afrunding af delene kan forklare",
    en: "rounding difference: frame 10.01, line \"Linje A\", (4) variance: declared 11, but (3) − (2) gives 10 (difference +1 t.kr.); within the ±1,5 t.kr. that rounding of the parts can explain",
  },
  "total-mismatch": {
    da: "bevillingsramme 10.01, indsatsområde \"Linje A\", (4) afvigelse: angivet 99, men (3) − (2) giver 10 (difference +89 t.kr.), mere end afrunding kan forklare (±1,5 t.kr.): ret det angivne tal eller de tal, det summerer, eller fjern det angivne tal, så det beregnede vises",
    en: "frame 10.01, line \"Linje A\", (4) variance: declared 99, but (3) − (2) gives 10 (difference +89 t.kr.), more than rounding can explain (±1,5 t.kr.): correct the declared figure or the figures it sums, or remove the declared figure to print the computed one",
  },
  "result-mismatch": {
    da: "mål \"overskud\", result: oplyst 300, men gennemsnittet af årenes overskud giver 255 (difference +45 t.kr.): ret det oplyste tal eller de tal, det kommer fra, eller fjern \"result\", så det beregnede vises",
    en: "target \"overskud\", result: stated 300, but the average of the years' surplus gives 255 (difference +45 t.kr.): correct the stated figure or the figures it comes from, or remove \"result\" to print the computed one",
  },
  "text-figure": {
    da: "teksten nævner et merforbrug på 12,4 mio. kr., men intet merforbrug i Tabel 1 afrundes til 12,4 mio. kr.: kontrollér teksten mod tabellen",
    en: "the text mentions an overspend (merforbrug) of 12,4 mio. kr., but no overspend in Tabel 1 rounds to 12,4 mio. kr.: check the text against the table",
  },
  "render-failed": {
    da: "rapporten kunne ikke dannes: Parse error on line 3",
    en: "the report could not be rendered: Parse error on line 3",
  },
  "source-missing": {
    da: "filen <dir>/saldi.csv findes ikke",
    en: "the file <dir>/saldi.csv does not exist",
  },
  "source-format": {
    da: "kan ikke læse .xls: angiv en Excel-projektmappe (.xlsx) eller en CSV-fil (.csv); gem en gammel .xls som .xlsx",
    en: "cannot read .xls: give an Excel workbook (.xlsx) or a CSV file (.csv); save an old .xls as .xlsx",
  },
  "source-too-large": {
    da: "projektmappen fylder udpakket mere end de 60 MB, en eksport må fylde: eksportér færre rækker, eller gem den som CSV",
    en: "the workbook unpacks to more than the 60 MB an export may have: export fewer rows, or save it as CSV",
  },
  "source-unreadable": {
    da: "projektmappen kan ikke læses: den er ikke et zip-arkiv, som en .xlsx-fil er (Can't find end of central dire…. Er det en .xlsx-fil gemt af Excel?",
    en: "cannot read the workbook: it is not a zip archive, as an .xlsx file is (Can't find end of central direc…. Is it an .xlsx file saved by Excel?",
  },
  "sheet-missing": {
    da: "projektmappen har intet ark \"Ukendt ark\" — dens ark er \"Drift\", \"Anlæg\": angiv et af dem i mappingens sheet:",
    en: "the workbook has no sheet \"Ukendt ark\" — its sheets are \"Drift\", \"Anlæg\": name one of them in the mapping's sheet:",
  },
  "mapping-file": {
    da: "operations: angiver ingen file:, men der er 2 kilder — tilføj file: <navn> for at sige, hvilken af dem der har denne tabel",
    en: "operations: names no file: but 2 sources are given — add file: <name> to say which one holds this table",
  },
  "source-unused": {
    da: "ingen af mappingens tabeller læser denne fil: tilføj file: b.csv under operations: eller capital: i <dir>/mapping.yaml",
    en: "no table of the mapping reads this file: add file: b.csv to operations: or capital: in <dir>/mapping.yaml",
  },
  encoding: {
    da: "filen er ikke gyldig UTF-8, som mappingen siger: sæt source: encoding: windows-1252 (eller auto) i mappingen, eller gem filen som UTF-8",
    en: "the file is not valid UTF-8 as the mapping says: set source: encoding: windows-1252 (or auto) in the mapping, or save the file as UTF-8",
  },
  "encoding-bom": {
    da: "mappingen siger windows-1252, men filen begynder med et byte-order mark for utf-8, og det afgør sagen: den læses som utf-8. Sæt source: encoding: auto for at sige det",
    en: "the mapping says windows-1252, but the file starts with a utf-8 byte-order mark, which settles it: read as utf-8. Set source: encoding: auto to say so",
  },
  "csv-syntax": {
    da: "filen kan ikke læses som CSV: Quote Not Closed: the parsing is finished with an opening quote at line 3. Kontrollér anførselstegnene (\") i den række",
    en: "the file cannot be read as CSV: Quote Not Closed: the parsing is finished with an opening quote at line 3. Check the quotes (\") on that row",
  },
  "csv-columns": {
    da: "rækken har 9 felter, men overskriftsrækken har 8: et \";\" inde i en værdi skal stå i anførselstegn (\"…\")",
    en: "the row has 9 fields but the header has 8: a \";\" inside a value must be quoted (\"…\")",
  },
  "header-missing": {
    da: "der begynder ingen række i linje 5: sæt header_row i mappingen til den linje, der har kolonneoverskrifterne",
    en: "no record starts on line 5: set header_row in the mapping to the line holding the column headers",
  },
  "column-missing": {
    da: "overskriftsrækken har ingen kolonne \"Regnskab\" (nævnt i mappingens operations: columns: actual). Dens kolonner er: \"Udvalg\", \"Ramme\", \"Rammenavn\", \"Indsatsområde\", \"Serviceramme\", \"Opr. budget\", \"Korr. budget\", \"Regnskab 2024\". Kontrollér header_row og overskriftens tekst",
    en: "the header row has no column \"Regnskab\" (named in the mapping's operations: columns: actual) Its columns are: \"Udvalg\", \"Ramme\", \"Rammenavn\", \"Indsatsområde\", \"Serviceramme\", \"Opr. budget\", \"Korr. budget\", \"Regnskab 2024\". Check header_row and the header text",
  },
  "column-ambiguous": {
    da: "overskriftsrækken har 2 kolonner \"Regnskab\" (nævnt i mappingens operations: columns: actual): omdøb den ene i eksporten",
    en: "the header row has 2 columns \"Regnskab\" (named in the mapping's operations: columns: actual): rename one in the export",
  },
  "amount-precision": {
    da: "100,005 kr. er ikke et helt antal øre: kontrollér cellen, eller den enhed mappingen angiver (source: unit: kr.)",
    en: "100,005 kr. is not a whole number of øre: check the cell, or the unit the mapping gives (source: unit: kr.)",
  },
  "value-missing": {
    da: "cellen er tom, men hver række skal have et indsatsområde: udfyld den, eller spring den slags rækker over (skip: i mappingen)",
    en: "the cell is empty, but every row needs an activity line (indsatsområde): fill it in, or skip such rows (skip: in the mapping)",
  },
  "frame-number": {
    da: "\"10,01\" er ikke et rammenummer (cifre og punktummer, fx 10.26): kontrollér kolonnen, eller spring den slags rækker over",
    en: "\"10,01\" is not a frame number (digits and dots, e.g. 10.26): check the column, or skip such rows",
  },
  "service-value": {
    da: "\"Måske\" siger hverken inden for (\"Ja\") eller uden for (\"Nej\") servicerammen: tilføj den under service_values: i mappingen",
    en: "\"Måske\" says neither inside (\"Ja\") nor outside (\"Nej\") the service frame: add it to service_values: in the mapping",
  },
  "committee-unknown": {
    da: "der er ingen udvalgsfil for \"Ukendt udvalg\": tilføj udvalget under committees: i mappingen (source, id, order), eller brug et af de kendte navne: \"Testudvalget\", \"Andet udvalg\"",
    en: "no committee file for \"Ukendt udvalg\": add it to committees: in the mapping (source, id, order), or use one of the known names: \"Testudvalget\", \"Andet udvalg\"",
  },
  "frame-committee": {
    da: "bevillingsramme 10.01 står under et andet udvalg i række 2: en bevillingsramme hører til ét udvalg",
    en: "frame 10.01 is under another committee on row 2: a frame belongs to one committee",
  },
  "frame-name": {
    da: "bevillingsramme 10.01 hedder \"Ramme\" i række 2, men \"Anden\" her: en bevillingsramme har ét navn",
    en: "frame 10.01 is called \"Ramme\" on row 2 but \"Anden\" here: one frame has one name",
  },
  "duplicate-row": {
    da: "indsatsområdet \"Linje A\" inden for servicerammen i bevillingsramme 10.01 står også i række 2 (et indsatsområde kendes på sin ramme, sit navn og sin servicegruppe). Har eksporten én række pr. konto, så sæt sum_rows: true for at lægge rækkerne sammen; er den ene række en subtotal, så spring den over (skip:); er det to indsatsområder, så giv dem forskellige navne i eksporten, eller importér kontiene gennem en kontotabel (accounts:)",
    en: "the line \"Linje A\" inside the service frame of frame 10.01 is on row 2 too (a line is known by its frame, name and service group). If the export has one row per account, set sum_rows: true to add such rows up; if one row is a subtotal, skip it (skip:); if they are two lines, give them different names in the export, or import the accounts through an account table (accounts:)",
  },
  "project-name": {
    da: "anlægsprojekt A000001 hedder \"Projekt\" i række 2, men \"Andet\" her",
    en: "project A000001 is called \"Projekt\" on row 2 but \"Andet\" here",
  },
  "project-id": {
    da: "\"B12\" er ikke et projektnummer (A og seks cifre, fx A015054): kontrollér kolonnen, eller spring den slags rækker over",
    en: "\"B12\" is not a project id (A and six digits, e.g. A015054): check the column, or skip such rows",
  },
  "status-value": {
    da: "status 'Måske' er hverken afsluttet (\"Afsluttet\") eller åben (\"I gang\"): tilføj den under closed_values: eller open_values: i mappingen",
    en: "the status 'Måske' is neither closed (\"Afsluttet\") nor open (\"I gang\"): add it to closed_values: or open_values: in the mapping",
  },
  "account-number": {
    da: "kontoen er en talcelle (3.221), som mister nuller (3.22.10 bliver til 3.221): eksportér kontokolonnerne som tekst",
    en: "the account is a number cell (3.221), which loses zeros (3.22.10 becomes 3.221): export the account columns as text",
  },
  "account-unmapped": {
    da: "konto 4.62.81.001 hører ikke til noget indsatsområde eller nogen finansieringspost i mappingens kontotabel (accounts:): tilføj den (eller en begyndelse eller et interval, der rummer den) under accounts: for et indsatsområde eller en finansieringspost, eller spring den slags rækker over (skip:)",
    en: "account 4.62.81.001 is in no line or financing item of the mapping's account table (accounts:): add it (or a prefix or range holding it) to the accounts: of a line or financing item, or skip such rows (skip:)",
  },
  "account-ambiguous": {
    da: "konto 3.22.01.002 passer på både indsatsområdet \"Tilskud\" i bevillingsramme 10.01 (mappingens linje 12) og indsatsområdet \"Andet\" i bevillingsramme 10.01 (mappingens linje 13), og intet af mønstrene er mere specifikt: gør det ene længere (3.22.01 er mere specifikt end 3.22), eller tag kontoen ud af det ene",
    en: "account 3.22.01.002 fits both the line \"Tilskud\" of frame 10.01 (mapping line 12) and the line \"Andet\" of frame 10.01 (mapping line 13), and neither pattern is more specific: make one of them longer (3.22.01 is more specific than 3.22), or take the account out of one",
  },
  "total-row-twice": {
    da: "endnu en totalrække for bevillingsramme 10.01 (den første står i række 3): spring en af dem over (skip:)",
    en: "a second total row of frame 10.01 (the first is on row 3): skip one of them (skip:)",
  },
  "total-row-orphan": {
    da: "en totalrække for bevillingsramme 10.02, men eksporten har ingen rækker med det: kontrollér total_rows:-reglerne, eller spring denne række over (skip:)",
    en: "a total row of frame 10.02, but the export has no rows of it: check the total_rows: rules, or skip this row (skip:)",
  },
  "mapping-no-table": {
    da: "mappingen har hverken operations: eller capital: — tilføj mindst én tabel (se docs/import.md)",
    en: "the mapping has neither operations: nor capital: — add at least one table (see docs/import.md)",
  },
  "mapping-no-amounts": {
    da: "operations: columns: angiver ingen beløbskolonne — tilføj adopted, adjusted eller actual",
    en: "operations: columns: names no amount column — add adopted, adjusted or actual",
  },
  "mapping-skip-rule": {
    da: "operations: skip: regel 1 skal have enten matches: (et regulært udtryk) eller empty: true, men har ingen af dem",
    en: "operations: skip: rule 1 needs either matches: (a regular expression) or empty: true, not neither",
  },
  "mapping-regexp": {
    da: "operations: skip: regel 1: \"(\" er ikke et gyldigt regulært udtryk",
    en: "operations: skip: rule 1: \"(\" is not a valid regular expression",
  },
  "mapping-column-missing": {
    da: "operations: columns: angiver ingen frame_number-kolonne: en eksport pr. indsatsområde skal have committee, frame_number, frame_name, line og service (eller giv en kontotabel, accounts:, til en eksport pr. konto)",
    en: "operations: columns: names no frame_number column: a line-level export needs committee, frame_number, frame_name, line and service (or give an account table, accounts:, for an account-level export)",
  },
  "mapping-account-table": {
    da: "sum_rows: giver ingen mening sammen med en kontotabel (accounts:), som siger udvalg, ramme, indsatsområde og servicegruppe for hver konto: fjern den",
    en: "sum_rows: has no meaning with an account table (accounts:), which says committee, frame, line and service group for each account: remove it",
  },
  "mapping-line-service": {
    da: "indsatsområdet \"Tilskud\" har ingen servicegruppe: giv det service: inside eller outside, eller giv dets ramme en service: for alle dens indsatsområder",
    en: "the line \"Tilskud\" has no service group: give it service: inside or outside, or give its frame a service: for all its lines",
  },
  "mapping-frame-twice": {
    da: "bevillingsramme 10.01 står to gange i kontotabellen (første gang i linje 8): angiv hver ramme én gang, med alle dens indsatsområder",
    en: "frame 10.01 is in the account table twice (first on line 8): list each frame once, with all its lines",
  },
  "mapping-line-twice": {
    da: "indsatsområdet \"Tilskud\" inden for servicerammen står to gange i denne ramme (første gang i linje 12): saml alle dets konti i ét punkt",
    en: "the line \"Tilskud\" inside the service frame is in this frame twice (first on line 12): put all its accounts on one entry",
  },
  "mapping-financing-twice": {
    da: "70.82 står to gange i kontotabellen (første gang i linje 15): en finansieringspost og en ramme har hver sit nummer",
    en: "70.82 is in the account table twice (first on line 15): a financing item and a frame each have their own number",
  },
  "mapping-account-pattern": {
    da: "\"7,68\" er ikke et kontomønster: skriv en konto eller dens begyndelse (3.22.01, 8.55.*.6), eller et interval (8.25-8.52)",
    en: "\"7,68\" is not an account pattern: write an account or its beginning (3.22.01, 8.55.*.6), or a range (8.25-8.52)",
  },
  "mapping-committee-unknown": {
    da: "der er ingen udvalgsfil for \"Ukendt udvalg\": tilføj udvalget under committees: i mappingen (source, id, order), eller brug et af de kendte navne: \"Testudvalget\"",
    en: "no committee file for \"Ukendt udvalg\": add it to committees: in the mapping (source, id, order), or use one of the known names: \"Testudvalget\"",
  },
  "merge-unparsable": {
    da: "filen er ikke en gyldig udvalgsfil, så importen kan ikke flette ind i den: kør aarsrapport validate, og ret den først",
    en: "the file is not a valid committee file, so the import cannot merge into it: run aarsrapport validate and mend it first",
  },
  // The statements.
  "statement-row-mismatch": {
    da: "regnskabsopgørelsen, \"Skatter\", regnskab: oplyst -1.000.100, men afledt af finansieringsposterne med kind taxes er den -1.000.000 (difference -100 t.kr.): ret det oplyste tal eller de tal, det afledes af, eller fjern det: opgørelsen viser det afledte tal",
    en: "the regnskabsopgørelse, \"Skatter\", actual: stated -1.000.100, but derived from the financing items of kind taxes it is -1.000.000 (difference -100 t.kr.): correct the stated figure, or the figures it is derived from, or remove it: the statement prints the derived figure",
  },
  "financing-zero-sum": {
    da: "finansieringsoversigten går ikke op, regnskab: \"Ændring af likvide aktiver (80.88 Forskydning i likvide aktiver)\" er -36.500, men de øvrige rækker (Resultat i alt (jf. regnskabsopgørelsen) 10.000; Optagne lån -20.000; Afdrag på lån 25.000; Finansforskydninger 3.000) giver en ændring af likvide aktiver på -18.000: 18.500 t.kr., som intet tal forklarer: i udgiftsfortegn er resultat + optagne lån + afdrag + finansforskydninger + ændring af likvide aktiver = 0 (i hovedkonto 8 er + flere aktiver eller mindre gæld: optagne lån −, afdrag +, flere likvide aktiver +): ret kassetallet eller de tal, de øvrige rækker kommer af, og kontrollér hver finansieringsposts kind",
    en: "the finansieringsoversigt does not add up, actual: \"Ændring af likvide aktiver (80.88 Forskydning i likvide aktiver)\" is -36.500, but the other rows (Resultat i alt (jf. regnskabsopgørelsen) 10.000; Optagne lån -20.000; Afdrag på lån 25.000; Finansforskydninger 3.000) make a change in liquid assets of -18.000: 18.500 t.kr. that no figure explains: in udgift sign result + loans + repayments + balance shifts + change in liquid assets = 0 (in hovedkonto 8 + is more assets or less debt: loans −, repayments +, more cash +): correct the cash figure or the figures that make the others, and check each financing item's kind",
  },
  "balance-unbalanced": {
    da: "balancen balancerer ikke pr. 31.12.2024: Aktiver i alt 2.095.000; Passiver i alt uden egenkapital 788.000; \"Egenkapital\" er 1.308.000, men skulle være 1.307.000 (difference +1.000 t.kr.): aktiver i alt skal være lig med passiver i alt: ret egenkapitalen (den balancerende post) eller den række, der er forkert",
    en: "the balance does not balance at 31.12.2024: Aktiver i alt 2.095.000; Passiver i alt without egenkapital 788.000; \"Egenkapital\" is 1.308.000 but would have to be 1.307.000 (difference +1.000 t.kr.): aktiver i alt must equal passiver i alt: correct egenkapital (the balancing item) or the row that is wrong",
  },
  "liquid-assets-movement": {
    da: "\"Urealiserede kursreguleringer af likvide aktiver\", 2024: 2.000, men balancens likvide beholdninger og finansieringsoversigten giver 1.000 (Likvide beholdninger 31.12.2023 150.000; Ændring af likvide aktiver (finansieringsoversigten) -18.000; Likvide beholdninger 31.12.2024 133.000; de likvide beholdninger ændrer sig med ændringen af likvide aktiver plus de urealiserede kursreguleringer) (difference +1.000 t.kr.): ret balance.revaluations.liquid_assets, de likvide beholdninger på en af datoerne eller finansieringsoversigtens tal",
    en: "\"Urealiserede kursreguleringer af likvide aktiver\", 2024: 2.000, but the balance's liquid assets and the finansieringsoversigt give 1.000 (Likvide beholdninger 31.12.2023 150.000; Ændring af likvide aktiver (finansieringsoversigten) -18.000; Likvide beholdninger 31.12.2024 133.000; the liquid assets move by the change in liquid assets plus the unrealised revaluations) (difference +1.000 t.kr.): correct balance.revaluations.liquid_assets, the liquid assets at either date, or the figures of the finansieringsoversigt",
  },
  "long-term-debt-movement": {
    da: "\"Kurs- og indeksreguleringer m.v. af den langfristede gæld\", 2024: 1.000, men balancens langfristede gæld og finansieringsposterne giver 0 (Langfristet gæld 31.12.2023 400.000; Optagne lån 20.000; Afdrag på lån -25.000; Langfristet gæld 31.12.2024 395.000; gælden ved årets udgang er gælden ved dets begyndelse + optagne lån − afdrag + reguleringer) (difference +1.000 t.kr.): ret balance.revaluations.long_term_debt, den langfristede gæld på en af datoerne eller optagne lån og afdrag (kind loans, repayments)",
    en: "\"Kurs- og indeksreguleringer m.v. af den langfristede gæld\", 2024: 1.000, but the balance's long-term debt and the financing items give 0 (Langfristet gæld 31.12.2023 400.000; Optagne lån 20.000; Afdrag på lån -25.000; Langfristet gæld 31.12.2024 395.000; the debt at the year's end is the debt at its start + loans taken up − repayments + regulations) (difference +1.000 t.kr.): correct balance.revaluations.long_term_debt, the long-term debt at either date, or the loans and repayments (kind loans, repayments)",
  },
  "financing-kind-missing": {
    da: "finansieringspost 70.76 Renter har ingen kind: med statements.yaml skal hver finansieringspost have en, så den kan placeres i regnskabsopgørelsen og finansieringsoversigten — tilføj kind: taxes | grants | interest | loans | repayments | balance-shifts | cash",
    en: "financing item 70.76 Renter has no kind: with statements.yaml each financing item needs one, to place it in the regnskabsopgørelse and the finansieringsoversigt — add kind: taxes | grants | interest | loans | repayments | balance-shifts | cash",
  },
  "financing-no-cash-item": {
    da: "ingen finansieringspost har kind: cash (beholdningsbevægelse, forskydning i likvide aktiver): finansieringsoversigten viser den ændring af likvide aktiver, som de øvrige rækker giver, men kan ikke kontrollere den mod den bogførte — tilføj kind: cash på den post, der bogfører den",
    en: "no financing item has kind: cash (beholdningsbevægelse, forskydning i likvide aktiver): the finansieringsoversigt prints the change in liquid assets the other rows make, but cannot check it against the booked one — add kind: cash to the item that books it",
  },
  "key-figures-citizens": {
    da: "key_figures.citizens er liquidity_basis, men municipality.yaml angiver ingen population.liquidity_basis: nøgletallene pr. indbygger står tomme — tilføj den dér, eller vælg et andet indbyggertal",
    en: "key_figures.citizens is liquidity_basis, but municipality.yaml gives no population.liquidity_basis: the key figures per citizen are left blank — add it there, or choose another count",
  },
  "strategy-debt-balance": {
    da: "mål \"gaeld\", gæld i alt 2024: strategien angiver 225.100, men balancen giver 224.100 pr. samme dato (difference +1.000 t.kr.): strategiens gæld ved et års udgang er balancens langfristede gæld: ret det tal, der er forkert",
    en: "target \"gaeld\", debt total 2024: the strategy states 225.100, but the balance gives 224.100 for the same date (difference +1.000 t.kr.): the strategy's debt at a year's end is the balance's long-term debt: correct the one that is wrong",
  },
  "strategy-surplus-statement": {
    da: "mål \"overskud\", overskud 2024: angivet 399.451, men regnskabsopgørelsen giver et overskud af ordinær driftsvirksomhed på 409.451 (−resultat af ordinær driftsvirksomhed) (difference -10.000 t.kr.): udelad årets overskud for at bruge det beregnede, eller ret de tal, det kommer af",
    en: "target \"overskud\", surplus 2024: stated 399.451, but the regnskabsopgørelse gives a surplus on running items of 409.451 (−resultat af ordinær driftsvirksomhed) (difference -10.000 t.kr.): leave the year's surplus out to use the computed one, or correct the figures it comes from",
  },
  "strategy-surplus-missing": {
    da: "mål \"overskud\", år 2024: der er ikke angivet noget overskud: tilføj \"surplus:\" (eller statements.yaml, hvis regnskabsopgørelse beregner regnskabsårets overskud)",
    en: "target \"overskud\", year 2024: no surplus is stated: add \"surplus:\" (or statements.yaml, whose regnskabsopgørelse computes the surplus of the report year)",
  },
  "report-and-reports": {
    da: "angiv enten \"report\" (én rapport) eller \"reports\" (en liste af rapporter), ikke begge: flyt rapporten ind i listen",
    en: "give either \"report\" (one report) or \"reports\" (a list of reports), not both: move the report into the list",
  },
  "report-kind-twice": {
    da: "endnu en udmøntningsplan (den første står i linje 5): data rummer ét sæt tal for hver slags rapport, så hver slags laves én gang — fjern den ene",
    en: "a second report of kind plan (the first is on line 5): the data hold one set of figures for each kind, so each kind is made once — remove one",
  },
  "duplicate-report-id": {
    da: "to rapporter har id'et \"rapport\" (den første i linje 5): deres filer ville støde sammen — giv den ene et andet id",
    en: "two reports have the id \"rapport\" (the first on line 5): their outputs would collide — give one of them another id",
  },
  "report-id-reserved": {
    da: "rapport-id'et \"pdf\" er navnet på en fil eller mappe, som udgivelsen selv laver (site, pdf, xlsx, csv, …): giv rapporten et andet id",
    en: "the report id \"pdf\" names a file or directory the build makes itself (site, pdf, xlsx, csv, …): give the report another id",
  },
  "as-of-missing": {
    da: "budgetopfølgningen \"Budgetopfølgning 2\" skal have as_of: datoen, tallene er opgjort pr., fx as_of: 2024-08-31",
    en: "the follow-up \"Budgetopfølgning 2\" needs as_of: the date its figures are as of, e.g. as_of: 2024-08-31",
  },
  "as-of-date": {
    da: "\"2024-02-30\" er ikke en dato i kalenderen: skriv den som ÅÅÅÅ-MM-DD, fx 2024-08-31",
    en: "\"2024-02-30\" is not a date of the calendar: write it as YYYY-MM-DD, e.g. 2024-08-31",
  },
  "as-of-year": {
    da: "as_of 2022-06-30 ligger hverken i 2024 eller i begyndelsen af 2025: en budgetopfølgning er opgjort pr. en dato i regnskabsåret — ret datoen eller året",
    en: "as_of 2022-06-30 is not in 2024 or early 2025: a follow-up is as of a date in the accounts' year — correct the date or the year",
  },
  "follow-up-only": {
    da: "as_of bruges kun af en budgetopfølgning (kind: follow-up), og denne rapport er en årsrapport: fjern as_of, eller gør rapporten til en budgetopfølgning",
    en: "as_of is used only by a budget follow-up (kind: follow-up), and this report is an annual report: remove as_of, or make the report a follow-up",
  },
  "display-decimals": {
    da: "t.kr. vises i hele tusinder, ikke med 3 decimaler: skriv t.kr., eller { unit: mio.kr., decimals: 3 } for millioner med decimaler",
    en: "t.kr. shows whole thousands, not 3 decimals: write t.kr., or { unit: mio.kr., decimals: 3 } for millions with decimals",
  },
  "snapshot-missing": {
    da: "der er intet øjebliksbillede \"bo9\" (snapshots/bo9/snapshot.yaml): lav det med \"aarsrapport freeze bo9\", mens data rummer tallene, der skal sammenlignes med, eller fjern compare_with",
    en: "there is no snapshot \"bo9\" (snapshots/bo9/snapshot.yaml): make it with \"aarsrapport freeze bo9\" while the data hold the figures to compare with, or remove compare_with",
  },
  "snapshot-name": {
    da: "øjebliksbilledet i snapshots/bo1/ kalder sig \"bo2\": et øjebliksbilledes navn er dets mappes — skriv name: bo1",
    en: "the snapshot in snapshots/bo1/ calls itself \"bo2\": a snapshot's name is its directory's — write name: bo1",
  },
  "expected-missing": {
    da: "Testudvalget angiver slet intet forventet regnskab (expected:), og budgetopfølgningen \"Budgetopfølgning 2\" viser kolonne (3) tom: tilføj expected: til indsatsområderne, finansieringsposterne og anlægsprojekterne",
    en: "Testudvalget gives no expected figures (forventet regnskab) at all, and the follow-up \"Budgetopfølgning 2\" prints its column (3) blank: add expected: to the lines, financing items and projects",
  },
  "initiative-project-unknown": {
    da: "indsats 1.1. \"Lygter\" nævner anlægsprojekt A000009, som intet udvalg har: ret id'et, eller tilføj projektet under et udvalgs capital:",
    en: "initiative 1.1. \"Lygter\" names capital project A000009, which no committee has: correct the id, or add the project to a committee's capital:",
  },
  "initiative-project-ambiguous": {
    da: "indsats 1.1. \"Lygter\" nævner anlægsprojekt A000001, som både Vejudvalget og Teknikudvalget har, men ikke indsatsens eget udvalg: flyt indsatsen til det udvalg, der har projektet",
    en: "initiative 1.1. \"Lygter\" names capital project A000001, which Vejudvalget and Teknikudvalget each have and this initiative's committee does not: move the initiative to the committee that carries the project",
  },
  "deadline-date": {
    da: "fristen \"2025-02-30\" ligner en dato, men er ingen dato i kalenderen: skriv ÅÅÅÅ-MM-DD (2025-06-30), et år (2025) eller ord (\"2. kvartal 2025\")",
    en: "deadline \"2025-02-30\" looks like a date but is none of the calendar: write YYYY-MM-DD (2025-06-30), a year (2025) or words (\"2. kvartal 2025\")",
  },
};

describe("a problem of every code, in Danish and in English", { timeout: 60_000 }, () => {
  it.each(Object.keys(EXPECTED) as ProblemCode[])("%s", async (code) => {
    for (const lang of ["da", "en"] as const) {
      setLanguage(lang);
      const found = await SCENARIOS[code]();
      const messages = found.filter((p) => p.code === code).map((p) => p.message);
      expect(messages, `${lang}: ${JSON.stringify(found, null, 1)}`).toContain(EXPECTED[code][lang]);
    }
  });
});
