/** A 1×1 transparent PNG: a real image by its bytes. */
const PNG_1x1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

export function pngFile(name = "logo.png", bytes: Uint8Array = PNG_1x1): File {
  return new File([Buffer.from(bytes)], name, { type: "image/png" });
}

/** The smallest file PDF readers accept as a PDF: header, a page tree with one blank page, end marker. */
export function pdfBytes(extra = ""): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n${extra}trailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}
