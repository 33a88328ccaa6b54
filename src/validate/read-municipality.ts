// Turns the structurally checked municipality file into a typed Municipality.
import type { FileReader } from "../load/reader.js";
import type { Municipality } from "../model/types.js";
import { readFrontSections, readReports } from "./read-reports.js";
import { readStrategy } from "./read-targets.js";
import { pairOf } from "../load/yaml-nodes.js";

export function readMunicipality(r: FileReader): Municipality {
  const root = r.map(r.source.doc.contents);
  r.readUnit(root);
  const year = r.year(root, "year") ?? 0;
  const population = r.map(r.field(root, "population"));
  const sections = readFrontSections(r, root);
  const reports = readReports(r, root, year);
  const liquidityBasis = r.number(population, "liquidity_basis");
  const strategy = readStrategy(r, root, year, liquidityBasis);
  const license = r.map(r.field(root, "data_license"));
  const [licenseName, licenseTitle, licensePath] = ["name", "title", "path"].map((k) => r.string(license, k));
  return {
    name: r.string(root, "name") ?? "",
    year,
    unit: r.unit,
    title: reports[0]!.title,
    reports,
    population: {
      startOfYear: r.number(population, "start_of_year"),
      endOfYear: r.number(population, "end_of_year"),
      liquidityBasis,
      at: {
        ...(pairOf(population, "start_of_year") && { startOfYear: r.valuePos(population, "start_of_year") }),
        ...(pairOf(population, "end_of_year") && { endOfYear: r.valuePos(population, "end_of_year") }),
        ...(pairOf(population, "liquidity_basis") && { liquidityBasis: r.valuePos(population, "liquidity_basis") }),
      },
    },
    sections,
    ...(strategy && { strategy }),
    ...(licenseName && licenseTitle && licensePath && { dataLicense: { name: licenseName, title: licenseTitle, path: licensePath } }),
    file: r.file,
  };
}
