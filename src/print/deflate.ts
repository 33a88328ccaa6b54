// pdf-lib compresses every stream it writes with pako, a deflate written in JavaScript; on large reports that
// was a tenth of the build. Node's own zlib makes the same deflate format several times faster, so pdf-lib's
// copy of pako is pointed at it. Imported for this effect by the modules that save PDFs.
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";

const fromPdfLib = createRequire(createRequire(import.meta.url).resolve("pdf-lib"));
const pako = fromPdfLib("pako") as { deflate: (data: Uint8Array) => Uint8Array };
pako.deflate = (data) => deflateSync(data);
