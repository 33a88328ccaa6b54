// The sample municipality shipped in data/: complete enough to look real, and valid.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { INITIATIVE_STATUSES } from "../../src/model/types.js";
import { validateDataDir } from "../../src/validate/index.js";
import { SAMPLE } from "../support/fixtures.js";


describe("the sample data", () => {
  const { data, problems } = validateDataDir(SAMPLE);

  it("validates without errors", () => {
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(data).toBeDefined();
  });

  it("is a complete municipality: ≥6 committees, ≥20 frames, ≥150 lines, ≥150 capital projects", () => {
    const committees = data!.committees;
    expect(committees.length).toBeGreaterThanOrEqual(6);
    expect(committees.flatMap((c) => c.frames).length).toBeGreaterThanOrEqual(20);
    expect(committees.flatMap((c) => c.frames.flatMap((f) => f.lines)).length).toBeGreaterThanOrEqual(150);
    expect(committees.flatMap((c) => c.capital).length).toBeGreaterThanOrEqual(150);
    expect(committees.some((c) => c.financing.length > 0)).toBe(true);
    expect(data!.municipality.sections.length).toBeGreaterThanOrEqual(3);
  });

  it("has initiatives in every status and narrative text for every committee", () => {
    const statuses = new Set(data!.committees.flatMap((c) => c.initiatives.map((i) => i.status)));
    expect([...statuses].sort()).toEqual([...INITIATIVE_STATUSES].sort());
    for (const c of data!.committees) expect(c.sections.report?.markdown.length, c.id).toBeGreaterThan(50);
  });

  it("names its JSON Schema in every file, for editors", () => {
    const files = ["municipality.yaml", ...readdirSync(`${SAMPLE}/committees`).map((f) => `committees/${f}`)];
    for (const f of files) expect(readFileSync(`${SAMPLE}/${f}`, "utf8"), f).toMatch(/^# yaml-language-server: \$schema=.*schema\/(committee|municipality)\.schema\.json/);
  });
});
