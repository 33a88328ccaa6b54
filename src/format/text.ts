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

/** "Årsrapport 2024" → "aarsrapport-2024": a file name without letters some systems mangle. */
export function slug(text: string): string {
  const plain = text.toLowerCase().replaceAll("å", "aa").replaceAll("æ", "ae").replaceAll("ø", "oe");
  // At most 80 characters: a title from the data can be any length, a file name cannot (255 bytes).
  return plain.normalize("NFKD").replace(/[^a-z0-9]+/g, "-").slice(0, 80).replace(/^-+|-+$/g, "") || "aarsrapport";
}
