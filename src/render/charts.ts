// The main results' charts as SVG, drawn at build time with Vega-Lite and Vega so that the report needs no
// script to show them, prints them and works offline. Vega escapes every text and attribute it writes, so
// labels from the data (committee names) cannot become markup; the output is the same for the same data.
import Handlebars from "handlebars";
import * as vega from "vega";
import { compile, type Config, type TopLevelSpec } from "vega-lite";
import type { ChartModel } from "../compute/charts.js";
import type { MainResults } from "../compute/main-results.js";
import type { AccountsReport, PlanReport, ReportModel } from "../compute/report.js";
import { Decimal } from "../core/money.js";
import { UNIT_FACTOR } from "../core/units.js";

/** A chart with its SVG, marked safe for the template: Vega wrote it and escaped the data in it. */
type DrawnChart = ChartModel & { image: Handlebars.SafeString };

/**
 * The report model with every chart drawn: what the templates render. A distinct type, so that no page can be
 * rendered from a model whose charts were never drawn. (The plan has no charts.)
 */
export type DrawnAccounts = Omit<AccountsReport, "main"> & { main: Omit<MainResults, "charts"> & { charts: DrawnChart[] } };
export type DrawnReport = DrawnAccounts | PlanReport;

const WIDTH = 560;
const TEXT = "#1b1b1b";
/** Distinct in colour and, for lines, in dash pattern and point shape too: never colour alone. */
const SERIES_COLOURS = ["#0b4f6c", "#b35900", "#3d6b35"];
const OVER = "#8a1c1c";
const UNDER = "#0b4f6c";

const CONFIG: Config = {
  // The shipped font (templates/styles/fonts.css), so that neither page nor PDF depends on the machine's fonts.
  font: "Source Sans 3, sans-serif",
  // The figure's own text alternative speaks for the chart; Vega's generated ARIA labels would repeat it.
  aria: false,
  background: "#ffffff",
  view: { stroke: null },
  locale: { number: { decimal: ",", thousands: ".", grouping: [3], currency: ["", " kr."], minus: "-" } },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: TEXT, titleColor: TEXT, gridColor: "#d6d6d6", labelLimit: 280 },
  legend: { labelFontSize: 12, titleFontSize: 12, labelColor: TEXT, orient: "bottom", labelLimit: 280 },
};

/** The report with every chart drawn; the model itself stays free of markup. */
export async function drawCharts(report: ReportModel): Promise<DrawnReport> {
  if (report.kind === "plan") return report;
  const charts: DrawnChart[] = [];
  for (const chart of report.main.charts) charts.push({ ...chart, image: new Handlebars.SafeString(hidden(await chartSvg(chart))) });
  return { ...report, main: { ...report.main, charts } };
}

/** The picture's text alternative is on its container (role="img"): the SVG's own marks stay out of the accessibility tree. */
function hidden(svg: string): string {
  return svg.replace(/^<svg /, '<svg aria-hidden="true" focusable="false" ');
}

export async function chartSvg(chart: ChartModel): Promise<string> {
  const spec = chart.kind === "line" ? lineSpec(chart) : barSpec(chart);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

interface Datum {
  label: string;
  series: string;
  value: number;
  /** The series' last point, where a line is labelled with its name. */
  last: boolean;
}

/** The chart's table as Vega data: one datum per filled cell, in the table's unit (a float is fine for drawing). */
function chartData(chart: ChartModel): Datum[] {
  const factor = UNIT_FACTOR[chart.table.unit.unit];
  // Row by row, so that labels first appear in the table's order: the axes keep it (sort: null).
  const data = chart.table.rows.flatMap((row) =>
    row.cells.flatMap((cell, k) =>
      cell instanceof Decimal ? [{ label: row.label, series: chart.table.columns[k]!, value: cell.dividedBy(factor).toNumber(), last: false }] : [],
    ),
  );
  for (const series of chart.table.columns) {
    const last = data.filter((d) => d.series === series).at(-1);
    if (last) last.last = true;
  }
  return data;
}

/** Figures as the table prints them; axis ticks without needless zeros ("350", not "350,0"). */
function format(chart: ChartModel, axis = false): string {
  return `,.${chart.table.unit.decimals}${axis ? "~" : ""}f`;
}

/** Lines told apart by colour, dash and point shape, each named at its last point rather than in a legend. */
function lineSpec(chart: ChartModel): TopLevelSpec {
  const series = { field: "series", type: "nominal", title: null, sort: chart.table.columns, legend: null } as const;
  return {
    width: WIDTH - 140,
    height: 260,
    config: CONFIG,
    data: { values: chartData(chart) },
    encoding: {
      x: { field: "label", type: "ordinal", title: null, sort: null, axis: { labelAngle: 0 } },
      y: { field: "value", type: "quantitative", title: chart.valueTitle, axis: { format: format(chart, true) } },
      color: { ...series, scale: { range: SERIES_COLOURS } },
    },
    layer: [
      {
        mark: { type: "line", point: { size: 50, filled: true }, strokeWidth: 2.5 },
        encoding: {
          strokeDash: { ...series, scale: { range: [[1, 0], [6, 3], [2, 2]] } },
          shape: { ...series, scale: { range: ["circle", "square", "triangle-up"] } },
        },
      },
      {
        transform: [{ filter: "datum.last" }],
        mark: { type: "text", align: "left", dx: 8, fontSize: 12 },
        encoding: { text: { field: "series" } },
      },
    ],
  };
}

function barSpec(chart: ChartModel): TopLevelSpec {
  const data = chartData(chart);
  // Room beyond the longest bars for their figures, so that no figure runs into the axis labels.
  const domain = [Math.min(0, ...data.map((d) => d.value)) * 1.3, Math.max(0, ...data.map((d) => d.value)) * 1.3];
  // Committee names in full: Vega estimates text widths generously (0,8 em a character) without a canvas.
  const y = { field: "label", type: "nominal", title: null, sort: null, axis: { labelLimit: 400 } } as const;
  const x = { field: "value", type: "quantitative", title: chart.valueTitle, scale: { domain, nice: true }, axis: { format: format(chart, true) } } as const;
  return {
    width: WIDTH - 200,
    config: CONFIG,
    data: { values: data },
    encoding: { y, x },
    layer: [
      { mark: "bar", encoding: { color: { condition: { test: "datum.value > 0", value: OVER }, value: UNDER } } },
      {
        // The figure beside each bar, so that its size and sign are read without the colour.
        mark: { type: "text", align: { expr: "datum.value < 0 ? 'right' : 'left'" }, dx: { expr: "datum.value < 0 ? -4 : 4" }, color: TEXT },
        encoding: { text: { field: "value", type: "quantitative", format: format(chart) } },
      },
    ],
  };
}
