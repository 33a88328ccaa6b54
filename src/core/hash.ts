// Content hashes: what the build's inputs, the print cache and the PDFs' keys are named by.
import { createHash } from "node:crypto";

export function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}
