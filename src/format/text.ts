// Danish text helpers for captions and sentences.

/** Danish genitive: "Klima- og Miljøudvalget" → "Klima- og Miljøudvalgets"; a name ending in s, x or z takes "'". */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

/** "a, b og c". */
export function danishList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}
