import { getCurrentUser } from "@/lib/auth/session";
import { readCv } from "@/lib/applications/files";
import { AppError, toActionError } from "@/lib/server/errors";

/** Downloads an application's CV for those who may see it; 404 for everyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; applicationId: string }> }) {
  const { slug, applicationId } = await params;
  try {
    const { bytes, name } = await readCv(await getCurrentUser(), slug, applicationId);
    return new Response(Buffer.from(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(null, { status: error.code === "unauthenticated" ? 401 : 404 });
    // Logged with a reference; the browser gets no internals.
    toActionError(error);
    return new Response(null, { status: 500 });
  }
}
