// The command line's exit status, as `--help` and the README state it.
export const EXIT = { ok: 0, invalid: 1, usage: 2, failed: 3, locked: 4 } as const;
