// The data the tests share: the sample municipality, the real reference committee, the fixture that uses every
// key, the example imports, and small valid files to build cases from.
const here = (path: string): string => new URL(path, import.meta.url).pathname;

/** The sample municipality shipped in data/ (read only: copy it to change it). */
export const SAMPLE = here("../../data/");
/** The real reference committee (a copy of shared/examples), with the inconsistencies domain.md points out. */
export const REFERENCE = here("../fixtures/reference-2024/");
/** The worked example of shared/docs/statements.md §13: five committees and statements.yaml, every identity exact. */
export const WORKED = here("../fixtures/worked-example-2024/");
/** A data directory that uses every key of the contract once. */
export const FULL = here("../hardening/fixtures/full/");
export const EXAMPLES = here("../../examples/imports/");

export const MUNICIPALITY = "name: Testkommune\nyear: 2024\nunit: t.kr.\n";

/** A small valid committee; `body` replaces everything after the header lines. */
export function committee(body: string, header = "id: test\ncommittee: Testudvalget\norder: 1\n"): string {
  return header + body;
}

export const VALID_BODY = `frames:
  - number: "10.01"
    name: Ramme
    service: inside
    lines:
      - name: Linje A
        adopted: 100
        adjusted: 120
        actual: 130
      - name: Linje B
        adopted: 50
        adjusted: 50
        actual: 40
`;

/** A small valid committee with one of everything: a frame, an initiative, a capital project. */
export const COMMITTEE = `id: test
committee: Testudvalget
order: 1
frames:
  - number: "10.01"
    name: Ramme
    service: inside
    lines:
      - { name: Linje A, adopted: 100, adjusted: 120, actual: 130 }
      - { name: Linje B, adopted: 50, adjusted: 50, actual: 40 }
initiatives:
  - { nr: "1.", topic: Emne, description: Beskrivelse, status: delayed, note: Note }
capital:
  - { id: A000001, name: Projekt, budget: 10, adjusted: 20, actual: 5, transfer: 15 }
`;
