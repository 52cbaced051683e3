import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { appDb } from "@/lib/db/client";
import { routing } from "@/lib/i18n/routing";

/** /c/{slug}/… without a language in the URL opens in the consortium's default language. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string; path?: string[] }> }) {
  const { slug, path = [] } = await params;
  const consortium = await appDb().consortium.findUnique({ where: { slug }, select: { defaultLocale: true } });
  const locale = consortium?.defaultLocale ?? routing.defaultLocale;
  const rest = path.map(encodeURIComponent).join("/");
  redirect(`/${locale}/c/${encodeURIComponent(slug)}${rest ? `/${rest}` : ""}${request.nextUrl.search}`);
}
