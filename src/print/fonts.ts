// The font the stamps (running head, page numbers, UDKAST) are set in: the shipped Source Sans 3, unpacked
// from WOFF to a plain TrueType font once per process. fontkit reads WOFF but inflates a table again on every
// glyph lookup, which made stamping the slowest step of the build; it cannot subset WOFF2 at all.
import { inflateSync } from "node:zlib";
import { fontFile } from "../render/assets.js";

const cache = new Map<string, Uint8Array>();

/** TrueType bytes of a shipped font, e.g. "source-sans-3-latin-400-normal". */
export function trueType(name: string): Uint8Array {
  let font = cache.get(name);
  if (!font) {
    font = woffToSfnt(Buffer.from(fontFile(`${name}.woff`)));
    cache.set(name, font);
  }
  return font;
}

/** WOFF 1.0 → sfnt: the same tables, inflated where they were compressed, behind a plain table directory. */
function woffToSfnt(woff: Buffer): Uint8Array {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 font");
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(raw) : raw };
  });
  const header = 12 + 16 * count;
  const size = tables.reduce((n, t) => n + Math.ceil(t.data.length / 4) * 4, header);
  const out = Buffer.alloc(size);
  const power = 2 ** Math.floor(Math.log2(count));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = header;
  tables.forEach((t, i) => {
    out.writeUInt32BE(t.tag, 12 + i * 16);
    out.writeUInt32BE(t.checksum, 16 + i * 16);
    out.writeUInt32BE(offset, 20 + i * 16);
    out.writeUInt32BE(t.data.length, 24 + i * 16);
    t.data.copy(out, offset);
    offset += Math.ceil(t.data.length / 4) * 4;
  });
  return out;
}
