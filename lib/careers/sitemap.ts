import { appDb } from "../db/client";
import { locales, type AppLocale } from "../i18n/routing";
import { listOpenPostings } from "./service";

// What search engines may index: each consortium's career page and its published postings, in
// every language, and nothing else (robots.txt keeps crawlers out of the rest).

export interface SitemapEntry {
  url: string;
  lastModified?: Date;
  alternates: { languages: Record<AppLocale, string> };
}

function inEveryLanguage(origin: string, path: string, own: AppLocale) {
  const languages = Object.fromEntries(locales.map((l) => [l, `${origin}/${l}${path}`])) as Record<AppLocale, string>;
  return { url: languages[own], alternates: { languages } };
}

export async function careerSitemap(origin: string): Promise<SitemapEntry[]> {
  // The registry of consortia is not tenant data; postings are read per consortium under its
  // row-level security, from the same cache as the career pages.
  const consortia = await appDb().consortium.findMany({ select: { id: true, slug: true, defaultLocale: true }, orderBy: { slug: "asc" } });
  const entries: SitemapEntry[] = [];
  for (const consortium of consortia) {
    const own = consortium.defaultLocale as AppLocale;
    const { postings } = await listOpenPostings(consortium.id, {});
    const latest = postings.reduce<Date | undefined>((max, p) => (p.publishedAt && (!max || p.publishedAt > max) ? p.publishedAt : max), undefined);
    entries.push({ ...inEveryLanguage(origin, `/c/${consortium.slug}/jobs`, own), lastModified: latest });
    for (const posting of postings) {
      entries.push({ ...inEveryLanguage(origin, `/c/${consortium.slug}/jobs/${posting.id}`, own), lastModified: posting.publishedAt ?? undefined });
    }
  }
  return entries;
}
