// Reading a PDF with Mozilla's PDF.js, the parser Firefox uses (docs/decisions/0039-files-by-parser.md).
// Only the document structure and its first page are read: enough to know the file is a PDF a
// reader will open, without rendering anything.

/** How many pages a PDF reader finds in `bytes`: 0 when it is not a PDF it can open. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const { getDocument, VerbosityLevel } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({
    // PDF.js takes ownership of the buffer it is given; the caller still needs its bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    if (document.numPages < 1) return 0;
    // The page tree can claim pages it does not have; the first one must really be there.
    await document.getPage(1);
    return document.numPages;
  } catch {
    return 0;
  } finally {
    await task.destroy();
  }
}
