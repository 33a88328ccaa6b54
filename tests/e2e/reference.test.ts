// The real reference committee (tests/fixtures/reference-2024, a copy of shared/examples): validate reports
// exactly the inconsistencies domain.md points out, and the built Tabel 1 reproduces the worked example figure
// by figure.
import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import { validateDataDir } from "../../src/validate/index.js";
import { REFERENCE } from "../support/fixtures.js";
import { pageOf } from "../support/report.js";
import { setLanguage } from "../../src/messages/index.js";

// This file pins the English wording (what --lang en prints); tests/messages/ has every message in both languages.
setLanguage("en");

// domain.md, section 5: style (B bold, I italic), label, columns (1) (2) (3) (4); blank = empty cell.
const WORKED_EXAMPLE = `
B  Årets resultat                                  104.092  123.949  136.343  12.394
I  Inden for servicerammen                         105.832  125.690  131.090   5.400
I  Uden for servicerammen                           -1.742   -1.742    5.252   6.994
B  10.26 Renovation mv.                             -1.742   -1.742    5.252   6.994
I  Uden for servicerammen                           -1.742   -1.742    5.252   6.994
   Generel administration (husholdninger)           -2.455   -2.455      548   3.003
   Dagrenovation restaffald                            477      477    1.967   1.490
   Storskrald og haveaffald                            624      624    2.338   1.714
   Glas, Papir og pap                               -1.013   -1.013    1.682   2.695
   Farligt affald                                     -192     -192   -2.795  -2.603
   Genbrugsstationer                                 1.009    1.009      386    -623
   Øvrige ændringer                                   -191     -191        0     191
   Affald erhverv                                                      1.127   1.127
B  10.30 Trafik, infrastruktur og fritidsområder    98.866  117.060  122.621   5.561
I  Inden for servicerammen                          98.866  117.060  122.621   5.561
   Natur                                               351      351    1.153     802
   Materielgård, drift                              10.664   10.811   11.177     366
   Materielgård, renhold                             1.340    1.290      951    -339
   Busser                                           30.547   31.947   31.987      40
   Signalanlæg                                       2.719    4.969    5.690     721
   Trafik                                            5.578    8.522   13.451   4.929
   Parkdrift                                         9.756   11.341   11.308     -33
   Vejbelysning                                      5.730    5.730    6.154     425
   Vintertjeneste                                    6.720   15.239   13.498  -1.741
   Øvrig vejdrift                                   10.141    9.621    9.151    -470
   Øvrig drift                                       1.220    3.140    4.001     861
   Personale løn                                    14.101   14.101   14.101       0
B  10.31 Miljøforanstaltninger mv.                   6.967    8.630    8.469    -161
I  Inden for servicerammen                           6.967    8.630    8.469    -161
   Vandløb                                             737      737      749      12
   Klima og Grønt regnskab                           1.352    1.796    1.492    -304
   Grønt Råd                                           133      133      133       0
   Miljø                                             1.216    2.373    2.494     121
   Personale løn                                     3.420    3.483    3.492       9
   Skadedyr                                            109      109      109       0
`;

interface Row {
  style: string;
  label: string;
  cells: string[];
}

function expectedRows(): Row[] {
  const lines = WORKED_EXAMPLE.trim().split("\n");
  // The number columns are right-aligned: the first row's numbers mark where each column ends.
  const ends = [...lines[0]!.matchAll(/-?[\d.]+/g)].map((m) => m.index + m[0].length);
  const labelEnd = ends[0]! - 9;
  return lines.map((line) => ({
    style: line.slice(0, 3).trim(),
    label: line.slice(3, labelEnd).trim(),
    cells: ends.map((end, k) => line.slice(k === 0 ? labelEnd : ends[k - 1], end).trim()),
  }));
}

const STYLE: Record<string, string> = { "row-total": "B", "row-frame": "B", "row-group": "I", "row-line": "" };

async function renderedTable1(): Promise<Row[]> {
  const html = await pageOf(REFERENCE, "klima-miljo.html");
  const table = selectAll("#klima-miljo-tabel-1 tbody tr", fromHtml(html));
  return table.map((tr) => ({
    style: STYLE[String((tr.properties.className as string[])[0])]!,
    label: toText(selectAll("th", tr)[0]!),
    cells: selectAll("td", tr).map((td) => toText(td)),
  }));
}

describe("the reference committee", () => {
  it("reports exactly the inconsistencies domain.md points out, as warnings", () => {
    const { problems, data } = validateDataDir(REFERENCE);
    expect(data).toBeDefined();
    const seen = problems.map((p) => `${p.severity} ${p.code} ${p.message.split(": declared")[0]!.replace("rounding difference: ", "")}`);
    expect(seen).toEqual([
      "warning text-figure the text mentions an underspend (mindreforbrug) of 0,7 mio. kr., but no underspend in Tabel 1 rounds to 0,7 mio. kr.: check the text against the table",
      "warning text-figure the text mentions 103,9 mio. kr., but no figure in the capital table rounds to 103,9 mio. kr.: check the text against the table",
      "warning rounding-difference frame 10.26, subtotal outside the service frame (Uden for servicerammen), (1) adopted budget",
      "warning rounding-difference frame 10.26, subtotal outside the service frame (Uden for servicerammen), (2) adjusted budget",
      "warning rounding-difference frame 10.26, subtotal outside the service frame (Uden for servicerammen), (3) actual",
      "warning rounding-difference frame 10.30, subtotal inside the service frame (Inden for servicerammen), (1) adopted budget",
      "warning rounding-difference frame 10.30, subtotal inside the service frame (Inden for servicerammen), (2) adjusted budget",
      "warning rounding-difference frame 10.30, subtotal inside the service frame (Inden for servicerammen), (3) actual",
      'warning rounding-difference frame 10.30, line "Vejbelysning", (4) variance',
      "warning rounding-difference frame 10.31, subtotal inside the service frame (Inden for servicerammen), (2) adjusted budget",
      "warning rounding-difference frame 10.31, subtotal inside the service frame (Inden for servicerammen), (4) variance",
      "warning rounding-difference committee total (Årets resultat), (1) adopted budget",
      "warning rounding-difference committee total (Årets resultat), (2) adjusted budget",
      "warning rounding-difference committee total (Årets resultat), (3) actual",
      "warning rounding-difference committee subtotal inside the service frame (Inden for servicerammen), (1) adopted budget",
      "warning rounding-difference capital total (Årets resultat of the capital table), actual",
    ]);
  });

  it("names the declared and computed figures of each difference", () => {
    const { problems } = validateDataDir(REFERENCE);
    const messages = problems.map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining("(4) variance: declared 425, but (3) − (2) gives 424 (difference +1 t.kr.)"));
    expect(messages).toContainEqual(expect.stringContaining("(1) adopted budget: declared 104.092, but the inside and outside subtotals give 104.090"));
    expect(messages).toContainEqual(expect.stringContaining("actual: declared 104.047, but the projects give 104.048"));
    expect(problems.find((p) => p.message.includes("Vejbelysning"))).toMatchObject({ line: 140, column: 19 });
  });

  it("renders Tabel 1 exactly as the worked example prints it", async () => {
    expect(await renderedTable1()).toEqual(expectedRows());
  });
});
