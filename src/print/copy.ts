// Copies objects from one PDF into another for merging. pdf-lib's own copier clones every value, numbers and
// names included, and the bytes of every stream; on tagged output — a structure element per table cell —
// that was the largest part of assembling a report. Values that are never changed (names, numbers, strings,
// booleans, stream contents) are shared here; dictionaries and arrays, which the merge does change, are new.
import { PDFArray, PDFDict, PDFName, PDFPageLeaf, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from "pdf-lib";

export class Copier {
  private readonly refs = new Map<PDFRef, PDFRef>();

  constructor(
    private readonly src: PDFContext,
    private readonly dest: PDFContext,
  ) {}

  copy<T extends PDFObject>(object: T): T {
    if (object instanceof PDFRef) return this.ref(object) as unknown as T;
    if (object instanceof PDFPageLeaf) return this.page(object) as unknown as T;
    if (object instanceof PDFDict) return this.dict(object) as unknown as T;
    if (object instanceof PDFArray) return this.array(object) as unknown as T;
    if (object instanceof PDFRawStream) return PDFRawStream.of(this.dict(object.dict), object.contents) as unknown as T;
    return object;
  }

  private ref(ref: PDFRef): PDFRef {
    let mapped = this.refs.get(ref);
    if (!mapped) {
      mapped = this.dest.nextRef();
      this.refs.set(ref, mapped);
      const target = this.src.lookup(ref);
      if (target) this.dest.assign(mapped, this.copy(target));
    }
    return mapped;
  }

  private dict(dict: PDFDict): PDFDict {
    const out = PDFDict.withContext(this.dest);
    for (const [key, value] of dict.entries()) out.set(key, this.copy(value));
    return out;
  }

  private array(array: PDFArray): PDFArray {
    const out = PDFArray.withContext(this.dest);
    for (const value of array.asArray()) out.push(this.copy(value));
    return out;
  }

  /** A page without its parent (the donor's page tree), keeping what it inherited from it. */
  private page(leaf: PDFPageLeaf): PDFPageLeaf {
    const out = PDFPageLeaf.fromMapWithContext(new Map(), this.dest);
    for (const [key, value] of leaf.entries()) if (key !== PDFName.of("Parent")) out.set(key, this.copy(value));
    for (const name of PDFPageLeaf.InheritableEntries) {
      const key = PDFName.of(name);
      const inherited = leaf.getInheritableAttribute(key);
      if (!out.has(key) && inherited) out.set(key, this.copy(inherited));
    }
    return out;
  }
}
