// Names for files and identifiers made from Danish text.

/** "Årsrapport 2024" → "aarsrapport-2024": lower-case ASCII letters, digits and single dashes, at most `max` characters. */
export function slug(text: string, max = 80): string {
  const plain = text.toLowerCase().replaceAll("å", "aa").replaceAll("æ", "ae").replaceAll("ø", "oe");
  return plain
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // "é" → "e", not "e-"
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, max)
    .replace(/^-+|-+$/g, "");
}

/** A report's file name (without extension) from its title; "aarsrapport" for a title with no letter or digit. */
export function fileSlug(title: string): string {
  return slug(title) || "aarsrapport";
}
