import { fileStore, newFileKey } from "../storage";
import { AppError } from "../server/errors";
import type { StoredCv } from "./service";

const PDF_MAGIC = "%PDF-";
// PDF readers accept the header anywhere in the first kilobyte; we accept what they accept.
const HEADER_WINDOW = 1024;

/** A PDF by content, whatever its name or declared type: the header and an end-of-file marker. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, HEADER_WINDOW)).toString("latin1");
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString("latin1");
  return head.includes(PDF_MAGIC) && tail.includes("%%EOF");
}

/** A safe display name: no path, no control characters, ends in .pdf. */
export function cvDisplayName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f"<>]/g, "").trim().slice(0, 120);
  const stem = base.replace(/\.pdf$/i, "") || "cv";
  return `${stem}.pdf`;
}

/** Checks and stores an uploaded CV; the caller records it in the database. */
export async function storeCvFile(consortiumId: string, file: File): Promise<StoredCv> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isPdf(bytes)) throw new AppError("validation", { file: "validation.cvNotPdf" });
  const key = newFileKey(consortiumId, "cv", "pdf");
  await fileStore().put(key, bytes, "application/pdf");
  return { key, name: cvDisplayName(file.name), size: bytes.length };
}
