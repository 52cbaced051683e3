/** A 1×1 transparent PNG: a real image by its bytes. */
const PNG_1x1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

export function pngFile(name = "logo.png", bytes: Uint8Array = PNG_1x1): File {
  return new File([Buffer.from(bytes)], name, { type: "image/png" });
}
