// The user's language, as the command line chooses it: Danish with no locale, with C or POSIX and with a Danish
// one; English with an English locale or --lang en; --lang over the locale. Every command's --help in both
// languages, with the same options in each; and a user with LANG=da_DK.UTF-8 (or no LANG) reads Danish in
// everything the commands print, one with --lang en today's English.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localeLanguage } from "../../src/messages/language.js";
import { setLanguage } from "../../src/messages/index.js";
import { startPreview } from "../../src/serve/server.js";
import { runCli, type CliResult } from "../support/cli.js";
import { COMMITTEE, EXAMPLES, REFERENCE } from "../support/fixtures.js";
import { dataDir, scratchDir } from "../support/scratch.js";

describe("the language of the locale", () => {
  it.each([
    [{}, "da"],
    [{ LANG: "" }, "da"],
    [{ LANG: "C" }, "da"],
    [{ LANG: "C.UTF-8" }, "da"],
    [{ LANG: "POSIX" }, "da"],
    [{ LANG: "da_DK.UTF-8" }, "da"],
    [{ LANG: "de_DE.UTF-8" }, "da"],
    [{ LANG: "en_US.UTF-8" }, "en"],
    [{ LANG: "en_DK.UTF-8" }, "en"],
    [{ LANG: "en" }, "en"],
    [{ LANG: "da_DK.UTF-8", LC_MESSAGES: "en_GB.UTF-8" }, "en"],
    [{ LANG: "en_US.UTF-8", LC_ALL: "da_DK.UTF-8" }, "da"],
    [{ LANG: "en_US.UTF-8", LC_ALL: "C" }, "da"],
  ] as const)("%o → %s", (env, lang) => {
    expect(localeLanguage(env)).toBe(lang);
  });
});

const DA = { LANG: "da_DK.UTF-8" };
const EN = { LANG: "en_US.UTF-8" };
const run = (args: string[], env: Record<string, string> = {}): CliResult => runCli(args, { env });

/** The options a help text lists (its lines that start with an option), sorted. */
const options = (help: string): string[] => [...help.matchAll(/^ {2}(-h, --help|--[a-z-]+)/gm)].map((m) => m[1]!).sort();

describe("--help of every command, in Danish and in English", () => {
  const COMMANDS: [string, string, string][] = [
    // command, its Danish usage line, its English usage line
    ["init", 'aarsrapport init MAPPE --municipality "Navn Kommune" --year ÅR --committees "Udvalg, Udvalg, …"', 'aarsrapport init DIR --municipality "Name Kommune" --year YEAR --committees "Committee, Committee, …"'],
    ["validate", "aarsrapport validate [DATAMAPPE] [--json]", "aarsrapport validate [DATA_DIR] [--json]"],
    ["build", "aarsrapport build [DATAMAPPE] [--out MAPPE] [--force] [--html-only] [--json | --quiet] [--wait S]", "aarsrapport build [DATA_DIR] [--out DIR] [--force] [--html-only] [--json | --quiet] [--wait S]"],
    ["serve", "aarsrapport serve [DATAMAPPE] [--port N] [--host ADRESSE]", "aarsrapport serve [DATA_DIR] [--port N] [--host ADDRESS]"],
    ["import", "aarsrapport import KILDE... --map MAPPING.yaml [--out DATAMAPPE]", "aarsrapport import SOURCE... --map MAPPING.yaml [--out DATA_DIR]"],
    ["freeze", "aarsrapport freeze NAVN [DATAMAPPE] [--label TEKST] [--force]", "aarsrapport freeze NAME [DATA_DIR] [--label TEXT] [--force]"],
  ];

  it.each(COMMANDS)("%s", (command, danish, english) => {
    const [da, none, en, enFromLocale] = [run([command, "--help"], DA), run([command, "-h"]), run([command, "--help", "--lang", "en"], DA), run([command, "--help"], EN)];
    for (const r of [da, none, en, enFromLocale]) expect(r.code, r.stderr).toBe(0);
    expect(da.stdout.split("\n")[0]).toBe(danish);
    expect(none.stdout).toBe(da.stdout);
    expect(da.stdout).toContain("\nTilvalg:\n");
    expect(da.stdout.includes("\nAfslutningskode: 0 ")).toBe(en.stdout.includes("\nExit status: 0 ")); // serve has none: it runs until stopped
    expect(da.stdout).toContain("  -h, --help");
    expect(da.stdout).toMatch(/ vis denne hjælp\n/);
    expect(en.stdout.split("\n")[0]).toBe(english);
    expect(enFromLocale.stdout).toBe(en.stdout);
    expect(en.stdout).toContain("\nOptions:\n");
    expect(en.stdout).toMatch(/ show this help\n/);
    // The same options, --lang among them, in both languages.
    expect(options(da.stdout)).toEqual(options(en.stdout));
    expect(options(da.stdout)).toContain("--lang");
  });

  it("the main help lists every command, in the user's language", () => {
    const [da, en] = [run(["--help"], DA), run(["--help", "--lang", "en"])];
    expect(da.stdout).toMatch(/^aarsrapport — kommunens årsrapport ud fra data i YAML\n\nBrug: aarsrapport <kommando> \[tilvalg\]\n\nKommandoer:\n/);
    expect(en.stdout).toMatch(/^aarsrapport — the municipal annual report \(årsrapport\) from YAML data\n\nUsage: aarsrapport <command> \[options\]\n\nCommands:\n/);
    for (const command of ["init", "validate", "build", "serve", "import", "freeze"]) {
      expect(da.stdout).toMatch(new RegExp(`\\n  ${command} +\\S`));
      expect(en.stdout).toMatch(new RegExp(`\\n  ${command} +\\S`));
    }
    expect(da.stdout).toContain("\n  validate  kontrollér data, og skriv hvert problem\n");
    expect(en.stdout).toContain("\n  validate  check the data and print every problem\n");
  });
});

describe("a user with LANG=da_DK.UTF-8, or with no LANG, reads Danish; --lang en gives English", () => {
  const BROKEN = COMMITTEE.replace("adopted: 100", "adopted: 1.234").replace("order: 1\n", "order: 1\nstatus: aproved\n");

  it("validate: every problem, its severity and the summary", () => {
    const dir = dataDir({ "committees/01-test.yaml": BROKEN });
    const [da, none, en, enLocale] = [run(["validate", dir], DA), run(["validate", dir]), run(["validate", dir, "--lang", "en"], DA), run(["validate", dir], EN)];
    for (const r of [da, none, en, enLocale]) expect(r.code).toBe(1);
    expect(none.stdout).toBe(da.stdout);
    expect(enLocale.stdout).toBe(en.stdout);
    expect(da.stdout).toBe(
      [
        'committees/01-test.yaml:4:9  fejl  status: "aproved" er ikke tilladt: brug en af draft, approved (mente du "approved"?)',
        "committees/01-test.yaml:10:35  fejl  adopted: 1.234 har decimaler, men beløb i t.kr. skal være hele tal. Dansk faldgrube: mener du 1234 (med tusindtalspunktum), læser YAML 1.234 som et decimaltal — skriv 1234, eller sæt anførselstegn om: \"1.234\".",
        "",
        `${dir}: 2 fejl, 0 advarsler.`,
        "",
      ].join("\n"),
    );
    expect(en.stdout).toBe(
      [
        'committees/01-test.yaml:4:9  error  status: "aproved" is not allowed: use one of draft, approved (did you mean "approved"?)',
        'committees/01-test.yaml:10:35  error  adopted: 1.234 has a fractional part, but amounts in t.kr. must be whole numbers. Danish pitfall: if you mean 1234 (with a thousands dot), YAML reads 1.234 as a decimal number — write 1234 or quote it as "1.234".',
        "",
        `${dir}: 2 errors, 0 warnings.`,
        "",
      ].join("\n"),
    );
    expect(run(["validate", REFERENCE], DA).stdout).toMatch(/: 0 fejl, 16 advarsler\.\n$/);
    expect(run(["validate", dataDir({ "committees/01-test.yaml": COMMITTEE })]).stdout).toMatch(/: ingen problemer\.\n$/);
    expect(run(["validate", dataDir({ "committees/01-test.yaml": COMMITTEE }), "--lang=en"]).stdout).toMatch(/: no problems\.\n$/);
  });

  it("usage errors, from the tool and from the option parser, with the usage", () => {
    const cases: [string[], string, string][] = [
      [["publish"], 'aarsrapport: ukendt kommando "publish"\n\naarsrapport — kommunens', 'aarsrapport: unknown command "publish"\n\naarsrapport — the municipal'],
      [["validate", "/ingen/mappe"], 'aarsrapport: datamappen "/ingen/mappe" findes ikke (angiv DATAMAPPE, eller kør kommandoen der, hvor data/ ligger)\n\naarsrapport validate [DATAMAPPE]', 'aarsrapport: data directory "/ingen/mappe" does not exist (give DATA_DIR, or run where data/ is)\n\naarsrapport validate [DATA_DIR]'],
      [["validate", "--frobnicate"], "aarsrapport: ukendt tilvalg --frobnicate\n\n", "aarsrapport: Unknown option '--frobnicate'."],
      [["build", "--out"], "aarsrapport: --out skal have en værdi\n\n", "aarsrapport: Option '--out <value>' argument missing"],
      [["build", "--force=ja"], "aarsrapport: --force tager ingen værdi\n\n", "aarsrapport: Option '--force' does not take an argument"],
      [["build", "--concurrency", "0"], 'aarsrapport: --concurrency skal have et tal over 0, ikke "0"', 'aarsrapport: --concurrency needs a number above 0, not "0"'],
      [["serve", "--port", "x"], 'aarsrapport: --port skal have et portnummer, ikke "x"', 'aarsrapport: --port needs a port number, not "x"'],
      [["import", "a.csv"], "aarsrapport: --map MAPPING.yaml skal angives: den siger, hvilke kolonner der rummer hvad", "aarsrapport: --map MAPPING.yaml is required: it says which columns hold what"],
      [["validate", "--lang", "sv"], 'aarsrapport: --lang skal være da eller en, ikke "sv"', 'aarsrapport: --lang needs da or en, not "sv"'],
    ];
    for (const [args, danish, english] of cases) {
      const [da, en] = [run(args, DA), run(args, EN)];
      expect([da.code, en.code], args.join(" ")).toEqual([2, 2]);
      expect(da.stderr.startsWith(danish), `${args.join(" ")}:\n${da.stderr}`).toBe(true);
      expect(en.stderr.startsWith(english), `${args.join(" ")}:\n${en.stderr}`).toBe(true);
    }
  });

  it("build: the problems, the summary and what was published", () => {
    const data = dataDir({ "committees/01-test.yaml": COMMITTEE });
    const out = scratchDir("out");
    const first = run(["build", data, "--out", out, "--html-only"], DA);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^Udgivet i ${out}/: \\d+ filer lavet; 0 uændrede\\.\\nÅbn ${out}/site/index.html; hvad der er ændret: ${out}/changes.html\\.\\n$`));
    expect(run(["build", data, "--out", out, "--html-only"]).stdout).toBe(`Intet er ændret siden det, der er udgivet i ${out}/: intet at gøre.\n`);
    // The audit trail is written in the tool's language, so a build in English makes it again; then nothing changed.
    expect(run(["build", data, "--out", out, "--html-only", "--lang", "en"]).stdout).toMatch(new RegExp(`^Published ${out}/: \\d+ outputs made`));
    expect(run(["build", data, "--out", out, "--html-only", "--lang", "en"]).stdout).toBe(`Nothing changed since the published build in ${out}/: nothing to do.\n`);
    writeFileSync(join(data, "committees/01-test.yaml"), COMMITTEE.replace("adopted: 100", "adopted: 1.234"));
    const [da, en] = [run(["build", data, "--out", out, "--html-only"], DA), run(["build", data, "--out", out, "--html-only"], EN)];
    expect([da.code, en.code]).toEqual([1, 1]);
    expect(da.stdout).toContain("  fejl  adopted: 1.234 har decimaler");
    expect(da.stdout).toContain(": 1 fejl, 0 advarsler.");
    expect(da.stderr).toBe("Intet er skrevet: ret fejlene ovenfor, og byg igen.\n");
    expect(en.stdout).toContain("  error  adopted: 1.234 has a fractional part");
    expect(en.stderr).toBe("Nothing was written: mend the errors above and build again.\n");
  });

  it("import: its problems, its notes and what it wrote", () => {
    const source = join(EXAMPLES, "prisme-drift-2024.csv");
    const mapping = join(EXAMPLES, "prisme-drift-2024.mapping.yaml");
    const [da, en] = [join(scratchDir("import"), "data"), join(scratchDir("import"), "data")];
    const [rd, re] = [run(["import", source, "--map", mapping, "--out", da], DA), run(["import", source, "--map", mapping, "--out", en, "--lang", "en"])];
    expect([rd.code, re.code]).toEqual([0, 0]);
    expect(rd.stdout).toContain(`bemærk: ${da} har endnu ingen municipality.yaml: tilføj en, før rapporten bygges (se docs/data-format.md)\n`);
    expect(rd.stdout).toContain(`${da}/committees/07-okonomi.yaml: oprettet\n`);
    expect(re.stdout).toContain(`note: ${en} has no municipality.yaml yet: add one before building the report (see docs/data-format.md)\n`);
    expect(re.stdout).toContain(`${en}/committees/07-okonomi.yaml: created\n`);
    const broken = join(scratchDir("import"), "prisme-drift-2024.csv");
    writeFileSync(broken, readFileSync(source, "latin1").replace(";20.40;", ";20,40;"), "latin1");
    const [bd, be] = [run(["import", broken, "--map", mapping, "--out", da]), run(["import", broken, "--map", mapping, "--out", da], EN)];
    expect([bd.code, be.code]).toEqual([1, 1]);
    expect(bd.stdout).toMatch(/^prisme-drift-2024\.csv, række \d+, kolonne B \(Ramme\)  fejl  "20,40" er ikke et rammenummer/);
    expect(bd.stderr).toMatch(/^\nimport: \d+ fejl\. Intet er skrevet: ret fejlene ovenfor, og importér igen\.\n$/);
    expect(be.stdout).toMatch(/^prisme-drift-2024\.csv, række \d+, kolonne B \(Ramme\)  error  "20,40" is not a frame number/);
    expect(be.stderr).toMatch(/^\nimport: \d+ errors?\. Nothing was written: mend the errors above and import again\.\n$/);
  });

  it("init: what it made, and why it will not write", () => {
    const parent = scratchDir("init");
    const args = (dir: string) => ["init", dir, "--municipality", "Navn Kommune", "--year", "2025", "--committees", "Økonomiudvalget"];
    const made = run(args(join(parent, "ny")), DA);
    expect(made.stdout).toBe(
      `Oprettet ${join(parent, "ny")}/: municipality.yaml, 1 udvalgsfil, 8 tekstfiler og README.md. Data er gyldige.\nNæste skridt står i ${join(parent, "ny")}/README.md. Se rapporten mens I skriver: aarsrapport serve ${join(parent, "ny")}\n`,
    );
    const english = run([...args(join(parent, "new")), "--lang", "en"]);
    expect(english.stdout).toBe(
      `Created ${join(parent, "new")}/: municipality.yaml, 1 committee file, 8 text files and README.md. The data is valid.\nThe next steps are in ${join(parent, "new")}/README.md. Watch the report while you write: aarsrapport serve ${join(parent, "new")}\n`,
    );
    expect(run(args(join(parent, "ny"))).stderr).toMatch(/^aarsrapport init: mappen ".*" findes og er ikke tom \(\d+ filer eller mapper\)/);
    expect(run(args(join(parent, "ny")), EN).stderr).toMatch(/^aarsrapport init: the directory ".*" exists and is not empty \(\d+ files or directories\)/);
    expect(run(["init", "--lang", "en"]).stderr).toMatch(/^aarsrapport init: give DIR: the new data directory, e.g. data\n\naarsrapport init DIR /);
  });
});

describe("the preview", () => {
  /** index.html as the preview serves it, in a language. */
  async function previewPage(dir: string, lang: "da" | "en"): Promise<string> {
    setLanguage(lang);
    const preview = await startPreview({ dataDir: dir, port: 0, host: "127.0.0.1" });
    try {
      return await (await fetch(`${preview.url}index.html`)).text();
    } finally {
      await preview.close();
    }
  }

  it("lists the data's problems over the report in the user's language, severities included", async () => {
    const dir = dataDir({ "committees/01-test.yaml": COMMITTEE.replace("adopted: 100", "adopted: 1.234") });
    const [da, en] = [await previewPage(dir, "da"), await previewPage(dir, "en")];
    expect(da).toContain('<div class="audit-bar" lang="da">');
    expect(da).toContain("<strong>Data har 1 fejl og 0 advarsler</strong>");
    expect(da).toMatch(/<code>committees\/01-test\.yaml:9:35<\/code><\/a> <span class="severity">fejl<\/span> adopted: 1\.234 har decimaler/);
    expect(en).toContain('<div class="audit-bar" lang="en">');
    expect(en).toContain("<strong>The data has 1 error and 0 warnings</strong>");
    expect(en).toMatch(/<code>committees\/01-test\.yaml:9:35<\/code><\/a> <span class="severity">error<\/span> adopted: 1\.234 has a fractional part/);
  });

  it("shows the error page, in the user's language, only for data that cannot be read at all", async () => {
    const dir = dataDir({ "municipality.yaml": "- en liste\n", "committees/01-test.yaml": COMMITTEE });
    const [da, en] = [await previewPage(dir, "da"), await previewPage(dir, "en")];
    expect(da).toContain('<html lang="da">');
    expect(da).toContain("<title>Fejl i data</title>");
    expect(da).toContain("<h1>Rapporten kan ikke vises: data har fejl</h1>");
    expect(da).toMatch(/<li><code>municipality\.yaml:1:1<\/code> <span class="severity">fejl<\/span> /);
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<title>Errors in the data</title>");
    expect(en).toContain("<h1>The report cannot be shown: the data has errors</h1>");
    expect(en).toMatch(/<li><code>municipality\.yaml:1:1<\/code> <span class="severity">error<\/span> /);
  });
});
