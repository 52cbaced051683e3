import sharp from "sharp";
import { imageTypeOf, LOGO_MAX_SIDE } from "./logo-rules";

// A logo is decoded and encoded again with libvips (sharp) before it is stored, so that what is
// kept is pixels and nothing else: bytes after the image, metadata and anything a file might hide
// behind a valid signature are gone (docs/decisions/0039-files-by-parser.md).

/** More pixels than this is a decompression bomb, not a logo (512 kB can unpack to gigabytes). */
const MAX_INPUT_PIXELS = 6000 * 6000;

export interface CleanLogo {
  bytes: Uint8Array;
  contentType: string;
  extension: string;
}

/** The logo re-encoded in its own format and at most LOGO_MAX_SIDE on a side, or null when it is no such image. */
export async function reencodeLogo(input: Uint8Array): Promise<CleanLogo | null> {
  // The signature picks the decoder: without it libvips would also read SVG, which can carry script.
  const type = imageTypeOf(input);
  if (!type) return null;
  try {
    const { format } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (format !== (type.extension === "jpg" ? "jpeg" : type.extension)) return null;
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", animated: false })
      .rotate()
      .resize({ width: LOGO_MAX_SIDE, height: LOGO_MAX_SIDE, fit: "inside", withoutEnlargement: true });
    const encoded =
      format === "png" ? image.png({ compressionLevel: 9 }) : format === "jpeg" ? image.jpeg({ quality: 85, mozjpeg: true }) : image.webp({ quality: 85 });
    return { bytes: new Uint8Array(await encoded.toBuffer()), ...type };
  } catch {
    return null;
  }
}
