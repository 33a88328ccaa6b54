// The figures a front section's text may quote once the report has statements ("et korrigeret budget på
// 4.464,1 mio. kr."): every figure of the regnskabsopgørelse, the finansieringsoversigt and the balance (both
// dates and the change), the key figures in money, the committees' totals and the strategy's results — and,
// for "merforbrug"/"mindreforbrug", the statements' and the committees' variances; `incomplete` when one of them
// rests on a figure that could not be read.
import type { Decimal } from "../../../core/money.js";
import type { Figure } from "../../../compute/arithmetic.js";
import type { Figures } from "../../../compute/figures.js";
import type { Committee } from "../../../model/types.js";

export function frontFigures(committees: Committee[], figures: Figures): { all: Decimal[]; variances: Decimal[]; incomplete: boolean } | undefined {
  const st = figures.statements;
  if (!st) return undefined;
  const statementRows = [...Object.values(st.result.rows), ...st.result.committees.flatMap((c) => [c.operations, c.capital]), ...Object.values(st.financing.rows)];
  const committeeTotals = committees.flatMap((c) => {
    const f = figures.of(c);
    return [f.operations.totals, ...Object.values(f.operations.groups), ...(f.financing ? [f.financing.totals] : [])];
  });
  const all: Figure[] = [
    ...statementRows.flatMap((r) => Object.values(r)),
    ...Object.values(st.balance?.rows ?? {}).flatMap((r) => [r.start, r.end, r.change]),
    ...committeeTotals.flatMap((t) => Object.values(t)),
    ...committees.flatMap((c) => Object.values(figures.of(c).capital.totals)),
  ];
  const money = st.keyFigures.rows.filter((r) => "money" in r.measure && r.measure.money !== "kr.").flatMap((r) => [r.prior, r.actual]);
  const strategy = (figures.targets?.targets ?? []).flatMap((t) => {
    if (t.kind === "liquidity-per-citizen") return t.years.flatMap((y) => [y.liquidity]);
    const frame = t.kind === "service-frame" ? t.capitalFrame : undefined;
    const capital = frame ? [frame.frame.target, frame.frame.transfers, frame.frame.advances, frame.adjusted, frame.frame.actual, frame.unspent] : [];
    return [t.outcome.target, t.outcome.result, t.outcome.difference, ...capital];
  });
  const values = (fs: (Decimal | undefined)[]): Decimal[] => fs.filter((v): v is Decimal => v !== undefined);
  return {
    all: values([...all.map((f) => f.value), ...money, ...strategy]),
    variances: values([...statementRows.map((r) => r.variance.value), ...committeeTotals.map((t) => t.variance.value)]),
    incomplete: [...all, ...statementRows.map((r) => r.variance)].some((f) => f.unknown) || [...(figures.statements?.surpluses.values() ?? [])].some((f) => f.unknown),
  };
}
