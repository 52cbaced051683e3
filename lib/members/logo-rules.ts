// What a member's logo may be, and where the public pages load it from.

export const LOGO_MAX_BYTES = 512 * 1024;
/** A logo is shown at most a few hundred pixels wide; larger ones are scaled down to fit this box. */
export const LOGO_MAX_SIDE = 1024;

/** Raster images by their first bytes; SVG is refused because it can carry script. */
export function imageTypeOf(bytes: Uint8Array): { contentType: string; extension: string } | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { contentType: "image/png", extension: "png" };
  if (starts(0xff, 0xd8, 0xff)) return { contentType: "image/jpeg", extension: "jpg" };
  const ascii = String.fromCharCode(...bytes.subarray(0, 12));
  if (ascii.startsWith("RIFF") && ascii.slice(8, 12) === "WEBP") return { contentType: "image/webp", extension: "webp" };
  return null;
}

/** Where the public pages load a member's logo from; the key in the query busts caches on change. */
export function logoSrc(slug: string, employer: { id: string; logoUrl: string | null }): string | null {
  return employer.logoUrl ? `/api/c/${slug}/employers/${employer.id}/logo?v=${encodeURIComponent(employer.logoUrl.split("/").pop() ?? "")}` : null;
}
