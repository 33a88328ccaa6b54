// Seeded synthetic municipalities for the benchmark: M (a mid-size municipality: 7 committees, 26 frames,
// ~250 lines, ~330 capital projects, ~80 initiatives) and L (ten times the frames, lines, projects and
// initiatives). The same seed gives the same files, so runs compare like with like. The files are written in
// block style, as finance staff and the sample data write them.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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
    `name: Benchmark Kommune\nyear: 2024\nreport: { title: Årsrapport 2024 }\npopulation: { start_of_year: 51237, end_of_year: 52939, liquidity_basis: 52774 }\n` +
      `sections:\n  - title: Indledning\n    body: |\n      ${PARAGRAPH}\n\n      ${PARAGRAPH}\n`,
  );
  const share = (total: number, i: number): number => Math.floor((total * (i + 1)) / size.committees) - Math.floor((total * i) / size.committees);
  let frameNo = 0;
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
      out.push(`  - number: "${10 + (frameNo % 80)}.${String(frameNo).padStart(2, "0")}"`, `    name: ${AREAS[frameNo % AREAS.length]} ${frameNo}`, "    lines:");
      const n = Math.floor((lines * (f + 1)) / frames) - Math.floor((lines * f) / frames);
      for (let l = 0; l < n; l++) {
        const adopted = int(-5000, 60000);
        const adjusted = adopted + int(-2000, 4000);
        out.push(
          `      - name: "${AREAS[(f + l) % AREAS.length]}, ${ITEMS[l % ITEMS.length]} ${l + 1}"`,
          `        service: ${l % 7 === 6 ? "outside" : "inside"}`,
          `        adopted: ${adopted}`,
          `        adjusted: ${adjusted}`,
          `        actual: ${adjusted + int(-3000, 3000)}`,
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
      );
    }
    out.push("capital:");
    for (let p = 0; p < share(size.projects, c); p++) {
      const budget = int(0, 20) * 500;
      const adjusted = budget + int(0, 6) * 250;
      const actual = Math.floor(adjusted * rnd());
      const closed = p % 9 === 4;
      out.push(
        `  - id: A${String(c * 100000 + p).padStart(6, "0")}`,
        `    name: "${AREAS[p % AREAS.length]}, projekt ${p + 1}"`,
        `    budget: ${budget}`,
        `    adjusted: ${adjusted}`,
        `    actual: ${actual}`,
        closed ? "    closed: true" : `    transfer: ${adjusted - actual}`,
      );
    }
    writeFileSync(join(dir, "committees", `${String(c + 1).padStart(2, "0")}-${cid}.yaml`), `${out.join("\n")}\n`);
  }
  return dir;
}
