import { fileStore, newFileKey } from "../storage";
import { pdfPageCount } from "../server/pdf";
import { AppError } from "../server/errors";
import type { StoredCv } from "./service";

const PDF_MAGIC = "%PDF-";
// PDF readers accept the header anywhere in the first kilobyte; we accept what they accept.
const HEADER_WINDOW = 1024;

/** The cheap first look: a PDF header where readers look for one. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, HEADER_WINDOW)).toString("latin1").includes(PDF_MAGIC);
}

/**
 * A PDF by content, whatever its name or declared type: a PDF reader opens it and finds at least
 * one page. A header and an end-of-file marker are not enough — an HTML page can carry both in
 * comments (docs/decisions/0039-files-by-parser.md).
 */
export async function isPdf(bytes: Uint8Array): Promise<boolean> {
  return hasPdfHeader(bytes) && (await pdfPageCount(bytes)) >= 1;
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
  if (!(await isPdf(bytes))) throw new AppError("validation", { file: "validation.cvNotPdf" });
  const key = newFileKey(consortiumId, "cv", "pdf");
  await fileStore().put(key, bytes, "application/pdf");
  return { key, name: cvDisplayName(file.name), size: bytes.length };
}
