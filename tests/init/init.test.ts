// `aarsrapport init` as a finance officer runs it (the compiled CLI): a new municipality's data directory that
// validates and builds at once, editors' schema lines that lead to the tool's own schemas, lists ready for the
// import, and a directory that holds anything is never written into.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { validateDataDir } from "../../src/validate/index.js";
import { runCli } from "../support/cli.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const COMMITTEES = "Klima- og Miljøudvalget, Børne- og Skoleudvalget, Økonomiudvalget";

function run(args: string[], cwd?: string): { code: number; stdout: string; stderr: string } {
  const r = runCli(args, { cwd });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function init(dir: string, committees = COMMITTEES, extra: string[] = []) {
  return run(["init", dir, "--municipality", "Navn Kommune", "--year", "2025", "--committees", committees, ...extra]);
}

function fresh(): string {
  return join(mkdtempSync(join(tmpdir(), "aarsrapport-init-")), "data");
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe("aarsrapport init → validate → build", () => {
  it("makes a new municipality's data directory that validates and builds, PDFs included", () => {
    const dir = fresh();
    const made = init(dir);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain("municipality.yaml, 3 udvalgsfiler, 18 tekstfiler og README.md. Data er gyldige.");
    expect(files(dir)).toEqual(
      [
        "README.md",
        "committees/01-klima-og-miljoeudvalget.yaml",
        "committees/02-boerne-og-skoleudvalget.yaml",
        "committees/03-oekonomiudvalget.yaml",
        "municipality.yaml",
        "text/aarets-gang.md",
        "text/indledning.md",
        "text/udgangspunktet.md",
        ...["klima-og-miljoeudvalget", "boerne-og-skoleudvalget", "oekonomiudvalget"].flatMap((id) =>
          ["anlaeg", "beretning", "budgetaftale", "drift", "indledning"].map((t) => `text/${id}/${t}.md`),
        ),
      ].sort(),
    );

    const validated = run(["validate", dir]);
    expect(validated.code, validated.stdout).toBe(0);
    expect(validated.stdout).toContain("ingen problemer");

    const out = join(dirname(dir), "out");
    const built = run(["build", dir, "--out", out]);
    expect(built.code, built.stderr + built.stdout).toBe(0);
    expect(readdirSync(join(out, "site")).sort()).toEqual(
      expect.arrayContaining(["index.html", "klima-og-miljoeudvalget.html", "boerne-og-skoleudvalget.html", "oekonomiudvalget.html", "data-til-genbrug.html"]),
    );
    expect(readdirSync(join(out, "pdf")).sort()).toEqual(["aarsrapport-2025.pdf", "boerne-og-skoleudvalget.pdf", "klima-og-miljoeudvalget.pdf", "oekonomiudvalget.pdf"]);
    const index = readFileSync(join(out, "site", "index.html"), "utf8");
    expect(index).toContain("<h1>Årsrapport 2025</h1>");
    expect(index).toContain("Navn Kommune");
    // The texts to replace stand out in the draft, which says it is a draft.
    const committee = readFileSync(join(out, "site", "klima-og-miljoeudvalget.html"), "utf8");
    expect(committee).toContain("<em>Udvalgets beretning for 2025: udvalgets møder, de sager det har behandlet, og hvad der er nået. Erstat denne tekst.</em>");
    expect(committee).toContain('<span class="draft-mark">Udkast</span>');
  }, 180_000);

  it("reads back what was asked: the municipality, the year, the committees in the given order, all drafts", () => {
    const dir = fresh();
    expect(init(dir, " Udvalg: \"Særligt\" #1 ,Udvalg A, Udvalg-A,  Økonomiudvalget").code).toBe(0);
    const { data, problems } = validateDataDir(dir);
    expect(problems).toEqual([]);
    expect(data!.municipality).toMatchObject({ name: "Navn Kommune", year: 2025, title: "Årsrapport 2025" });
    expect(data!.committees.map((c) => [c.order, c.id, c.name, c.status])).toEqual([
      [1, "udvalg-saerligt-1", 'Udvalg: "Særligt" #1', "draft"],
      [2, "udvalg-a", "Udvalg A", "draft"],
      [3, "udvalg-a-2", "Udvalg-A", "draft"],
      [4, "oekonomiudvalget", "Økonomiudvalget", "draft"],
    ]);
    expect(data!.committees.every((c) => c.frames.length === 0 && c.capital.length === 0 && c.initiatives.length === 0)).toBe(true);
    expect(Object.keys(data!.committees[0]!.sections).sort()).toEqual(["initiatives", "report"]);
  });

  it("points every file's schema line at the schema the tool validates with, wherever the directory is", () => {
    const outside = fresh();
    const project = mkdtempSync(join(ROOT, "node_modules", ".aarsrapport-init-"));
    onTestFinished(() => rmSync(project, { recursive: true, force: true }));
    const inside = join(project, "data");
    for (const dir of [outside, inside]) {
      expect(init(dir).code).toBe(0);
      for (const file of files(dir).filter((f) => f.endsWith(".yaml"))) {
        const line = readFileSync(join(dir, file), "utf8").split("\n")[0]!;
        const ref = /^# yaml-language-server: \$schema=(\S+)$/.exec(line)?.[1];
        expect(ref, `${file}: ${line}`).toBeTruthy();
        expect(ref).not.toMatch(/^\//);
        const name = file === "municipality.yaml" ? "municipality" : "committee";
        const target = resolve(dirname(join(dir, file)), ref!);
        expect(target, file).toBe(join(ROOT, "schema", `${name}.schema.json`));
      }
    }
    // Inside the project (data/ beside schema/) the path is as short as the sample's.
    expect(readFileSync(join(inside, "municipality.yaml"), "utf8")).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schema\/municipality\.schema\.json\n/);
  });

  it("leaves lists that the import fills, as block lists with the examples still above them", () => {
    const dir = fresh();
    expect(init(dir, "Børne- og Skoleudvalget, Økonomiudvalget").code).toBe(0);
    // The example export, found by the committees' names (the mapping's own committees: list names other ids).
    const work = mkdtempSync(join(tmpdir(), "aarsrapport-init-import-"));
    cpSync(join(ROOT, "examples/imports/prisme-drift-2024.csv"), join(work, "prisme-drift-2024.csv"));
    const mapping = readFileSync(join(ROOT, "examples/imports/prisme-drift-2024.mapping.yaml"), "utf8").replace(/^committees:\n(  - .*\n)+/m, "");
    writeFileSync(join(work, "mapping.yaml"), mapping);
    const imported = run(["import", join(work, "prisme-drift-2024.csv"), "--map", join(work, "mapping.yaml"), "--out", dir]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(readdirSync(join(dir, "committees")).sort()).toEqual(["01-boerne-og-skoleudvalget.yaml", "02-oekonomiudvalget.yaml"]);
    const yaml = readFileSync(join(dir, "committees", "02-oekonomiudvalget.yaml"), "utf8");
    expect(yaml).toMatch(/#\s+actual: 1967 +# \(3\) regnskab\nframes:\n  - number: "60\.60"\n    name: Administration\n/);
    expect(yaml).toContain("\nfinancing:\n  - number: \"70.76\"\n");
    expect(run(["validate", dir]).code).toBe(0);
  });
});

describe("aarsrapport init refuses", () => {
  it("a directory that holds anything: a clear message in Danish, exit 2, and the directory as it was", () => {
    const dir = fresh();
    mkdirSync(dir);
    writeFileSync(join(dir, "noter.txt"), "mine noter");
    const r = init(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`mappen "${dir}" findes og er ikke tom (1 fil eller mappe): init skriver kun i en ny eller tom mappe, så intet bliver overskrevet.`);
    expect(files(dir)).toEqual(["noter.txt"]);
    expect(readdirSync(dirname(dir))).toEqual(["data"]); // no staging left beside it
  });

  it("a file in the directory's place, but writes into an empty directory", () => {
    const file = fresh();
    writeFileSync(file, "x");
    const r = init(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("findes og er ikke en mappe");
    const empty = fresh();
    mkdirSync(empty);
    expect(init(empty).code).toBe(0);
    expect(existsSync(join(empty, "municipality.yaml"))).toBe(true);
  });

  it("arguments it cannot use, saying in Danish what is missing, with the usage, and writes nothing", () => {
    const dir = fresh();
    const cases: [string[], string][] = [
      [["init", dir, "--year", "2025", "--committees", "A"], "--municipality mangler"],
      [["init", dir, "--municipality", "X", "--committees", "A"], "--year mangler"],
      [["init", dir, "--municipality", "X", "--year", "25", "--committees", "A"], '--year skal være et årstal mellem 2000 og 2100, ikke "25"'],
      [["init", dir, "--municipality", "X", "--year", "2025"], "--committees mangler"],
      [["init", dir, "--municipality", "X", "--year", "2025", "--committees", "A,,B"], "--committees har et tomt navn"],
      [["init", dir, "--municipality", "X", "--year", "2025", "--committees", "A, B, A"], 'udvalget "A" er nævnt to gange'],
      [["init", "--municipality", "X", "--year", "2025", "--committees", "A"], "angiv MAPPE"],
      [["init", dir, "andet", "--municipality", "X", "--year", "2025", "--committees", "A"], "for mange argumenter"],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain(message);
      expect(r.stderr).toContain("Tilvalg:");
    }
    expect(existsSync(dir)).toBe(false);
  });
});

describe("aarsrapport init --help", () => {
  it("explains the command in Danish, and the main help lists it", () => {
    const r = run(["init", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('aarsrapport init MAPPE --municipality "Navn Kommune" --year ÅR --committees');
    expect(r.stdout).toContain("init overskriver aldrig noget");
    expect(r.stdout).toContain("Afslutningskode: 0 oprettet, 2 forkert brug eller mappen er ikke tom");
    expect(run(["--help"]).stdout).toMatch(/\n  init +opret en ny datamappe/);
  });
});
