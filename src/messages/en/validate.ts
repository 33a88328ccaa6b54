// Validating the data: the schema's findings, what reading a file checks, the checks across files, the judge.
import type * as da from "../da/validate.js";

const subject = (where: string): string => (where ? `${where}: ` : "");
const withHint = (text: string, hint: string | undefined): string => (hint ? `${text}. ${hint}` : text);
const need = (w: da.BalanceWindow): string => `the kassekreditreglen averages the ${w.days} days from ${w.first} to ${w.last}`;
const OVER_UNDER = { over: "overspend (merforbrug)", under: "underspend (mindreforbrug)" };
const TABLE = {
  operations: "Tabel 1",
  capital: "the capital table",
  front: "the statements or the report's totals",
  followUpOperations: "Tabel 1 of the follow-up",
  followUpCapital: "the capital table of the follow-up",
};

export const problems: typeof da.problems = {
  // The data directory (src/validate/index.ts).
  "file-missing": (file, schema) => `${file} is missing: every data directory needs it (see schema/${schema}.schema.json)`,
  "no-committees": (dir) => `no committee files found: put one YAML file per committee in ${dir}/ (see schema/committee.schema.json)`,

  // The schema's findings (src/validate/schema.ts); `where` is the path, e.g. `frame 10.30, line "Trafik", adjusted`.
  "not-a-mapping": (found, schema) =>
    `${found === undefined ? "the file is empty" : `the file holds ${found}`}: a ${schema} file must be a mapping of keys (see schema/${schema}.schema.json)`,
  "unknown-key": (where, key, guess, known) =>
    `${subject(where)}unknown key "${key}"` + (guess ? ` — did you mean "${guess}"?` : "") + ` Known keys here: ${known.join(", ")}`,
  "missing-key": (where, key) => `${subject(where)}missing key "${key}": add it`,
  "wrong-type": (where, expected, found, hint) => withHint(`${subject(where)}expected ${expected}, found ${found}`, hint),
  "not-allowed": (where, value, allowed, guess) =>
    `${subject(where)}${value} is not allowed: use one of ${allowed.join(", ")}` + (guess ? ` (did you mean "${guess}"?)` : ""),
  "wrong-form": (where, value, hint) => withHint(`${subject(where)}${value} does not have the required form`, hint),
  "wrong-form/one-of": (where, found, hint) => withHint(`${subject(where)}has the wrong form (found ${found})`, hint),
  "empty-value": (where) => `${subject(where)}must not be empty`,
  "out-of-range": (where, value, comparison, limit) => `${subject(where)}${value} is out of range: must be ${comparison} ${limit}`,
  "schema/min-items": (where, _limit, ajv) => `${subject(where)}${ajv}`,
  "schema/max-length": (where, _limit, ajv) => `${subject(where)}${ajv}`,
  "schema/const": (where, _allowed, ajv) => `${subject(where)}${ajv}`,
  schema: (where, ajv) => `${subject(where)}${ajv}`,

  // Reading a committee file (src/validate/read-committee.ts).
  "service-missing": (frame, line) =>
    `frame ${frame}, line "${line}": it is not said whether the line is inside or outside the service frame ` +
    `(servicerammen): add "service: inside" or "service: outside" to the line, or a default "service:" to the frame`,
  "id-lowercase": (id, upper) => `project id "${id}" is written in lower case: read as ${upper}; write it with a capital A`,
  "closed-with-transfer": (id) =>
    `project ${id} is closed (regnskabsaflagt, printed "R") and also has a transfer (forventet overførsel): ` +
    `a closed project carries nothing over — remove "transfer" or "closed: true"`,
  "duplicate-frame-number": (number, line) => `duplicate frame number ${number} (first at line ${line}): each frame (bevillingsramme) appears once — remove or renumber one`,
  "duplicate-financing-number": (number, line) => `duplicate financing number ${number} (first at line ${line}): each financing item appears once — remove or renumber one`,
  "duplicate-capital-project-id": (id, line) => `duplicate capital project id ${id} (first at line ${line}): a project appears once per committee — remove or renumber one`,

  // Reading the economic strategy (src/validate/read-targets.ts).
  "duplicate-target-id": (id, line) => `duplicate target id ${id} (also on line ${line}): give each target its own id`,
  "duplicate-year": (year, line) => `duplicate year ${year} (also on line ${line}): give each year once`,
  "duplicate-history-year": (year, line) => `duplicate history year ${year} (also on line ${line}): give each year once`,
  "duplicate-debt-year": (year, line) => `duplicate debt year ${year} (also on line ${line}): give each year's debt once`,
  "liquidity-twice": (year) => `${year}: give either "liquidity" (the average) or "daily_balances" (to compute it), not both`,
  "citizens-missing": (year, reportYear) => {
    const basis = year === reportYear ? "and population.liquidity_basis is not given" : `population.liquidity_basis counts for ${reportYear} only`;
    return `${year}: liquidity per citizen needs the number of citizens: add "citizens" (${basis})`;
  },
  "period-order": (from, to) => `the period runs from ${from} to ${to}: "from" must not be after "to"`,
  "debt-year-missing": (year, atStart) => {
    const why = atStart ? `the debt at the start of the period (end of ${year})` : `the debt now (end of ${year})`;
    return `the debt reduction is computed from ${why}: add "- { year: ${year}, total: … }" to debt`;
  },

  // The 365 days of daily balances (src/validate/daily-balances.ts).
  "balance-duplicate-date": (date, line) => `${date} appears twice (also on line ${line}): keep one balance per day`,
  "balance-too-few-days": (w) => `${need(w)}, but the file has none of them: add a balance for each of those days`,
  "balance-too-few-days/start": (w, has, start, until) =>
    `fewer than ${w.days} days: ${need(w)}; the file has ${has} of them, starting on ${start}: add the balances from ${w.first} to ${until}`,
  "balance-too-few-days/end": (w, has, end, from) =>
    `fewer than ${w.days} days: ${need(w)}; the file has ${has} of them, ending on ${end}: add the balances from ${from} to ${w.last}`,
  "balance-days-missing": (w, after, from, to, missing) => {
    const span = missing === 1 ? `${from} is missing` : `${from} to ${to} are missing (${missing} days)`;
    return `a gap before ${after}: ${span}; ${need(w)}: add a balance for every calendar day (over weekends and holidays, repeat the last balance)`;
  },

  // The checks across files (src/validate/checks/).
  "duplicate-committee-id": (id, file) => `duplicate committee id "${id}" (also in ${file}): give each committee its own id`,
  "duplicate-order": (order, file) => `order ${order} is also used by ${file}: give each committee its own order so that the report's sequence is clear`,
  "duplicate-frame-number/committees": (number, committee, file) => `frame ${number} also belongs to ${committee} (${file}): a frame belongs to one committee`,
  "rounding-difference": (statement, limit, unit) => `rounding difference: ${statement}; within the ±${limit} ${unit} that rounding of the parts can explain`,
  "total-mismatch": (statement, limit, unit) =>
    `${statement}, more than rounding can explain (±${limit} ${unit}): correct the declared figure or the figures it sums, ` +
    `or remove the declared figure to print the computed one`,
  "result-mismatch": (statement, column) => `${statement}: correct the stated figure or the figures it comes from, or remove "${column}" to print the computed one`,
  "text-figure": (written, direction, table) => {
    const name = direction && OVER_UNDER[direction];
    const what = name ? `an ${name} of ${written} mio. kr.` : `${written} mio. kr.`;
    const none = name ? `no ${name.split(" ")[0]} in ${TABLE[table]}` : `no figure in ${TABLE[table]}`;
    return `the text mentions ${what}, but ${none} rounds to ${written} mio. kr.: check the text against the table`;
  },
};

export const texts: typeof da.texts = {
  /** "…: declared 425, but (3) − (2) gives 424 (difference +1 t.kr.)" */
  declared: (f) => `${f.subject}, ${f.column}: declared ${f.declared}, but ${f.parts} ${f.parts.startsWith("(") ? "gives" : "give"} ${f.derived} (difference ${f.difference} ${f.unit})`,
  stated: (f) => `${f.subject}, ${f.column}: stated ${f.declared}, but ${f.parts} gives ${f.derived} (difference ${f.difference} ${f.unit})`,
  path: {
    frames: "frame",
    lines: "line",
    capital: "project",
    initiatives: "initiative",
    targets: "target",
    years: "year",
    financing: "financing item",
  },
  types: {
    string: "text",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    object: "a mapping (key: value)",
    array: "a list (- items)",
    or: " or ",
  },
  found: {
    empty: "an empty value",
    list: "a list",
    mapping: "a mapping",
    text: (json) => `text ${json}`,
    nan: "not a number (.nan)",
    infinite: "a number too large to be one (infinite)",
    number: (value) => `a number (${value})`,
    other: (type, value) => `a ${type} (${value})`,
  },
  schemaHint: (description) => description,
};
