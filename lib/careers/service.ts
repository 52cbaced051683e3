import { postingHtml } from "../postings/markdown";
import { appDb } from "../db/client";
import type { EducationLevel } from "../db/generated/enums";
import { withTenant } from "../db/tenant";
import { EDUCATION_LEVELS } from "../postings/schemas";
import { cached, consortiumTag } from "./cache";

// The public career pages: what anyone may read without signing in — published postings only.
export interface CareerFilters {
  field?: string;
  municipality?: string;
  educationLevel?: EducationLevel;
}

export function parseCareerFilters(query: Record<string, string | undefined>): CareerFilters {
  const pick = (v?: string) => (v && v.length <= 80 ? v : undefined);
  const level = EDUCATION_LEVELS.find((l) => l === query.educationLevel);
  return { field: pick(query.field), municipality: pick(query.municipality), educationLevel: level };
}

/** The consortium of a career site; cached (an unknown slug is not, so it cannot fill the cache). */
export function findPublicConsortium(slug: string) {
  const load = () =>
    appDb().consortium.findUnique({
      where: { slug },
      select: { id: true, slug: true, name: true, country: true, timeZone: true, defaultLocale: true },
    });
  return cached(`consortium-by-slug:${slug}`, [], load, (found) => found !== null);
}

const EMPLOYER_PROFILE = { id: true, name: true, municipality: true, about: true, website: true, logoUrl: true, sector: true } as const;

const OPEN_POSTING = {
  id: true,
  title: true,
  description: true,
  field: true,
  municipality: true,
  educationLevel: true,
  places: true,
  publishedAt: true,
  employer: { select: EMPLOYER_PROFILE },
  campaign: { select: { closesAt: true, cohort: { select: { name: true, startDate: true } } } },
} as const;

/**
 * Every published posting of a consortium with what its page shows, and the filter choices: one
 * query behind both career pages, cached per consortium and invalidated when postings change
 * (lib/postings). Read inside withTenant, so row-level security holds here as everywhere.
 */
function loadCareerSite(consortiumId: string) {
  return cached(`career-site:${consortiumId}`, [consortiumTag(consortiumId)], async () => {
    const postings = await withTenant(consortiumId, null, (tx) =>
      tx.posting.findMany({
        where: { consortiumId, status: "PUBLISHED" },
        select: OPEN_POSTING,
        orderBy: [{ campaign: { closesAt: "asc" } }, { title: "asc" }],
      }),
    );
    const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
    return {
      postings,
      byId: new Map(postings.map((p) => [p.id, p])),
      fields: sorted(postings.map((p) => p.field)),
      municipalities: sorted(postings.map((p) => p.municipality)),
    };
  });
}

export async function listOpenPostings(consortiumId: string, filters: CareerFilters) {
  const site = await loadCareerSite(consortiumId);
  const postings = site.postings.filter(
    (p) =>
      (!filters.field || p.field === filters.field) &&
      (!filters.municipality || p.municipality === filters.municipality) &&
      (!filters.educationLevel || p.educationLevel === filters.educationLevel),
  );
  return { postings, fields: site.fields, municipalities: site.municipalities };
}

export async function getOpenPosting(consortiumId: string, id: string) {
  return (await loadCareerSite(consortiumId)).byId.get(id) ?? null;
}

type OpenPosting = NonNullable<Awaited<ReturnType<typeof getOpenPosting>>>;

/** schema.org JobPosting, so search engines list the role with its deadline and place. */
export function jobPostingJsonLd(posting: OpenPosting, country: string, url: string, logoUrl?: string | null) {
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: posting.title,
    // schema.org's description takes HTML: the same formatting as the page.
    description: postingHtml(posting.description),
    datePosted: posting.publishedAt?.toISOString().slice(0, 10),
    validThrough: posting.campaign.closesAt.toISOString(),
    employmentType: "FULL_TIME",
    totalJobOpenings: posting.places,
    url,
    // The posting's own id, under the employer's name (Google: the hiring organisation's identifier).
    identifier: { "@type": "PropertyValue", name: posting.employer.name, value: posting.id },
    // "Apply" on the posting page starts the application on this site.
    directApply: true,
    hiringOrganization: {
      "@type": "Organization",
      name: posting.employer.name,
      ...(posting.employer.website ? { sameAs: posting.employer.website } : {}),
      ...(logoUrl ? { logo: logoUrl } : {}),
    },
    jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: posting.municipality, addressCountry: country } },
    educationRequirements: {
      "@type": "EducationalOccupationalCredential",
      credentialCategory: posting.educationLevel === "BACHELOR" ? "bachelor degree" : posting.educationLevel === "MASTER" ? "postgraduate degree" : "doctoral degree",
    },
  };
}

/** JSON for a <script> data block: "<" escaped so no text can close the element. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
