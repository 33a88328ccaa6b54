// A data directory whose every text field holds hostile text: the full fixture (every key used once) with
// each name, title, topic, description, note, label, reason, initiative number and Markdown text replaced.
import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, parseDocument, type Document } from "yaml";

const FULL = new URL("../hardening/fixtures/full/", import.meta.url).pathname;
/** Keys whose string value is free text (the keys of Markdown sections included). */
const TEXT_KEYS = new Set(["name", "committee", "title", "body", "intro", "report", "operations", "initiatives", "capital", "topic", "description", "note", "label", "reason", "nr"]);
const MARKDOWN_FILE = "text/aaret.md";

/** The fixture's files with every text field replaced by `text(field)`, `field` naming where it stands. */
export function hostileFiles(text: (field: string) => string): Record<string, string> {
  const read = (path: string): string => readFileSync(FULL + path, "utf8");
  return {
    "municipality.yaml": replaceTexts(read("municipality.yaml"), "municipality", text),
    "committees/01-full.yaml": replaceTexts(read("committees/01-full.yaml"), "committee", text),
    [MARKDOWN_FILE]: text(MARKDOWN_FILE),
    "likviditet-2024.csv": read("likviditet-2024.csv"),
  };
}

function replaceTexts(yaml: string, file: string, text: (field: string) => string): string {
  const doc: Document = parseDocument(yaml);
  const visit = (node: unknown, path: string): void => {
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, `${path}[${i}]`));
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = String((pair.key as { value: unknown }).value);
      if (TEXT_KEYS.has(key) && isScalar(pair.value) && typeof pair.value.value === "string") pair.value = doc.createNode(text(`${path}.${key}`));
      else visit(pair.value, `${path}.${key}`);
    }
  };
  visit(doc.contents, file);
  return String(doc);
}
