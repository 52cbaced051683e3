import { getCurrentUser } from "@/lib/auth/session";
import { readCv } from "@/lib/applications/files";
import { downloadFailure, downloadResponse } from "@/lib/server/download";

/** Downloads an application's CV for those who may see it; 404 for everyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; applicationId: string }> }) {
  const { slug, applicationId } = await params;
  try {
    const { bytes, name } = await readCv(await getCurrentUser(), slug, applicationId);
    return downloadResponse(Buffer.from(bytes), "application/pdf", name);
  } catch (error) {
    return downloadFailure(error);
  }
}
