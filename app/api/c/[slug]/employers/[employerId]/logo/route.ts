import { findPublicConsortium } from "@/lib/careers/service";
import { readEmployerLogo } from "@/lib/members/logo";

/** A member's logo, public like the career pages that show it. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; employerId: string }> }) {
  const { slug, employerId } = await params;
  const consortium = await findPublicConsortium(slug);
  const logo = consortium ? await readEmployerLogo(consortium.id, employerId) : null;
  if (!logo) return new Response(null, { status: 404 });
  return new Response(Buffer.from(logo.bytes), {
    headers: {
      "Content-Type": logo.contentType,
      // The URL carries the file's key, so a new logo is a new URL.
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
