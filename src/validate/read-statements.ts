// Turns the structurally checked statements.yaml into typed Statements: every figure with its position, so that
// the identities can point at the figure they doubt. What the schema cannot see is an amount's form (load/amount.ts)
// and a rate's; everything across files is checked by the checks (src/validate/checks/statements/).
import type { YAMLMap } from "yaml";
import { Decimal } from "../core/money.js";
import type { FileReader } from "../load/reader.js";
import {
  BALANCE_ASSETS,
  BALANCE_DATES,
  BALANCE_LIABILITIES,
  BALANCE_TOTALS,
  CITIZEN_BASES,
  FINANCING_ROWS,
  RESULT_ROWS,
  STATEMENT_COLUMNS,
  TAX_RATES,
  type BalanceData,
  type BalancePart,
  type BalanceRowData,
  type CitizenBasis,
  type DatedFigures,
  type KeyFiguresData,
  type StatedRow,
  type StatementColumn,
  type Statements,
} from "../model/statements.js";
import { asScalar } from "../load/yaml-nodes.js";
import { readOverviews } from "./read-overviews.js";

/** The YAML key of each column: `prior` is written `prior_year`. */
const COLUMN_KEY: Record<StatementColumn, string> = { prior: "prior_year", adopted: "adopted", adjusted: "adjusted", actual: "actual", variance: "variance" };

export function readStatements(r: FileReader): Statements {
  const root = r.map(r.source.doc.contents);
  r.readUnit(root);
  const result = r.map(r.field(root, "result"));
  const financing = r.map(r.field(root, "financing"));
  const balance = r.map(r.field(root, "balance"));
  return {
    file: r.file,
    unit: r.unit,
    sign: r.string(root, "sign") === "reversed" ? "reversed" : "udgift",
    result: { rows: statedRows(r, r.map(r.field(result, "rows")), RESULT_ROWS), ...(r.hasError(result) && { unreliable: true }) },
    financing: {
      rows: statedRows(r, r.map(r.field(financing, "rows")), FINANCING_ROWS),
      checkAdjusted: r.boolean(financing, "check_adjusted_budget") ?? false,
      ...(r.hasError(financing) && { unreliable: true }),
    },
    ...(balance && { balance: readBalance(r, balance) }),
    keyFigures: readKeyFigures(r, r.map(r.field(root, "key_figures"))),
    overviews: readOverviews(r, root),
    at: r.pos(root),
  };
}

function statedRows<R extends string>(r: FileReader, map: YAMLMap | undefined, keys: readonly R[]): Partial<Record<R, StatedRow>> {
  const out: Partial<Record<R, StatedRow>> = {};
  for (const key of keys) {
    const m = r.map(r.field(map, key));
    if (!m) continue;
    const row: StatedRow = {};
    for (const c of STATEMENT_COLUMNS) {
      const d = r.declared(m, COLUMN_KEY[c]);
      if (d) row[c] = d;
    }
    out[key] = row;
  }
  return out;
}

function readBalance(r: FileReader, m: YAMLMap): BalanceData {
  const rows: BalanceData["rows"] = {};
  const sides = [
    { map: r.map(r.field(m, "assets")), keys: BALANCE_ASSETS },
    { map: r.map(r.field(m, "liabilities")), keys: BALANCE_LIABILITIES },
  ];
  for (const { map, keys } of sides) {
    for (const key of keys) {
      const row = r.map(r.field(map, key));
      if (row) rows[key] = balanceRow(r, row);
    }
  }
  const stated: BalanceData["stated"] = {};
  const statedMap = r.map(r.field(m, "stated"));
  for (const key of BALANCE_TOTALS) {
    const d = r.map(r.field(statedMap, key));
    if (d) stated[key] = dated(r, d);
  }
  const debt = r.map(r.field(r.map(r.field(m, "liabilities")), "long_term_debt"));
  const revaluations = r.map(r.field(m, "revaluations"));
  const liquidRevaluation = r.declared(revaluations, "liquid_assets");
  const debtRegulation = r.declared(revaluations, "long_term_debt");
  return {
    rows,
    stated,
    elderlyHousing: dated(r, r.map(r.field(debt, "elderly_housing"))),
    ...(liquidRevaluation && { liquidRevaluation }),
    ...(debtRegulation && { debtRegulation }),
    ...(r.hasError(m) && { unreliable: true }),
    at: r.pos(m),
  };
}

function balanceRow(r: FileReader, m: YAMLMap): BalanceRowData {
  const parts = r.items(m, "parts").map(
    (p): BalancePart => ({ name: r.string(p, "name") ?? "", start: r.amount(p, "start"), end: r.amount(p, "end"), at: r.pos(p) }),
  );
  return { figures: dated(r, m), parts, at: r.pos(m) };
}

function dated(r: FileReader, m: YAMLMap | undefined): DatedFigures {
  const out: DatedFigures = {};
  for (const d of BALANCE_DATES) {
    const figure = r.declared(m, d);
    if (figure) out[d] = figure;
  }
  return out;
}

function readKeyFigures(r: FileReader, m: YAMLMap | undefined): KeyFiguresData {
  const citizens = r.string(m, "citizens");
  const liquidity = r.declared(m, "liquidity");
  const rates = r.map(r.field(m, "tax_rates"));
  const taxRates: KeyFiguresData["taxRates"] = {};
  for (const key of TAX_RATES) {
    const value = rate(r, rates, key);
    if (value) taxRates[key] = { ...value, at: r.valuePos(rates, key) };
  }
  return {
    citizens: (CITIZEN_BASES as readonly string[]).includes(citizens ?? "") ? (citizens as CitizenBasis) : "end_of_year",
    ...(liquidity && { liquidity }),
    taxRates,
  };
}

/**
 * A rate: a YAML number (25.0) or a Danish decimal ("25,0"), with as many decimals as it is written with (at
 * least one: 25,0 %); another form reads as absent (the schema reports it).
 */
function rate(r: FileReader, map: YAMLMap | undefined, key: string): { value: Decimal; decimals: number } | undefined {
  const scalar = asScalar(r.source, r.field(map, key));
  const text = typeof scalar?.value === "number" ? scalar.source ?? String(scalar.value) : typeof scalar?.value === "string" ? scalar.value.replace(",", ".") : "";
  if (!/^\d+(\.\d+)?$/.test(text.trim())) return undefined;
  return { value: new Decimal(text.trim()), decimals: Math.max(1, text.trim().split(".")[1]?.length ?? 0) };
}
