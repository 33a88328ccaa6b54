// The main results as the website shows them: the charts drawn at build time as SVG, each with a text
// alternative and its data as a table; no script; the same bytes for the same data; data text never markup.
import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import { chartSvg } from "../../src/render/charts.js";
import { SAMPLE, VALID_BODY, committee } from "../support/fixtures.js";
import { pageOf, reportOf } from "../support/report.js";
import { dataDir } from "../support/scratch.js";

function indexHtml(dir: string): Promise<string> {
  return pageOf(dir, "index.html");
}

describe("the sample's charts", async () => {
  const html = await indexHtml(SAMPLE);
  const tree = fromHtml(html);
  const figures = selectAll("#hovedresultater figure.chart", tree);

  it("are three SVG figures, each with a text alternative and its data as a table", () => {
    expect(figures.map((f) => f.properties.id)).toEqual(["graf-likviditet", "graf-gaeld", "graf-afvigelser"]);
    for (const figure of figures) {
      const image = select(".chart-image", figure)!;
      expect(image.properties.role).toBe("img");
      expect(String(image.properties.ariaLabel).length).toBeGreaterThan(80);
      expect(select("svg", image)).toBeDefined();
      expect(selectAll("table tbody tr", figure).length).toBeGreaterThan(2);
    }
  });

  it("say in words what each chart shows, with its main figures", () => {
    const alt = (id: string): string => String(select(`#${id} .chart-image`, tree)!.properties.ariaLabel);
    expect(alt("graf-likviditet")).toBe(
      "Linjediagram over likviditet pr. borger efter kassekreditreglen 2020–2024 og måltallet 2024–2027. " +
        "I 2024 var likviditeten 16.878 kr. pr. borger mod et måltal på 8.000 kr. Laveste: 15.870 kr. (2020), højeste: 17.395 kr. (2022).",
    );
    expect(alt("graf-gaeld")).toContain("Gælden i alt gik fra 338,2 mio. kr. i 2014 til 224,1 mio. kr. i 2024; ældreboliggælden fra 130,1 mio. kr. til 84,0 mio. kr.");
    expect(alt("graf-afvigelser")).toContain("Største merforbrug: Beskæftigelsesudvalget, 32,0 mio. kr. Største mindreforbrug: Børne- og Skoleudvalget, 30,9 mio. kr.");
  });

  it("draw the table's figures: the liquidity table holds the 2024 result and the targets", () => {
    const rows = selectAll("#tabel-graf-likviditet tbody tr", tree).map((tr) => toText(tr).trim().replace(/\s+/g, " "));
    expect(rows).toEqual(["2020 15.870", "2021 17.019", "2022 17.395", "2023 16.464", "2024 16.878 8.000", "2025 8.000", "2026 8.000", "2027 8.000"]);
    expect(html).toMatch(/<text[^>]*>Likviditet pr\. borger<\/text>/); // each line is named in the chart itself
  });

  it("need no script, use the shipped font, and come out the same every time", async () => {
    expect(html).not.toMatch(/<script/i);
    const fonts = new Set([...html.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Source Sans 3, sans-serif"]);
    expect(await indexHtml(SAMPLE)).toBe(html);
  });
});

describe("text from the data in a chart", () => {
  it("is escaped by Vega, never markup", async () => {
    const evil = committee(VALID_BODY, 'id: ond\ncommittee: "<script>x</script> & <img src=y>"\norder: 1\n');
    const html = await indexHtml(dataDir({ "committees/01-ond.yaml": evil }));
    expect(html).not.toMatch(/<script|<img/i);
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).toContain(">&lt;script&gt;x&lt;/script&gt; &amp; &lt;img src=y&gt;</text>");
  });

  it("draws the same SVG for the same chart, however many were drawn before", async () => {
    const [chart] = reportOf(SAMPLE).main.charts;
    expect(await chartSvg(chart!)).toBe(await chartSvg(chart!));
  });
});
