import { withTenant } from "../db/tenant";

export type MyPostingStatus =
  /** Sent, with this posting at `rank`, or without it (rank null). */
  | { state: "sent"; rank: number | null }
  /** A draft not sent yet, with this posting at `rank`, or without it. */
  | { state: "draft"; rank: number | null };

type DraftPreferences = { preferences?: unknown };

/**
 * Where a signed-in person's application stands for one posting, for the public posting page:
 * null when they have neither sent nor started an application in its campaign.
 */
export function myPostingStatus(userId: string, consortiumId: string, postingId: string): Promise<MyPostingStatus | null> {
  return withTenant(consortiumId, userId, async (tx) => {
    const campaign = { postings: { some: { id: postingId, consortiumId } } };
    const sent = await tx.application.findFirst({
      where: { consortiumId, applicant: { userId }, stage: { notIn: ["DRAFT", "WITHDRAWN"] }, campaign },
      select: { preferences: { where: { postingId }, select: { rank: true } } },
    });
    if (sent) return { state: "sent", rank: sent.preferences[0]?.rank ?? null };
    const draft = await tx.applicationDraft.findFirst({ where: { consortiumId, userId, campaign }, select: { data: true } });
    if (!draft) return null;
    const preferences = (draft.data as DraftPreferences).preferences;
    const index = Array.isArray(preferences) ? preferences.indexOf(postingId) : -1;
    return { state: "draft", rank: index >= 0 ? index + 1 : null };
  });
}
