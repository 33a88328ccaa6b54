// Seeded synthetic municipalities for the benchmark: M (a mid-size municipality: 7 committees, 26 frames,
// ~250 lines, ~330 capital projects, ~80 initiatives) and L (ten times the frames, lines, projects and
// initiatives). The same seed gives the same files, so runs compare like with like. The files are written in
// block style, as finance staff and the sample data write them.
//
// Like the sample (data/), they hold everything a build makes: the statements of the annual accounts
// (statements.yaml, parts 1 and 2: balance, carry-overs, capital accounts, staff, guarantees), every frame's and
// financing item's area and kind, the follow-up's expected and spent figures and the plan's themes, and three
// reports (annual, a follow-up, the implementation plan). The few stated figures the tool checks against what
// the rest gives (the balance's year-end figures, the booked cash) are set by asking the tool itself
// (`settleStatedFigures`), so that the data validate without an error whatever the seed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { hasErrors } from "../core/problem.js";
import { validateDataDir } from "../validate/index.js";

export interface Size {
  committees: number;
  frames: number;
  lines: number;
  projects: number;
  initiatives: number;
}

export const SIZES: Record<"M" | "L", Size> = {
  M: { committees: 7, frames: 26, lines: 250, projects: 330, initiatives: 80 },
  L: { committees: 7, frames: 260, lines: 2500, projects: 3300, initiatives: 800 },
};

/** mulberry32: small, fast, good enough to make plausible figures reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMITTEES = [
  ["klima-miljo", "Klima- og Miljøudvalget"],
  ["born-skole", "Børne- og Skoleudvalget"],
  ["social-sundhed", "Social- og Sundhedsudvalget"],
  ["beskaeftigelse", "Beskæftigelsesudvalget"],
  ["kultur-fritid", "Kultur- og Fritidsudvalget"],
  ["plan-erhverv", "Plan- og Erhvervsudvalget"],
  ["okonomi", "Økonomiudvalget"],
];
const AREAS = ["Drift", "Pleje", "Skoler", "Veje", "Natur", "Kultur", "Sundhed", "Ejendomme", "Administration", "Tilskud", "Forebyggelse", "Service"];
const ITEMS = ["løn", "materialer", "tilskud", "husleje", "vedligehold", "indtægter", "licenser", "køb af ydelser", "transport", "puljer"];
const STATUSES = ["completed", "in-progress", "delayed", "on-hold", "not-started"];
const THEMES = ["En effektiv kommune", "Grøn omstilling", "Børn og unge", "Et godt ældreliv"];
const TYPES = ["operations", "capital", "intent"];
const PARAGRAPH =
  "Udvalget har i året fulgt økonomien tæt ved de tre budgetopfølgninger. Afvigelserne skyldes især udviklingen i " +
  "antallet af borgere, der modtager ydelser, og forsinkelser i enkelte projekter, som overføres til næste år.";

/** Writes a data directory of the given size; returns its path. */
export function generateMunicipality(dir: string, size: Size, seed = 2024): string {
  const rnd = random(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "committees"), { recursive: true });
  writeFileSync(
    join(dir, "municipality.yaml"),
    `name: Benchmark Kommune\nyear: 2024\nunit: t.kr.\nreports:\n  - { kind: annual, title: Årsrapport 2024 }\n` +
      `  - { kind: follow-up, id: budgetopfoelgning, title: Budgetopfølgning 2 2024, as_of: 2024-06-30 }\n` +
      `  - { kind: plan, id: udmoentningsplan, title: Udmøntningsplan 2024 }\n` +
      `population: { start_of_year: 51237, end_of_year: 52939, liquidity_basis: 52774 }\n` +
      `sections:\n  - title: Indledning\n    body: |\n      ${PARAGRAPH}\n\n      ${PARAGRAPH}\n`,
  );
  const share = (total: number, i: number): number => Math.floor((total * (i + 1)) / size.committees) - Math.floor((total * i) / size.committees);
  let frameNo = 0;
  // Everything the committees spend, per column: the taxes and grants are made to pay for it, as they do.
  const spent = { adopted: 0, adjusted: 0, actual: 0 };
  for (let c = 0; c < size.committees; c++) {
    const [id, name] = COMMITTEES[c % COMMITTEES.length]!;
    const cid = c < COMMITTEES.length ? id! : `${id}-${c}`;
    const out: string[] = [`id: ${cid}`, `committee: ${name}${c < COMMITTEES.length ? "" : ` ${c}`}`, `order: ${c + 1}`, `status: ${c % 3 === 0 ? "draft" : "approved"}`];
    out.push("sections:", "  report: |", `    ${PARAGRAPH}`, "", `    ${PARAGRAPH}`, "  operations: |", `    ${PARAGRAPH}`);
    out.push("frames:");
    const frames = share(size.frames, c);
    const lines = share(size.lines, c);
    for (let f = 0; f < frames; f++) {
      frameNo++;
      out.push(`  - number: "${10 + (frameNo % 80)}.${String(frameNo).padStart(2, "0")}"`, `    name: ${AREAS[frameNo % AREAS.length]} ${frameNo}`);
      // As in the sample: a utility (forsyning) and a land (jordforsyning) frame among the tax-financed ones.
      if (frameNo % 13 === 5) out.push("    area: supply");
      if (frameNo % 13 === 9) out.push("    area: land");
      out.push("    lines:");
      const n = Math.floor((lines * (f + 1)) / frames) - Math.floor((lines * f) / frames);
      for (let l = 0; l < n; l++) {
        const adopted = int(-5000, 60000);
        const adjusted = adopted + int(-2000, 4000);
        const actual = adjusted + int(-3000, 3000);
        spent.adopted += adopted;
        spent.adjusted += adjusted;
        spent.actual += actual;
        out.push(
          `      - name: "${AREAS[(f + l) % AREAS.length]}, ${ITEMS[l % ITEMS.length]} ${l + 1}"`,
          `        service: ${l % 7 === 6 ? "outside" : "inside"}`,
          `        adopted: ${adopted}`,
          `        adjusted: ${adjusted}`,
          `        actual: ${actual}`,
          `        expected: ${adjusted + int(-1500, 1500)}`,
          `        spent: ${Math.round(adjusted * (0.4 + rnd() * 0.2))}`,
        );
      }
    }
    out.push("initiatives:");
    for (let i = 0; i < share(size.initiatives, c); i++) {
      out.push(
        `  - nr: "${c + 1}.${i + 1}."`,
        `    topic: "Indsats ${i + 1} om ${AREAS[i % AREAS.length]!.toLowerCase()}"`,
        `    description: "${PARAGRAPH}"`,
        `    status: ${STATUSES[i % STATUSES.length]}`,
        `    note: "Forventes afsluttet i 2025."`,
        `    theme: ${THEMES[(c + i) % THEMES.length]}`,
        `    type: ${TYPES[i % TYPES.length]}`,
        `    deadline: "${2024 + (i % 3)}"`,
        ...(i % 3 === 2 ? [] : [`    amounts: { 2024: ${int(-50, 200) * 100}, 2025: ${int(-50, 200) * 100} }`]),
      );
    }
    out.push("capital:");
    for (let p = 0; p < share(size.projects, c); p++) {
      const budget = int(0, 20) * 500;
      const adjusted = budget + int(0, 6) * 250;
      const actual = Math.floor(adjusted * rnd());
      const closed = p % 9 === 4;
      spent.adopted += budget;
      spent.adjusted += adjusted;
      spent.actual += actual;
      out.push(
        `  - id: A${String(c * 100000 + p).padStart(6, "0")}`,
        `    name: "${AREAS[p % AREAS.length]}, projekt ${p + 1}"`,
        `    budget: ${budget}`,
        `    adjusted: ${adjusted}`,
        `    actual: ${actual}`,
        closed ? "    closed: true" : `    transfer: ${adjusted - actual}`,
        `    expected: ${Math.floor(adjusted * (0.5 + rnd() * 0.5))}`,
        `    spent: ${Math.floor(actual * 0.5)}`,
      );
      // A closed project has its anlægsregnskab (the sample's give one from 2 mio. kr. gross): spent as appropriated.
      if (closed) {
        const before = int(0, 20) * 250;
        out.push(
          "    account:",
          '      taken_into_use: "2024-09-01"',
          `      appropriation: { spending: ${before + actual} }`,
          `      years: [{ year: 2023, spending: ${before} }, { year: 2024, spending: ${actual} }]`,
        );
      }
    }
    // The financing items, as the sample's Økonomiudvalget books them: the booked cash is set by settleStatedFigures.
    if (c === size.committees - 1) out.push("financing:", ...financingItems(size, spent, int));
    writeFileSync(join(dir, "committees", `${String(c + 1).padStart(2, "0")}-${cid}.yaml`), `${out.join("\n")}\n`);
  }
  writeFileSync(join(dir, "statements.yaml"), statementsYaml(size, int));
  settleStatedFigures(dir);
  return dir;
}

/**
 * The financing items of every kind: taxes and grants pay for what the committees spend (`spent`, per column)
 * with a small surplus, the other items scaled with the municipality (L's accounts are ten times M's).
 */
function financingItems(size: Size, spent: Record<"adopted" | "adjusted" | "actual", number>, int: (lo: number, hi: number) => number): string[] {
  const scale = size.lines / 250;
  const item = (number: string, name: string, kind: string, figure: (column: keyof typeof spent) => number): string => {
    const [adopted, adjusted, actual] = (["adopted", "adjusted", "actual"] as const).map(figure);
    return `  - { number: "${number}", name: ${name}, kind: ${kind}, adopted: ${adopted}, adjusted: ${adjusted}, actual: ${actual}, expected: ${adjusted}, spent: ${Math.round(adjusted! / 2)} }`;
  };
  const fixed = (base: number) => () => Math.round((base + int(-300, 300)) * scale);
  return [
    item("70.76", "Renter", "interest", fixed(3000)),
    item("70.80", "Generelle tilskud mv.", "grants", (column) => -Math.round(spent[column] * 0.3)),
    item("70.82", "Skatter", "taxes", (column) => -Math.round(spent[column] * 0.72)),
    item("80.84", "Afdrag på lån", "repayments", fixed(18_000)),
    item("80.85", "Optagelse af lån", "loans", fixed(-12_000)),
    item("80.86", "Øvrige balanceforskydninger", "balance-shifts", fixed(4_000)),
    item("80.88", "Beholdningsbevægelse", "cash", () => 0),
  ];
}

/** statements.yaml as the sample's: parts 1 and 2, the balance's year-end figures to be settled. */
function statementsYaml(size: Size, int: (lo: number, hi: number) => number): string {
  const scale = size.lines / 250;
  const k = (n: number): number => Math.round(n * scale);
  const staff = COMMITTEES.slice(0, size.committees).map(([id], i) => ({ id: id!, prior: 1000 + i * 937 + int(0, 500), actual: 1000 + i * 937 + int(0, 500) }));
  const tenths = (n: number): string => (n / 10).toFixed(1);
  const start = { tangible: k(3_027_000), liquid: k(631_000), debt: k(262_000) };
  const lines = [
    "unit: t.kr.",
    "sign: udgift",
    "result:",
    "  rows:",
    `    taxes: { prior_year: ${k(-3_600_000)} }`,
    `    grants: { prior_year: ${k(-1_250_000)} }`,
    `    operations: { prior_year: ${k(4_500_000)} }`,
    `    interest: { prior_year: ${k(8_100)} }`,
    `    capital: { prior_year: ${k(240_000)} }`,
    `    land: { prior_year: ${k(-6_000)} }`,
    `    supply_operations: { prior_year: ${k(1_900)} }`,
    "financing:",
    "  rows:",
    `    loans: { prior_year: ${k(-15_000)} }`,
    `    repayments: { prior_year: ${k(18_300)} }`,
    `    balance_shifts: { prior_year: ${k(-9_000)} }`,
    "balance:",
    "  assets:",
    "    tangible_fixed_assets:",
    `      start: ${start.tangible}`,
    `      end: ${start.tangible + k(44_000)}`,
    `    intangible_fixed_assets: { start: ${k(4_200)}, end: ${k(3_600)} }`,
    `    financial_fixed_assets: { start: ${k(318_400)}, end: ${k(322_900)} }`,
    `    inventories: { start: ${k(2_100)}, end: ${k(2_300)} }`,
    `    receivables: { start: ${k(412_600)}, end: ${k(431_500)} }`,
    `    liquid_assets: { start: ${start.liquid}, end: 0 }`,
    "  liabilities:",
    "    equity: { start: 0, end: 0 }",
    `    provisions: { start: ${k(612_400)}, end: ${k(598_700)} }`,
    `    long_term_debt: { start: ${start.debt}, end: 0 }`,
    `    deposits: { start: ${k(18_700)}, end: ${k(19_200)} }`,
    `    short_term_debt: { start: ${k(498_200)}, end: ${k(541_300)} }`,
    "key_figures:",
    "  citizens: liquidity_basis",
    "  tax_rates: { income_tax: 25.3, church_tax: 0.85, land_tax: 26.34, service_tax_business: 10.0 }",
    "carry_overs: { rule: cap, percent: 2, cap_base: adjusted }",
    "capital_accounts: { threshold_kr: 2000000, inclusive: true, basis: either, material_kr: 500000, material_percent: 10 }",
    "staff:",
    "  rows:",
    ...staff.map((s) => `    - { committee: ${s.id}, prior_year: ${tenths(s.prior)}, actual: ${tenths(s.actual)} }`),
    `  total: { prior_year: ${tenths(staff.reduce((n, s) => n + s.prior, 0))}, actual: ${tenths(staff.reduce((n, s) => n + s.actual, 0))} }`,
    "guarantees:",
    ...Array.from({ length: 3 * Math.round(scale) }, (_, i) => [
      `  - recipient: Boligselskab ${i + 1}, afd. ${i + 3}`,
      "    lender: KommuneKredit",
      `    start: ${int(1_000, 100_000)}`,
      `    end: ${int(1_000, 100_000)}`,
      `    share: ${i % 2 === 0 ? 100 : 50}`,
    ]).flat(),
    "contingent_assets:",
    `  - { recipient: Grundkapitalindskud i almene boliger, start: ${k(86_200)}, end: ${k(88_900)} }`,
    "contingent_liabilities:",
    "  - { recipient: Lejeforpligtelser (operationel leasing), start: 12300, end: 10800 }",
    "  - { recipient: Solidarisk hæftelse for Udbetaling Danmark, note: hæftelsen kan ikke opgøres }",
    "accounting_policies: |",
    `  ${PARAGRAPH}`,
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The figures the data state and the tool also derives — the balance's year-end liquid assets, long-term debt
 * and equity, the booked change in cash — set to what the rest of the data give: the tool's own comparisons say
 * which figure (file, line, column) and what it should be. Throws when the data still do not validate.
 */
function settleStatedFigures(dir: string): void {
  let { problems, readable } = validateDataDir(dir);
  for (let pass = 0; pass < 4 && hasErrors(problems); pass++) {
    const wrong = (readable?.figures.statements?.comparisons ?? []).filter((c) => !c.found.equals(c.expected));
    if (wrong.length === 0) break;
    for (const c of wrong) setNumber(isAbsolute(c.at.file) ? c.at.file : join(dir, c.at.file), c.at.line, c.at.column, c.expected.div(1000).toFixed(0));
    ({ problems, readable } = validateDataDir(dir));
  }
  if (hasErrors(problems)) throw new Error(`the generated data do not validate: ${JSON.stringify(problems.filter((p) => p.severity === "error").slice(0, 3))}`);
}

/** Replaces the number that starts at line:column (1-based) of a file. */
function setNumber(file: string, line: number, column: number, value: string): void {
  const lines = readFileSync(file, "utf8").split("\n");
  const text = lines[line - 1]!;
  lines[line - 1] = text.slice(0, column - 1) + text.slice(column - 1).replace(/^-?\d+(\.\d+)?/, value);
  writeFileSync(file, lines.join("\n"));
}
