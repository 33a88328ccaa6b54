// The JSON Schemas' descriptions (schema/*.schema.json, English, as editors show them) in Danish, for the hint a
// schema problem ends with ("forventede tekst, men fandt et tal (10.3). Rammens nummer i anførselstegn, …").
// Keyed by the English text: a description that changes needs its Danish anew (tests/messages/ checks that every
// description a problem can show is here, and that nothing here is stale).
export const SCHEMA_HINTS: Record<string, string> = {
  // schema/committee.schema.json
  "One political committee's section of the annual report: frames and lines (Tabel 1), financing items, budget-agreement initiatives (Tabel 2) and capital projects (Tabel 3). Amounts are in the file's unit (t.kr. unless `unit` says otherwise); expenses positive, income negative.":
    "Ét politisk udvalgs afsnit af årsrapporten: bevillingsrammer og indsatsområder (Tabel 1), finansieringsposter, indsatser fra budgetaftalen (Tabel 2) og anlægsprojekter (Tabel 3). Beløb er i filens enhed (t.kr., medmindre `unit` siger andet); udgifter positive, indtægter negative.",
  "Slug, unique across committee files; used in output file names, e.g. klima-miljo.":
    "Et kort navn med små bogstaver og bindestreger, forskelligt fra de andre udvalgsfilers; bruges i filnavne, fx klima-miljo.",
  "The committee's name, e.g. Klima- og Miljøudvalget.": "Udvalgets navn, fx Klima- og Miljøudvalget.",
  "Position of the committee in the report (Økonomiudvalget last).": "Udvalgets plads i rapporten (Økonomiudvalget sidst).",
  "Narrative text in Markdown (GitHub flavour), inline or as { file: text/name.md }.":
    "Tekst i Markdown (GitHub-varianten), skrevet her eller som { file: text/navn.md }.",
  "Bevillingsrammer (appropriation frames), in report order.": "Bevillingsrammer, i rapportens rækkefølge.",
  "Finansieringsposter (financing items), Økonomiudvalget only in practice.": "Finansieringsposter, i praksis kun hos Økonomiudvalget.",
  "Follow-up of the budget agreement (Aftale om budget): one entry per initiative (indsats).":
    "Opfølgning på budgetaftalen (Aftale om budget): ét punkt pr. indsats.",
  "Anlægsprojekter (capital projects), one row each in Tabel 3.": "Anlægsprojekter, én række hver i Tabel 3.",
  "Declared capital totals (Årets resultat of Tabel 3), checked against the projects.":
    "Angivne totaler for anlæg (Årets resultat i Tabel 3), kontrolleret mod projekterne.",
  "An amount in the file's unit: a number (-2455), or a quoted string in Danish format (\"-2.455\", \"1.234,5\"). Leave the key out (or empty) for no figure; 0 is a real zero.":
    "Et beløb i filens enhed: et tal (-2455) eller en tekst i anførselstegn i dansk format (\"-2.455\", \"1.234,5\"). Udelad nøglen (eller lad den stå tom) for intet tal; 0 er et rigtigt nul.",
  "Markdown text, or { file: path } naming a Markdown file inside the data directory.":
    "Tekst i Markdown, eller { file: sti } med en Markdown-fil i datamappen.",
  "Declared subtotals inside/outside the service frame, checked against the lines.":
    "Angivne subtotaler inden for og uden for servicerammen, kontrolleret mod indsatsområderne.",
  "Frame code as a quoted string, e.g. \"10.30\" (unquoted, YAML would read 10.3).":
    "Rammens nummer i anførselstegn, fx \"10.30\" (uden anførselstegn læser YAML det som 10.3).",
  "Indsatsområder: the plain rows of Tabel 1.": "Indsatsområder: de almindelige rækker i Tabel 1.",
  "Number in the agreement, quoted, e.g. \"4.3.1.\" (may repeat).": "Nummeret i aftalen, i anførselstegn, fx \"4.3.1.\" (må gentages).",
  "Emne.": "Emne.",
  "Beskrivelse.": "Beskrivelse.",
  "Status text printed in Tabel 2.": "Statusteksten, som den trykkes i Tabel 2.",
  "Project id: A and six digits, e.g. A015054.": "Projektnummer: A og seks cifre, fx A015054.",
  "true when the project is regnskabsaflagt: prints R instead of a transfer.": "true, når projektet er regnskabsaflagt: der trykkes R i stedet for en overførsel.",

  // schema/municipality.schema.json
  "The licence the report's open data (CSV files, workbook, data package) are published under; without it, Creative Commons Attribution 4.0 (CC-BY-4.0).":
    "Licensen, rapportens åbne data (CSV-filer, regneark, datapakke) udgives under; uden den Creative Commons Navngivelse 4.0 (CC-BY-4.0).",
  "The licence's identifier (Open Definition/SPDX), e.g. CC0-1.0 or CC-BY-4.0.": "Licensens id (Open Definition/SPDX), fx CC0-1.0 eller CC-BY-4.0.",
  "The licence's name as the data page shows it, e.g. Creative Commons Zero v1.0 Universal.":
    "Licensens navn, som siden Data til genbrug viser det, fx Creative Commons Zero v1.0 Universal.",
  "Where the licence's text is: a URL (https://…).": "Hvor licensens tekst står: en webadresse (https://…).",
  "The municipality, the report year, population and the report's front sections.": "Kommunen, regnskabsåret, indbyggertallet og rapportens indledende afsnit.",
  "The municipality's name, e.g. Eksempel Kommune.": "Kommunens navn, fx Eksempel Kommune.",
  "The accounting year (regnskabsår), e.g. 2024.": "Regnskabsåret, fx 2024.",
  "Citizens (indbyggere).": "Indbyggere.",
  "The citizen count that liquidity per citizen is divided by.": "Det antal borgere, likviditeten pr. borger regnes af.",
  "The economic strategy (økonomisk strategi): the council's targets, printed in the compliance box (see docs/data-format.md).":
    "Den økonomiske strategi: kommunalbestyrelsens mål, som trykkes i boksen om overholdelse (se docs/data-format.md).",
  "The targets, in the order the box prints them.": "Målene, i den rækkefølge boksen viser dem.",
  "An amount in the file's unit: a number (-2455), or a quoted string in Danish format (\"-2.455\", \"1.234,5\").":
    "Et beløb i filens enhed: et tal (-2455) eller en tekst i anførselstegn i dansk format (\"-2.455\", \"1.234,5\").",
  "The target as revised during the year (e.g. the service frame after midtvejsregulering); the revised target is the one the result is compared with.":
    "Målet, som det blev ændret i årets løb (fx servicerammen efter midtvejsreguleringen); resultatet sammenlignes med det ændrede mål.",
  "Why, e.g. Midtvejsregulering.": "Hvorfor, fx Midtvejsregulering.",
  "A slug naming the target, unique in the file, e.g. serviceramme.": "Et kort navn for målet med små bogstaver, forskelligt fra filens andre mål, fx serviceramme.",
  "The target as the report states it, e.g. Servicerammen overholdes.": "Målet, som rapporten skriver det, fx Servicerammen overholdes.",
  "A footnote printed under the compliance box.": "En fodnote, der trykkes under boksen om overholdelse.",
  "Declared adjustments added to the committees' actual spending inside the service frame, each with a label.":
    "Angivne korrektioner, der lægges til udvalgenes regnskab inden for servicerammen, hver med en tekst.",
  "Anlægsrammen: the ceiling on gross tax-financed capital spending and what was added to it.":
    "Anlægsrammen: loftet over de skattefinansierede bruttoanlægsudgifter, og hvad der er lagt til det.",
    "The years the average is taken over, each with its surplus on running items. With statements.yaml the surplus of a year its regnskabsopgørelse covers (the year, and the year before when its column is given) is computed: leave it out, or it is checked.":
    "De år, gennemsnittet tages over, hver med sit overskud på løbende poster. Med statements.yaml beregnes overskuddet for de år, regnskabsopgørelsen dækker (året, og året før, når dets kolonne er angivet): udelad det, ellers kontrolleres det.",
  "The year, e.g. 2024.": "Året, fx 2024.",
  "The budget year and the following years, each with its target in kr. per citizen.": "Budgetåret og de følgende år, hver med sit mål i kr. pr. borger.",
  "A CSV file of daily balances (header date;balance) whose mean over the 365 days up to 31 December is the average liquidity.":
    "En CSV-fil med daglige saldi (overskrift date;balance); gennemsnittet over de 365 dage til og med 31. december er den gennemsnitlige likviditet.",
  "The citizens liquidity is divided by; default for the report year: population.liquidity_basis.":
    "De borgere, likviditeten fordeles på; for regnskabsåret som udgangspunkt population.liquidity_basis.",
  "Earlier years' average liquidity, for the chart.": "Tidligere års gennemsnitlige likviditet, til grafen.",
  "The election period (valgperiode), e.g. { from: 2022, to: 2025 }.": "Valgperioden, fx { from: 2022, to: 2025 }.",
  "The period's first year.": "Periodens første år.",
  "The period's last year.": "Periodens sidste år.",
  "Long-term debt (langfristet gæld) at the end of each year; must include the year before the period and the report year.":
    "Den langfristede gæld ved udgangen af hvert år; skal have året før perioden og regnskabsåret med.",

  // schema/mapping.schema.json
  "Says how `aarsrapport import` reads an Excel (.xlsx) or Danish CSV export from the accounting system (KMD Opus, Fujitsu Prisme, SAP …): which columns hold what, the unit of the amounts, which rows to skip and how rows group. See docs/import.md. At least one of operations and capital is needed.":
    "Siger, hvordan `aarsrapport import` læser en eksport fra økonomisystemet (KMD Opus, Fujitsu Prisme, SAP …) som Excel (.xlsx) eller dansk CSV: hvilke kolonner der rummer hvad, beløbenes enhed, hvilke rækker der springes over, og hvordan rækker grupperes. Se docs/import.md. Mindst én af operations og capital skal med.",
  "How the export files are written.": "Hvordan eksportfilerne er skrevet.",
  "CSV only: the field separator; Danish exports use \";\" (the default).": "Kun CSV: feltskilletegnet; danske eksporter bruger \";\" (standard).",
  "Committees (udvalg) as they are named in the export, with the id and order their data file gets. A committee not listed here is matched by name with an existing committee file.":
    "Udvalgene, som eksporten navngiver dem, med det id og den order, deres datafil får. Et udvalg, der ikke står her, findes ved navn blandt de eksisterende udvalgsfiler.",
  "The committee's name exactly as the export writes it.": "Udvalgets navn, præcis som eksporten skriver det.",
  "Slug of the committee file, e.g. klima-miljo.": "Udvalgsfilens korte navn, fx klima-miljo.",
  "Position of the committee in the report.": "Udvalgets plads i rapporten.",
  "The committee's name in the report, when it differs from the export's (new files only).": "Udvalgets navn i rapporten, når det er et andet end eksportens (kun nye filer).",
  "The operating table (drift), giving Tabel 1 and the financing table: either one row per activity line (indsatsområde; columns committee, frame_number, frame_name, line and service), or one row per account (kontoplan), with columns: account and an account table (accounts:) saying which accounts make which line or financing item.":
    "Drifttabellen, der giver Tabel 1 og finansieringstabellen: enten én række pr. indsatsområde (kolonnerne committee, frame_number, frame_name, line og service) eller én række pr. konto (kontoplan), med columns: account og en kontotabel (accounts:), der siger, hvilke konti der udgør hvilket indsatsområde eller hvilken finansieringspost.",
  "The header text of the column that holds each field. At least one of adopted, adjusted and actual is needed. A line-level export needs committee, frame_number, frame_name, line and service; an account-level export needs account instead.":
    "Overskriften på den kolonne, der rummer hvert felt. Mindst én af adopted, adjusted og actual skal med. En eksport pr. indsatsområde kræver committee, frame_number, frame_name, line og service; en eksport pr. konto kræver i stedet account.",
  "Account-level exports: the column holding the account number (e.g. Konto: 3.22.01.001.1.4.0), or a list of columns whose values, joined by dots, make it (e.g. [Funktion, Gruppering, Dranst, Art]). Needs accounts:.":
    "Eksport pr. konto: kolonnen med kontonummeret (fx Konto: 3.22.01.001.1.4.0), eller en liste af kolonner, hvis værdier sat sammen med punktum giver det (fx [Funktion, Gruppering, Dranst, Art]). Kræver accounts:.",
  "The texts the service column uses (compared without regard to case). Default: inside = Inden for servicerammen, Inden for, Ja, J; outside = Uden for servicerammen, Uden for, Nej, N.":
    "De tekster, servicekolonnen bruger (store og små bogstaver regnes for ens). Standard: inside = Inden for servicerammen, Inden for, Ja, J; outside = Uden for servicerammen, Uden for, Nej, N.",
  "Frames whose number starts with one of these segments (\"70\" matches 70.76) are financing items (finansieringsposter): their rows are added up into one item per frame.":
    "Rammer, hvis nummer begynder med et af disse led (\"70\" passer på 70.76), er finansieringsposter: deres rækker lægges sammen til én post pr. ramme.",
  "Total rows of the export whose figures become declared totals, checked against the rows they total (line-level exports only): of: frame (the frame's totals, or its service_totals when the row's service cell says a group), committee (Årets resultat), financing (the financing items' I alt). A total row is not a data row; total rows are found before skip: rules.":
    "Eksportens totalrækker, hvis tal bliver angivne totaler, kontrolleret mod de rækker, de summerer (kun eksport pr. indsatsområde): of: frame (rammens totaler, eller dens service_totals, når rækkens servicecelle angiver en gruppe), committee (Årets resultat), financing (finansieringsposternes I alt). En totalrække er ikke en datarække; totalrækker findes før skip:-reglerne.",
  "The account table of an account-level export: per committee, its frames with their lines, and its financing items, each with the accounts that make it (a prefix such as 3.22.01, with * for any one segment such as 8.55.*.*.6, or a range such as 8.25-8.52). The most specific pattern that fits an account wins; rows of one line or item are added up.":
    "Kontotabellen for en eksport pr. konto: for hvert udvalg dets rammer med deres indsatsområder og dets finansieringsposter, hver med de konti, der udgør den (en begyndelse som 3.22.01, med * for ét vilkårligt led som 8.55.*.*.6, eller et interval som 8.25-8.52). Det mest specifikke mønster, der passer på en konto, vinder; rækkerne for ét indsatsområde eller én post lægges sammen.",
  "The capital table (anlæg): one row per project, giving Tabel 3.": "Anlægstabellen: én række pr. projekt, der giver Tabel 3.",
  "The header text of the column that holds each field.": "Overskriften på den kolonne, der rummer hvert felt.",
  "Total rows of the export whose figures become the committee's declared capital_totals, checked against its projects. A total row is not a data row; total rows are found before skip: rules.":
    "Eksportens totalrækker, hvis tal bliver udvalgets angivne capital_totals, kontrolleret mod dets projekter. En totalrække er ikke en datarække; totalrækker findes før skip:-reglerne.",
  "A column's header text, exactly as in the header row.": "En kolonnes overskrift, præcis som i overskriftsrækken.",
  "The SOURCE file (its name) this table is read from; may be left out when one source is given.":
    "Den KILDE-fil (dens navn), tabellen læses fra; kan udelades, når der kun er én kilde.",
  "Excel only: the sheet's name (default: the first sheet).": "Kun Excel: arkets navn (standard: det første ark).",
  "The row (1 = first) holding the column headers; rows above it are ignored (default 1).": "Den række (1 = den første), der rummer kolonneoverskrifterne; rækker over den ignoreres (standard 1).",
  "Columns (header texts) that grouped exports fill only on a group's first row: an empty cell takes the value above.":
    "Kolonner (overskrifter), som grupperede eksporter kun udfylder i gruppens første række: en tom celle får værdien ovenfor.",
  "true: rows with the same committee, frame and line (capital: project id) are added up (account-level exports). false (default): such a row is an error.":
    "true: rækker med samme udvalg, ramme og indsatsområde (anlæg: projektnummer) lægges sammen (eksport pr. konto). false (standard): sådan en række er en fejl.",
  "Rows to leave out, e.g. subtotal rows: a row is skipped when any rule matches. Wholly empty rows are always skipped. Each rule has a column and either matches or empty.":
    "Rækker, der skal udelades, fx subtotalrækker: en række springes over, når en af reglerne passer. Helt tomme rækker springes altid over. Hver regel har en column og enten matches eller empty.",
  "Rows whose cell in this column matches (a regular expression, case-insensitive) or is empty.":
    "Rækker, hvis celle i denne kolonne passer på matches (et regulært udtryk; store og små bogstaver regnes for ens) eller er tom.",
  "A regular expression (JavaScript, case-insensitive) the cell's text matches, e.g. ^I alt.":
    "Et regulært udtryk (JavaScript; store og små bogstaver regnes for ens), som cellens tekst skal passe på, fx ^I alt.",
  "Accounts, each a prefix (3.22.01; * for any one segment: 8.55.*.*.6) or a range (8.25-8.52).":
    "Konti, hver en begyndelse (3.22.01; * for ét vilkårligt led: 8.55.*.*.6) eller et interval (8.25-8.52).",
  "The committee, as committees: names it (source) or as an existing committee file names it.":
    "Udvalget, som committees: navngiver det (source), eller som en eksisterende udvalgsfil navngiver det.",
  "The frame's number, e.g. \"20.40\".": "Rammens nummer, fx \"20.40\".",
  "The financing item's number, e.g. \"70.82\".": "Finansieringspostens nummer, fx \"70.82\".",

  // schema/mapping.schema.json: areas and kinds
  "A line-level export: each financing item's kind, by its frame number (\"70.82\": taxes), written to the committee file as kind:.":
    "En eksport på indsatsområdeniveau: hver finansieringsposts kind efter dens rammenummer (\"70.82\": taxes), skrevet i udvalgsfilen som kind:.",
  "A line-level export: a frame's area (the default of its lines), by frame number (\"10.26\": supply), written to the committee file as area:. Frames not named keep what their file says.":
    "En eksport på indsatsområdeniveau: en bevillingsrammes område (standard for dens indsatsområder) efter rammenummer (\"10.26\": supply), skrevet i udvalgsfilen som area:. Rammer, der ikke nævnes, beholder det, deres fil siger.",
  "A project's area, by project id (A256970: land), written to the committee file as area:. Projects not named keep what their file says.":
    "Et anlægsprojekts område efter projektnummer (A256970: land), skrevet i udvalgsfilen som area:. Projekter, der ikke nævnes, beholder det, deres fil siger.",

  // schema/statements.schema.json
  "A rate: a number (25.0) or a quoted Danish decimal (\"25,0\").":
    "En sats: et tal (25.0) eller et dansk decimaltal i anførselstegn (\"25,0\").",
  "Aktiver.":
    "Aktiverne.",
  "Balancen at 31 December of the year before (start) and of the year (end), with positive amounts (the side is the section).":
    "Balancen pr. 31. december året før (start) og i året (end), med positive beløb (siden er afsnittet).",
  "Check the zero sum on the adjusted budget too (default false: municipalities often leave the cash line of the adjusted budget unadjusted). The actual and the adopted budget are always checked.":
    "Kontrollér også nulsummen på det korrigerede budget (standard false: kommuner lader ofte kasselinjen i det korrigerede budget stå ukorrigeret). Regnskabet og det oprindelige budget kontrolleres altid.",
  "Finansieringsoversigten: derived from the regnskabsopgørelse and the financing items by kind; here the prior year's column and stated rows.":
    "Finansieringsoversigten: afledt af regnskabsopgørelsen og finansieringsposterne efter kind; her året førs kolonne og oplyste rækker.",
  "Hoved- og nøgletal: what the other data cannot give.":
    "Hoved- og nøgletal: det, de øvrige data ikke kan give.",
  "Non-cash changes in the year, which the balance shows and the finansieringsoversigt does not.":
    "Ikke-likvide ændringer i året, som balancen viser og finansieringsoversigten ikke gør.",
  "Passiver.":
    "Passiverne.",
  "Regnskabsopgørelsen: its rows are derived from the committee files; here the prior year's column and rows stated as the accounting system prints them.":
    "Regnskabsopgørelsen: dens rækker afledes af udvalgsfilerne; her året førs kolonne og rækker oplyst, som økonomisystemet udskriver dem.",
  "Sub-rows (e.g. grunde, bygninger): the row is their sum; figures given on the row as well are checked against it.":
    "Underrækker (fx grunde, bygninger): rækken er deres sum; tal, der også står på rækken, kontrolleres mod den.",
  "Sub-rows: the row is their sum.":
    "Underrækker: rækken er deres sum.",
  "Subtotals as the accounting system prints them: checked against the sums of the rows.":
    "Subtotaler, som økonomisystemet udskriver dem: kontrolleres mod rækkernes summer.",
  "The year's tax rates: percent for income_tax (udskrivningsprocent) and church_tax (kirkeskat), per mille for land_tax (grundskyldspromille) and the service taxes (dækningsafgift).":
    "Årets skattesatser: procent for income_tax (udskrivningsprocent) og church_tax (kirkeskat), promille for land_tax (grundskyldspromille) og dækningsafgifterne.",
  "What no committee file holds: the balance at both dates, revaluations, the prior year's column, the key figures' inputs, and statement rows as the accounting system prints them (stated, and checked against the derived ones). Amounts in the file's unit; regnskabsopgørelse and finansieringsoversigt in udgift sign (+ udgift, − indtægt; in hovedkonto 8 + = more assets or less debt); the balance as printed, with positive amounts.":
    "Det, ingen udvalgsfil har: balancen på begge datoer, kursreguleringer, året førs kolonne, nøgletallenes grundlag og opgørelsernes rækker, som økonomisystemet udskriver dem (oplyst og kontrolleret mod de afledte). Beløb i filens enhed; regnskabsopgørelse og finansieringsoversigt i udgiftsfortegn (+ udgift, − indtægt; i hovedkonto 8 er + flere aktiver eller mindre gæld); balancen som udskrevet, med positive beløb.",
  // schema/committee.schema.json and schema/statements.schema.json: the other overviews (docs/overviews.md)
  "A number (530.5) or a quoted Danish decimal (\"530,5\").": "Et tal (530.5) eller et dansk decimaltal i anførselstegn (\"530,5\").",
  "A percentage: a number (5, 2.5) or a quoted Danish decimal (\"2,5\").": "En procentsats: et tal (5, 2.5) eller et dansk decimaltal i anførselstegn (\"2,5\").",
  "Forklaring: why the project's account deviates from its appropriation (required when the deviation is material).":
    "Forklaring: hvorfor projektets anlægsregnskab afviger fra bevillingen (skal gives, når afvigelsen er væsentlig).",
  "Ibrugtagningsdato: a date, YYYY-MM-DD.": "Ibrugtagningsdato: en dato, ÅÅÅÅ-MM-DD.",
  "Text.": "Tekst.",
  "The year of these figures.": "Året, tallene gælder.",
  "true or false.": "true eller false.",
  // The report kinds (schema/municipality.schema.json, committee.schema.json, snapshot.schema.json)
  "A follow-up compares with this snapshot (snapshots/NAME/, made by aarsrapport freeze NAME): a column Ændring siden <label> and a list of changes per committee.":
    "Budgetopfølgningen sammenligner med dette øjebliksbillede (snapshots/NAVN/, lavet med aarsrapport freeze NAVN): en kolonne Ændring siden <betegnelse> og en liste over ændringerne pr. udvalg.",
  "A follow-up's date, e.g. 2024-08-31: the figures are forbrug and forventet regnskab pr. this date (required for a follow-up).":
    "Budgetopfølgningens dato, fx 2024-08-31: tallene er forbrug og forventet regnskab pr. denne dato (skal angives for en budgetopfølgning).",
  "Amounts per year in the file's unit, e.g. { 2024: 7500, 2025: 15000 }.":
    "Beløb pr. år i filens enhed, fx { 2024: 7500, 2025: 15000 }.",
  "Display unit per table of this report: operations, financing, capital, initiatives (t.kr. by default; a committee's display wins for its own tables).":
    "Visningsenhed pr. tabel i denne rapport: operations, financing, capital, initiatives (t.kr. som standard; et udvalgs display gælder for dets egne tabeller).",
  "Display unit per table: operations (Tabel 1), financing, capital (Tabel 3), initiatives (the plan's amounts). Figures stay exact; only their display changes.":
    "Visningsenhed pr. tabel: operations (Tabel 1), financing, capital (Tabel 3), initiatives (udmøntningsplanens beløb). Tallene forbliver nøjagtige; kun visningen ændres.",
  "How a follow-up names it: the column Ændring siden <label>, e.g. 1. budgetopfølgning.":
    "Hvad en budgetopfølgning kalder det: kolonnen Ændring siden <betegnelse>, fx 1. budgetopfølgning.",
  "Names the report's output directory (out/<id>/) when it is not the main report; default: its title as a file name, e.g. budgetopfoelgning-2-2024.":
    "Navnet på rapportens mappe i udgivelsen (out/<id>/), når den ikke er hovedrapporten; uden det: titlen som filnavn, fx budgetopfoelgning-2-2024.",
  "Tema: the implementation plan groups initiatives by it (default: the committee's name).":
    "Tema: udmøntningsplanen grupperer indsatserne efter det (uden det: udvalgets navn).",
  "The capital project that carries it (A and six digits): its amount for the report year is checked against the project's budget.":
    "Det anlægsprojekt, der bærer indsatsen (A og seks cifre): indsatsens beløb for regnskabsåret kontrolleres mod projektets budget.",
  "The date of the figures it keeps (the follow-up's as_of when it was frozen).":
    "Datoen for de gemte tal (budgetopfølgningens as_of, da der blev frosset).",
  "The report's title; default: Årsrapport <year>, Budgetopfølgning <year>, Udmøntningsplan <year>.":
    "Rapportens titel; uden den: Årsrapport <år>, Budgetopfølgning <år>, Udmøntningsplan <år>.",
  "The reports the data directory makes, side by side from the same committee files: at most one of each kind. The annual report (or else the first) publishes at the top of the output (site/, pdf/, …), every other in its own directory named by its id.":
    "De rapporter, datamappen laver, side om side ud fra de samme udvalgsfiler: højst én af hver slags. Årsrapporten (ellers den første) udgives øverst i udgivelsen (site/, pdf/, …), hver af de andre i sin egen mappe med dens id som navn.",
  "The snapshot's name: its directory's name.":
    "Øjebliksbilledets navn: dets mappes navn.",
  "When it is due, as the agreement says: \"2. kvartal 2025\", 2025 or a date 2025-06-30.":
    "Fristen, som aftalen angiver den: \"2. kvartal 2025\", 2025 eller en dato 2025-06-30.",
  "Written by `aarsrapport freeze NAME`: the description of a snapshot of the committees' figures, which lie beside it in committees/*.yaml (committee files). A budget follow-up that says compare_with: NAME compares its expected figures with them.":
    "Skrevet af `aarsrapport freeze NAVN`: beskrivelsen af et øjebliksbillede af udvalgenes tal, der ligger ved siden af i committees/*.yaml (udvalgsfiler). En budgetopfølgning med compare_with: NAVN sammenligner sit forventede regnskab med dem.",
  "t.kr. (whole thousands, the default) or mio.kr. (one decimal); { unit: mio.kr., decimals: 3 } for three decimals.":
    "t.kr. (hele tusinder, standard) eller mio.kr. (én decimal); { unit: mio.kr., decimals: 3 } for tre decimaler.",

};
