// Writes the example exports in this folder, as an accounting system would write them:
//   opus-regnskab-2024.xlsx    a KMD Opus-style workbook (sheets Drift and Anlæg, amounts in kr. with øre)
//   prisme-drift-2024.csv      a Fujitsu Prisme-style Danish CSV (";", decimal comma, Windows-1252), one row per line
//   kontoplan-drift-2024.csv   the same figures one row per account of the kontoplan (CSV UTF-8 with BOM), with
//                              subtotal rows: imported through the account table of its mapping, it gives the
//                              same committee files as prisme-drift-2024.csv
// Run from the repository root: node examples/imports/make-examples.mjs. The output is byte-for-byte the same
// on every run (fixed workbook dates), so the committed files change only when this script does.
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import iconv from "iconv-lite";

const DIR = new URL(".", import.meta.url);
const FIXED_DATE = new Date(Date.UTC(2025, 0, 15));

// Klima- og Miljøudvalget, Tabel 1 of a real 2024 report (t.kr.), spread out to kroner with some øre so that
// each figure rounds back to the printed one.
const KMU = "Klima- og Miljøudvalget";
const OPERATIONS = [
  ["10.26", "Renovation mv.", "Uden for", [
    ["Generel administration (husholdninger)", -2455, -2455, 548],
    ["Dagrenovation restaffald", 477, 477, 1967],
    ["Storskrald og haveaffald", 624, 624, 2338],
    ["Glas, Papir og pap", -1013, -1013, 1682],
    ["Farligt affald", -192, -192, -2795],
    ["Genbrugsstationer", 1009, 1009, 386],
    ["Øvrige ændringer", -191, -191, 0],
    ["Affald erhverv", null, null, 1127],
  ]],
  ["10.30", "Trafik, infrastruktur og fritidsområder", "Inden for", [
    ["Natur", 351, 351, 1153],
    ["Materielgård, drift", 10664, 10811, 11177],
    ["Materielgård, renhold", 1340, 1290, 951],
    ["Busser", 30547, 31947, 31987],
    ["Signalanlæg", 2719, 4969, 5690],
    ["Trafik", 5578, 8522, 13451],
    ["Parkdrift", 9756, 11341, 11308],
    ["Vejbelysning", 5730, 5730, 6154],
    ["Vintertjeneste", 6720, 15239, 13498],
    ["Øvrig vejdrift", 10141, 9621, 9151],
    ["Øvrig drift", 1220, 3140, 4001],
    ["Personale løn", 14101, 14101, 14101],
  ]],
  ["10.31", "Miljøforanstaltninger mv.", "Inden for", [
    ["Vandløb", 737, 737, 749],
    ["Klima og Grønt regnskab", 1352, 1796, 1492],
    ["Grønt Råd", 133, 133, 133],
    ["Miljø", 1216, 2373, 2494],
    ["Personale løn", 3420, 3483, 3492],
    ["Skadedyr", 109, 109, 109],
  ]],
];

// Tabel 3 (t.kr.); "R" = regnskabsaflagt, null = blank.
const CAPITAL = [
  ["A015028", "Forbedring af trafiksikkerhed på skoleveje", 2000, 0, 1111, -1111],
  ["A016010", "Klimapark", 0, 0, 2317, 27999],
  ["A020221", "Renovering af grønne områder - bynære grønne arealer 2023", 0, 0, 401, "R"],
  ["A020246", "Naturplan", 0, 0, 200, -200],
  ["A222115", "Ladestandere på kommunale parkeringspladser", 1000, 735, 1635, -900],
  ["A222140", "Hastighedsdæmpende tiltag i boligområder", 0, 296, 0, 269],
  ["A222170", "Vedligeholdelse af veje og broer", 17500, 0, 0, 0],
  ["A222176", "Vedligeholdelse af veje og broer 2024", 0, 47500, 46984, 516],
  ["A222781", "Borgermillionen 2021", 0, 177, 0, null],
  ["A222782", "Borgermillionen 2022", 0, 151, -6, 157],
];

let seed = 7;
/** t.kr. to kroner, off by a few hundred kroner and some øre, still rounding to the same t.kr. */
function kroner(tkr) {
  if (tkr === null || tkr === 0) return tkr;
  seed = (seed * 7919 + 104729) % 1000003;
  const off = (seed % 900) - 450 + (seed % 3 === 0 ? (seed % 100) / 100 : 0);
  return Math.round((tkr * 1000 + off) * 100) / 100;
}

async function workbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KMD Opus Rapportering";
  wb.created = wb.modified = FIXED_DATE;
  const drift = wb.addWorksheet("Drift");
  drift.addRow(["Regnskab 2024 – driftsudgifter pr. indsatsområde (kr.)"]);
  drift.addRow(["Udtræk 15.01.2025, Eksempel Kommune"]);
  drift.addRow([]);
  drift.addRow(["Udvalg", "Ramme", "Rammenavn", "Indsatsområde", "Serviceramme", "Opr. budget", "Korr. budget", "Regnskab"]);
  for (const [number, name, service, lines] of OPERATIONS) {
    const rows = lines.map(([line, ...tkr]) => [KMU, number, name, line, service, ...tkr.map(kroner)]);
    for (const r of rows) drift.addRow(r);
    const total = (i) => Math.round(rows.reduce((s, r) => s + (r[i] ?? 0), 0) * 100) / 100;
    drift.addRow([KMU, number, `I alt ${number} ${name}`, null, null, total(5), total(6), total(7)]).font = { bold: true };
  }
  const anlaeg = wb.addWorksheet("Anlæg");
  anlaeg.addRow(["Udvalg", "Projektnr.", "Projektnavn", "Opr. budget", "Korr. budget", "Regnskab", "Forv. overførsel"]);
  CAPITAL.forEach(([id, name, ...tkr], i) => anlaeg.addRow([i === 0 ? KMU : null, id, name, ...tkr.map((v) => (v === "R" ? "R" : kroner(v)))]));
  anlaeg.addRow(["I alt", null, null, null, null, null, null]).font = { bold: true };
  for (const sheet of [drift, anlaeg]) sheet.getColumn(1).width = 26;
  // Zip entries carry the time they were written: fix it, so that the file is the same on every run.
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.forEach((_, file) => (file.date = FIXED_DATE));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

// Børne- og Skoleudvalget and Økonomiudvalget in kr., one row per account: "Daginstitutioner 0-5 år" comes
// on two rows (sum_rows in the mapping), and the financing frames 70/80 on one row per account.
const CSV_ROWS = [
  ["Børne- og Skoleudvalget", "20.40", "Dagtilbud", "Daginstitutioner 0-5 år", "Ja", "250.112.430,50", "258.904.118,25", "248.331.902,75"],
  ["Børne- og Skoleudvalget", "20.40", "Dagtilbud", "Daginstitutioner 0-5 år", "Ja", "63.348.569,50", "65.094.881,75", "62.068.097,25"],
  ["Børne- og Skoleudvalget", "20.40", "Dagtilbud", "Dagpleje", "Ja", "41.730.000,00", "41.730.000,00", "40.358.219,40"],
  ["Børne- og Skoleudvalget", "20.40", "Dagtilbud", "Forældrebetaling", "Ja", "-76.549.000,00", "-77.754.000,00", "-80.233.412,10"],
  ["Børne- og Skoleudvalget", "20.40", "Dagtilbud", "Søskendetilskud og fripladser", "Ja", "20.896.000,00", "21.028.000,00", "19.775.318,00"],
  ["Børne- og Skoleudvalget", "20.41", "Skoler og SFO", "Folkeskoler", "Ja", "512.330.000,00", "524.118.500,00", "515.902.644,35"],
  ["Børne- og Skoleudvalget", "20.41", "Skoler og SFO", "Specialundervisning, kommunale tilbud", "Ja", "88.210.000,00", "90.455.000,00", "93.118.207,60"],
  ["Børne- og Skoleudvalget", "20.41", "Skoler og SFO", "Befordring af elever", "Nej", "14.020.000,00", "14.020.000,00", "15.481.993,00"],
  ["Økonomiudvalget", "60.60", "Administration", "Politisk organisation", "Ja", "12.455.000,00", "12.610.000,00", "12.198.551,45"],
  ["Økonomiudvalget", "60.60", "Administration", "Administrationsbygninger", "Ja", "18.900.000,00", "19.400.000,00", "19.872.010,00"],
  ["Økonomiudvalget", "70.76", "Renter", "Renteindtægter", "", "-2.770.000,00", "-2.770.000,00", "-14.911.348,20"],
  ["Økonomiudvalget", "70.76", "Renter", "Renteudgifter", "", "11.000.000,00", "11.000.000,00", "9.334.100,90"],
  ["Økonomiudvalget", "70.82", "Skatter", "Kommunal indkomstskat", "", "-3.190.100.000,00", "-3.190.100.000,00", "-3.190.100.000,00"],
  ["Økonomiudvalget", "70.82", "Skatter", "Grundskyld", "", "-162.500.000,00", "-162.500.000,00", "-171.858.022,65"],
  ["Økonomiudvalget", "80.84", "Afdrag på lån", "Afdrag på lån", "", "18.600.000,00", "18.600.000,00", "18.543.881,00"],
  ["Økonomiudvalget", "80.85", "Optagelse af lån", "Optagelse af lån", "", "", "-12.000.000,00", "-9.800.000,00"],
  ["I alt", "", "", "", "", "", "", ""],
];

function csv() {
  const header = ["Udvalg", "Ramme", "Rammenavn", "Indsatsområde", "Serviceramme", "Opr. budget", "Korr. budget", "Regnskab"];
  const quote = (v) => (/[;"\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [header, ...CSV_ROWS].map((r) => r.map(quote).join(";"));
  return iconv.encode(`${lines.join("\r\n")}\r\n`, "win1252");
}

// The lines of prisme-drift-2024.csv (added up: kr. in øre, [adopted, adjusted, actual]), each spread over the
// accounts (funktion, gruppering, dranst, art) that make it, by a share or in øre; the last account takes what is
// left, so that the accounts add up to the line to the øre.
const ACCOUNT_LINES = [
  [[31346100000, 32399900000, 31040000000], [["5.25.13", "001", "1", "1.0", 0.35], ["5.25.13", "001", "1", "4.0", 0.1], ["5.25.14", "001", "1", "1.0"]]],
  [[4173000000, 4173000000, 4035821940], [["5.25.11", "001", "1", "1.0", 0.8], ["5.25.11", "001", "1", "2.2"]]],
  [[-7654900000, -7775400000, -8023341210], [["5.25.11", "001", "1", "7.1", 0.2], ["5.25.14", "001", "1", "7.1"]]],
  [[2089600000, 2102800000, 1977531800], [["5.25.10", "002", "1", "5.2", 0.55], ["5.25.10", "003", "1", "5.2"]]],
  [[51233000000, 52411850000, 51590264435], [["3.22.01", "001", "1", "1.0", 0.7], ["3.22.01", "001", "1", "2.9", 0.05], ["3.22.01", "001", "1", "4.0"]]],
  [[8821000000, 9045500000, 9311820760], [["3.22.05", "001", "1", "4.0", 0.3], ["3.22.08", "001", "1", "1.0"]]],
  [[1402000000, 1402000000, 1548199300], [["3.22.14", "001", "1", "4.0"]]],
  [[1245500000, 1261000000, 1219855145], [["6.42.41", "001", "1", "1.0", 0.6], ["6.42.42", "001", "1", "4.0"]]],
  [[1890000000, 1940000000, 1987201000], [["6.45.50", "001", "1", "2.9", 0.25], ["6.45.50", "001", "1", "4.0"]]],
  [[823000000, 823000000, -557724730], [["7.22.05", "001", "4", "7.6", [-277000000, -277000000, -1491134820]], ["7.55.79", "001", "4", "6.0"]]],
  [[-335260000000, -335260000000, -336195802265], [["7.68.90", "001", "7", "8.0", 0.9515], ["7.68.96", "001", "7", "8.0"]]],
  [[1860000000, 1860000000, 1854388100], [["8.55.70", "001", "6", "9.1"]]],
  [[null, -1200000000, -980000000], [["8.55.70", "001", "7", "9.2"]]],
];

const FUNCTION_NAMES = {
  "3.22": "Folkeskolen m.m.", "5.25": "Dagtilbud til børn og unge", "6.42": "Politisk organisation", "6.45": "Administrativ organisation",
  "7.22": "Renter af likvide aktiver", "7.55": "Renter af langfristet gæld", "7.68": "Skatter", "8.55": "Forskydninger i langfristet gæld",
};

function kontoplanCsv() {
  const rows = [];
  for (const [totals, accounts] of ACCOUNT_LINES) {
    const left = [...totals];
    accounts.forEach(([funktion, gruppering, dranst, art, share], i) => {
      const last = i === accounts.length - 1;
      const part = totals.map((t, c) => (t === null ? null : last ? left[c] : Array.isArray(share) ? share[c] : Math.round(t * share)));
      part.forEach((p, c) => left[c] !== null && (left[c] -= p));
      rows.push({ funktion, gruppering, dranst, art, part });
    });
  }
  rows.sort((a, b) => (a.funktion + a.gruppering + a.dranst + a.art).localeCompare(b.funktion + b.gruppering + b.dranst + b.art));
  const ore = (v) => (v === null ? "" : `${v < 0 ? "-" : ""}${String(Math.floor(Math.abs(v) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${String(Math.abs(v) % 100).padStart(2, "0")}`);
  const lines = ["Regnskab 2024 – drift og finansiering pr. konto (kr.)", "Udtræk 15.01.2025, Eksempel Kommune", ""];
  lines.push(["Hovedkonto", "Funktion", "Funktionsnavn", "Gruppering", "Dranst", "Art", "Opr. budget", "Korr. budget", "Regnskab"].join(";"));
  const sum = (list, c) => (list.every((r) => r.part[c] === null) ? null : list.reduce((s, r) => s + (r.part[c] ?? 0), 0));
  const subtotal = (label, list) => `${label[0]};;I alt ${label};;;;${[0, 1, 2].map((c) => ore(sum(list, c))).join(";")}`;
  for (const main of [...new Set(rows.map((r) => r.funktion.slice(0, 4)))]) {
    const group = rows.filter((r) => r.funktion.startsWith(main));
    for (const r of group) lines.push([main[0], r.funktion, FUNCTION_NAMES[main], r.gruppering, r.dranst, r.art, ...r.part.map(ore)].join(";"));
    lines.push(subtotal(`${main} ${FUNCTION_NAMES[main]}`, group));
  }
  lines.push(`I alt;;;;;;${[0, 1, 2].map((c) => ore(sum(rows, c))).join(";")}`);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}

writeFileSync(new URL("opus-regnskab-2024.xlsx", DIR), await workbook());
writeFileSync(new URL("prisme-drift-2024.csv", DIR), csv());
writeFileSync(new URL("kontoplan-drift-2024.csv", DIR), kontoplanCsv());
console.log("wrote opus-regnskab-2024.xlsx, prisme-drift-2024.csv and kontoplan-drift-2024.csv");
