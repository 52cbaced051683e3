import { listActorOf } from "@/lib/applicant-lists/actor";
import { listCsv } from "@/lib/applicant-lists/csv";
import { getPublishedList } from "@/lib/applicant-lists/lists";
import { getCurrentUser } from "@/lib/auth/session";
import { resolveTenant } from "@/lib/auth/tenant-context";
import { withTenant } from "@/lib/db/tenant";
import { translatorFor } from "@/lib/i18n/messages";
import { csvResponse } from "@/lib/server/csv";
import { downloadFailure } from "@/lib/server/download";
import { AppError } from "@/lib/server/errors";

/**
 * A published list as CSV (`?list=public|extended`), in the consortium's language, for the
 * coordinator or the posting's own contact; 401 signed out, 404 for anyone or anything else.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; postingId: string }> }) {
  const { slug, postingId } = await params;
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated");
    const ctx = await resolveTenant(user, slug);
    const kind = new URL(request.url).searchParams.get("list");
    if (!ctx?.can("applicantList.manage") || (kind !== "public" && kind !== "extended")) throw new AppError("notFound");
    const list = await withTenant(ctx.consortium.id, user.id, (tx) => getPublishedList(tx, listActorOf(ctx), postingId));
    const locale = ctx.consortium.defaultLocale;
    const name = translatorFor(locale, "applicantLists.document")(kind === "public" ? "publicFile" : "extendedFile");
    return csvResponse(listCsv(list, kind, locale), `${name}-${postingId}.csv`);
  } catch (error) {
    return downloadFailure(error);
  }
}
