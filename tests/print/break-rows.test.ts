// The rule that a bold frame row, an italic subtotal or group row never stands last on a page (print.css), on a
// table made so that without the rule one of them must: every third row introduces the rows below it, and the
// same table is printed three times, shifted by one plain row each time, so that whichever row height and page
// break Chromium arrives at, the row at a page foot is an introducing one in one of the three prints.
// (tests/print/layout.test.ts checks the same on the benchmark's data, where no such row happens to meet a
// page foot even without the rule, so it cannot catch the rule's loss.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, type LaunchedBrowser } from "../../src/print/browser.js";
import { writePrintAssets } from "../../src/print/documents.js";
import { PrintQueue } from "../../src/print/queue.js";
import { loadPdf, taggedTables } from "../support/pdf.js";
import { scratchDir } from "../support/scratch.js";

const ROWS = 150;
const INTRODUCING = ["row-frame", "row-group", "row-total"];

let browser: LaunchedBrowser;
const dir = scratchDir("break-rows");

beforeAll(async () => {
  writePrintAssets(dir);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The classes of the body rows: `shift` plain rows, then an introducing row before every two plain rows. */
function rowClasses(shift: number): string[] {
  const pattern = (i: number): string => (i % 3 === 0 ? INTRODUCING[(i / 3) % INTRODUCING.length]! : "row-line");
  return [...Array.from({ length: shift }, () => "row-line"), ...Array.from({ length: ROWS }, (_, i) => pattern(i))];
}

function tableHtml(classes: string[]): string {
  const rows = classes.map((c, i) => `<tr class="${c}"><th scope="row">Række ${i + 1}</th><td class="num">${1000 + i}</td></tr>`).join("\n");
  return (
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Brud</title>` +
    `<link rel="stylesheet" href="fonts.css"><link rel="stylesheet" href="report.css"><link rel="stylesheet" href="print.css"></head>` +
    `<body class="print"><div class="report-table"><table><caption>Lang tabel</caption>` +
    `<thead><tr><th scope="col">Ramme</th><th scope="col" class="num">Regnskab</th></tr></thead><tbody>${rows}</tbody></table></div></body></html>`
  );
}

/** Each page break inside the table: the class of the last body row on the page before it. */
async function rowsAtPageFoot(shift: number, queue: PrintQueue): Promise<string[]> {
  const classes = rowClasses(shift);
  const html = join(dir, `shift-${shift}.html`);
  writeFileSync(html, tableHtml(classes));
  const pdf = join(dir, `shift-${shift}.pdf`);
  writeFileSync(pdf, await queue.print(html, `shift ${shift}`));
  const [table] = taggedTables(await loadPdf(pdf));
  const body = table!.rows.slice(1);
  expect(body).toHaveLength(classes.length);
  return body.flatMap((pages, i) => (i + 1 < body.length && body[i + 1]![0]! > pages.at(-1)! ? [classes[i]!] : []));
}

describe("a long table's page breaks", () => {
  it("never leave a frame, group or total row as the last row of a page", async () => {
    const queue = new PrintQueue(browser.browser, { allowedDir: dir, concurrency: 1 });
    try {
      const feet = [];
      for (const shift of [0, 1, 2]) feet.push(...(await rowsAtPageFoot(shift, queue)));
      expect(feet.length, "page breaks inside the table").toBeGreaterThanOrEqual(3);
      expect(feet.filter((c) => INTRODUCING.includes(c))).toEqual([]);
    } finally {
      await queue.close();
    }
  }, 120_000);
});
