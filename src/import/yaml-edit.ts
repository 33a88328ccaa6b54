// Small edits to a parsed YAML document that leave everything else as it was: comments, key order, quoting,
// flow or block style. A changed value keeps the comment written after it; a new key goes where a person
// would put it (after the key that precedes it in the contract's order).
import { Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, type Node } from "yaml";
import { parseAmount } from "../load/amount.js";
import { danishNumber } from "../format/danish.js";
import type { Decimal } from "../core/money.js";
import { UNIT_FACTOR, type Unit } from "../core/units.js";
import { removedNotAMapping } from "./messages.js";

/** Counts what a merge changed, for the import's report. */
export interface Changes {
  figures: number;
  added: number;
  /** What the export no longer has, one description each (frame 20.41 …, line "Dagpleje" …). */
  removed: string[];
  /** Declared totals and variances dropped because the imported figures replace what they checked. */
  declared: number;
}

export function noChanges(): Changes {
  return { figures: 0, added: 0, removed: [], declared: 0 };
}

function pairIndex(map: YAMLMap, key: string): number {
  return map.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
}

export function getNode(map: YAMLMap, key: string): Node | undefined {
  const pair = map.items[pairIndex(map, key)];
  return (pair?.value ?? undefined) as Node | undefined;
}

export function getText(map: YAMLMap, key: string): string | undefined {
  const node = getNode(map, key);
  return isScalar(node) && node.value !== null ? String(node.value) : undefined;
}

/** Sets a key's value: in place when the key exists (keeping its comment), else at its place in `order`. */
export function setKey(map: YAMLMap, key: string, value: Node, order: readonly string[]): void {
  const index = pairIndex(map, key);
  if (index >= 0) {
    const pair = map.items[index]!;
    const old = pair.value as Node | null;
    if (old && isScalar(value)) {
      value.comment = old.comment;
      value.commentBefore = old.commentBefore;
    }
    pair.value = value;
    return;
  }
  const rank = order.indexOf(key);
  let at = map.items.length;
  for (let i = map.items.length - 1; i >= 0; i--) {
    const other = map.items[i]!.key;
    const otherRank = isScalar(other) ? order.indexOf(String(other.value)) : -1;
    if (otherRank >= 0 && otherRank > rank) at = i;
  }
  map.items.splice(at, 0, new Pair(new Scalar(key), value));
}

/** Removes a key; says whether it was there. */
export function deleteKey(map: YAMLMap, key: string): boolean {
  const index = pairIndex(map, key);
  if (index < 0) return false;
  map.items.splice(index, 1);
  return true;
}

export function text(value: string): Scalar {
  return new Scalar(value);
}

/**
 * An amount as a person writes it in a file of this unit: a whole number as a YAML number, anything else as
 * an exact quoted Danish decimal ("-2.454,8734" in a t.kr. file, "-191.789,40" in a kr. file), so that no
 * figure is rounded on the way in.
 */
function amountNode(kroner: Decimal, unit: Unit): Scalar {
  const inUnit = kroner.dividedBy(UNIT_FACTOR[unit]);
  if (inUnit.isInteger() && inUnit.abs().lessThan(Number.MAX_SAFE_INTEGER)) return new Scalar(inUnit.toNumber());
  const node = new Scalar(danishNumber(inUnit, unit === "kr." ? 2 : inUnit.decimalPlaces()));
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** Sets an amount unless the file already holds the same figure (in whatever form it was written). */
export function setAmount(map: YAMLMap, key: string, kroner: Decimal | null, unit: Unit, order: readonly string[], changes: Changes): void {
  const node = getNode(map, key);
  const present = pairIndex(map, key) >= 0;
  if (kroner === null) {
    if (present && deleteKey(map, key)) changes.figures++;
    return;
  }
  const current = present ? parseAmount(node ?? null, unit) : undefined;
  if (current?.ok && current.value !== undefined && current.value.times(UNIT_FACTOR[unit]).equals(kroner)) return;
  setKey(map, key, amountNode(kroner, unit), order);
  changes.figures++;
}

/** Sets a text unless it is already the same. */
export function setText(map: YAMLMap, key: string, value: string, order: readonly string[], changes: Changes): void {
  if (getText(map, key) === value) return;
  setKey(map, key, text(value), order);
  changes.figures++;
}

/**
 * The list under a key, created (at its place in `order`) when absent. An empty one (`frames: []`, as `init`
 * writes it) becomes a block list, one entry a line, as a person would write it.
 */
export function seqAt(map: YAMLMap, key: string, order: readonly string[]): YAMLSeq {
  const node = getNode(map, key);
  if (isSeq(node)) {
    if (node.items.length === 0) node.flow = false;
    return node;
  }
  const seq = new YAMLSeq();
  setKey(map, key, seq, order);
  return seq;
}

function mapItems(seq: YAMLSeq): YAMLMap[] {
  return seq.items.filter((n): n is YAMLMap => isMap(n));
}

/** How the entries of a list are matched with what the import brings. */
export interface Identity<T> {
  ofItem: (item: T) => string;
  /** undefined: an entry the import cannot identify (it is removed). */
  ofNode: (node: YAMLMap) => string | undefined;
  /** A looser identity, tried for what the strict one leaves unmatched: a line whose service group changed. */
  loose?: { ofItem: (item: T) => string; ofNode: (node: YAMLMap) => string | undefined };
  /** How the import's report names an entry it removes. */
  describe: (node: YAMLMap) => string;
}

/**
 * Makes a list hold one mapping per item, matched by identity: existing entries are updated where they stand,
 * entries the import no longer has are removed (each one reported), new ones go after the entry of the item
 * before them. Items are unique by identity; of two entries with the same identity the first is kept.
 */
export function mergeList<T>(seq: YAMLSeq, items: readonly T[], identity: Identity<T>, update: (node: YAMLMap, item: T, isNew: boolean) => void, changes: Changes): void {
  const matched = matchEntries(seq, items, identity);
  const kept = new Set(matched.values());
  for (const n of seq.items) if (!kept.has(n as YAMLMap)) changes.removed.push(isMap(n) ? identity.describe(n) : removedNotAMapping());
  seq.items = seq.items.filter((n) => kept.has(n as YAMLMap));
  const flow = mapItems(seq)[0]?.flow ?? false;
  let previous: YAMLMap | undefined;
  items.forEach((item, i) => {
    let node = matched.get(i);
    const isNew = node === undefined;
    if (!node) {
      node = new YAMLMap();
      node.flow = flow;
      const at = previous ? seq.items.indexOf(previous) + 1 : 0;
      seq.items.splice(at, 0, node);
      changes.added++;
    }
    update(node, item, isNew);
    previous = node;
  });
}

/** Item index → the entry it updates: by the strict identity first, then by the loose one. */
function matchEntries<T>(seq: YAMLSeq, items: readonly T[], identity: Identity<T>): Map<number, YAMLMap> {
  const matched = new Map<number, YAMLMap>();
  const taken = new Set<YAMLMap>();
  const passes = [{ ofItem: identity.ofItem, ofNode: identity.ofNode }, ...(identity.loose ? [identity.loose] : [])];
  for (const pass of passes) {
    const free = new Map<string, YAMLMap[]>();
    for (const node of mapItems(seq)) {
      const id = taken.has(node) ? undefined : pass.ofNode(node);
      if (id === undefined) continue;
      const same = free.get(id);
      if (same) same.push(node);
      else free.set(id, [node]);
    }
    items.forEach((item, i) => {
      if (matched.has(i)) return;
      const node = free.get(pass.ofItem(item))?.shift();
      if (node) {
        matched.set(i, node);
        taken.add(node);
      }
    });
  }
  return matched;
}
