// The committee tables are summed for reconciliation, the text checks, the strategy, the main results and the
// committee's own section. A validated Committee never changes, so each is summed once per committee object.

export function oncePerCommittee<C extends object, T>(compute: (committee: C) => T): (committee: C) => T {
  const results = new WeakMap<C, T>();
  return (committee) => {
    if (!results.has(committee)) results.set(committee, compute(committee));
    return results.get(committee)!;
  };
}
