import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";

// Name search (decision 0028): every word of the query must occur in the applicant's folded
// "first last email" (Applicant.searchText, kept by a trigger), so "Malin Mohammadi", "mohammadi
// malin", "malin" and "asa" (for "Åsa") all find their person. The folding happens in PostgreSQL
// (kohort_fold = lower + unaccent) on both sides, so there is one definition of "the same letter";
// the trigram index on searchText keeps the LIKE fast in a large consortium.

/** Words beyond this many add nothing a person types into a name search. */
const MAX_WORDS = 5;

/** The query's words with LIKE's wildcards escaped, so "%" and "_" mean themselves. */
export function searchWords(q: string): string[] {
  return q
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
}

/** One condition per word, over the applicant alias `ap`. */
export function searchSql(q: string, alias = Prisma.raw("ap")): Prisma.Sql[] {
  return searchWords(q).map((word) => Prisma.sql`${alias}."searchText" LIKE '%' || kohort_fold(${word}) || '%'`);
}

/**
 * The query's words folded by PostgreSQL, for Prisma filters on `searchText` (`contains`), which
 * cannot call kohort_fold themselves. Wildcard characters are dropped rather than escaped there.
 */
export async function foldedWords(tx: Tx, q: string): Promise<string[]> {
  const words = q.split(/\s+/).map((w) => w.replace(/[\\%_]/g, "")).filter(Boolean).slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  const rows = await tx.$queryRaw<{ word: string }[]>`SELECT kohort_fold(w) AS word FROM unnest(${words}::text[]) AS w`;
  return rows.map((r) => r.word).filter(Boolean);
}
