import { appDb } from "../db/client";
import type { EducationLevel } from "../db/generated/enums";
import { withTenant } from "../db/tenant";
import { EDUCATION_LEVELS } from "../postings/schemas";

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

export function findPublicConsortium(slug: string) {
  return appDb().consortium.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, country: true, timeZone: true, defaultLocale: true },
  });
}

const EMPLOYER_PROFILE = { name: true, municipality: true, about: true, website: true, logoUrl: true, sector: true } as const;

export async function listOpenPostings(consortiumId: string, filters: CareerFilters) {
  return withTenant(consortiumId, null, async (tx) => {
    const published = { consortiumId, status: "PUBLISHED" as const };
    const [postings, facets] = await Promise.all([
      tx.posting.findMany({
        where: { ...published, ...filters },
        select: {
          id: true,
          title: true,
          field: true,
          municipality: true,
          educationLevel: true,
          places: true,
          employer: { select: { name: true } },
          campaign: { select: { closesAt: true } },
        },
        orderBy: [{ campaign: { closesAt: "asc" } }, { title: "asc" }],
      }),
      tx.posting.findMany({ where: published, select: { field: true, municipality: true } }),
    ]);
    const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
    return {
      postings,
      fields: sorted(facets.map((f) => f.field)),
      municipalities: sorted(facets.map((f) => f.municipality)),
    };
  });
}

export function getOpenPosting(consortiumId: string, id: string) {
  return withTenant(consortiumId, null, (tx) =>
    tx.posting.findFirst({
      where: { id, consortiumId, status: "PUBLISHED" },
      select: {
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
      },
    }),
  );
}

type OpenPosting = NonNullable<Awaited<ReturnType<typeof getOpenPosting>>>;

/** schema.org JobPosting, so search engines list the role with its deadline and place. */
export function jobPostingJsonLd(posting: OpenPosting, country: string, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: posting.title,
    description: posting.description,
    datePosted: posting.publishedAt?.toISOString().slice(0, 10),
    validThrough: posting.campaign.closesAt.toISOString(),
    employmentType: "FULL_TIME",
    totalJobOpenings: posting.places,
    url,
    hiringOrganization: { "@type": "Organization", name: posting.employer.name, ...(posting.employer.website ? { sameAs: posting.employer.website } : {}) },
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
