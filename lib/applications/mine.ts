import { myListRows } from "../applicant-lists/answer";
import type { Tx } from "../db/tenant";
import { exportedApplicationVideo, exportedDraftVideo } from "../videos/export";
import type { DraftRow } from "./service";

// The applicant's own view of their data in one consortium: what the page shows and what the
// JSON export contains. Always filtered by the signed-in person, on top of row-level security.

export async function getMyApplications(tx: Tx, consortiumId: string, userId: string) {
  const [applicant, drafts] = await Promise.all([
    tx.applicant.findFirst({
      where: { consortiumId, userId },
      include: {
        applications: {
          where: { stage: { not: "DRAFT" } },
          orderBy: { createdAt: "desc" },
          include: {
            campaign: { select: { id: true, opensAt: true, closesAt: true, cohort: { select: { name: true } } } },
            preferences: { orderBy: { rank: "asc" }, select: { rank: true, posting: { select: { title: true, employer: { select: { name: true } } } } } },
            interviewSlot: { select: { startsAt: true, endsAt: true, location: true, meetingUrl: true } },
            offers: {
              orderBy: { createdAt: "desc" },
              select: { id: true, status: true, startDate: true, answerBy: true, message: true, createdAt: true, withdrawnAt: true, employer: { select: { name: true } }, posting: { select: { title: true } } },
            },
          },
        },
      },
    }),
    tx.applicationDraft.findMany({
      where: { consortiumId, userId },
      select: { campaignId: true, updatedAt: true, campaign: { select: { closesAt: true, cohort: { select: { name: true } } } } },
    }),
  ]);
  const sentCampaigns = new Set(applicant?.applications.map((a) => a.campaign.id));
  return { applicant, drafts: drafts.filter((d) => !sentCampaigns.has(d.campaignId)) };
}

/** Everything Kohort holds about the person in this consortium, for their right of access. */
export async function exportMyData(tx: Tx, consortiumId: string, userId: string) {
  const [consortium, user, applicant, drafts] = await Promise.all([
    tx.consortium.findUniqueOrThrow({ where: { id: consortiumId }, select: { slug: true } }),
    tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true, createdAt: true } }),
    tx.applicant.findFirst({
      where: { consortiumId, userId },
      include: {
        applications: {
          include: {
            campaign: { select: { cohort: { select: { name: true } }, opensAt: true, closesAt: true } },
            preferences: { orderBy: { rank: "asc" }, select: { rank: true, posting: { select: { title: true, employer: { select: { name: true } } } } } },
            interviewSlot: { select: { startsAt: true, endsAt: true, location: true, meetingUrl: true } },
            offers: { select: { status: true, startDate: true, answerBy: true, message: true, createdAt: true, respondedAt: true, withdrawnAt: true, employer: { select: { name: true } }, posting: { select: { title: true } } } },
            // What reviewers wrote about the application, without who wrote it.
            evaluations: { select: { rating: true, scores: true, comment: true, createdAt: true } },
            // The coordinators' internal notes are the person's data too (right of access), also without their authors.
            notes: { select: { body: true, createdAt: true }, orderBy: { createdAt: "asc" } },
            // Requests to be left off a public applicant list and their decisions (lib/applicant-lists).
            listExemptions: {
              select: { reason: true, status: true, decisionNote: true, decidedAt: true, withdrawBy: true, answer: true, answeredAt: true, createdAt: true, posting: { select: { title: true } } },
            },
          },
        },
      },
    }),
    tx.applicationDraft.findMany({ where: { consortiumId, userId }, select: { campaignId: true, data: true, createdAt: true, updatedAt: true } }),
  ]);
  const applicationIds = applicant?.applications.map((a) => a.id) ?? [];
  const history = applicationIds.length
    ? await tx.auditEvent.findMany({
        where: { consortiumId, targetType: "Application", targetId: { in: applicationIds } },
        select: { action: true, targetId: true, data: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const { id: _id, consortiumId: _c, userId: _u, applications = [], ...profile } = applicant ?? {};
  const applicantLists = await myListRows(tx, consortiumId, applicationIds);
  return {
    exportedAt: new Date().toISOString(),
    account: user,
    profile: applicant ? profile : null,
    applications: applications.map(({ id, consortiumId: _a, applicantId: _b, campaignId: _d, interviewSlotId: _e, cvFileKey: _f, videoFileKey, ...rest }) => ({
      ...rest,
      // The recorded video as a link for its owner: the file itself is one click away, the storage key never shown.
      video: exportedApplicationVideo(consortium.slug, { id, videoFileKey, ...rest }),
      history: history.filter((h) => h.targetId === id).map(({ targetId: _t, ...h }) => h),
    })),
    drafts: drafts.map(({ campaignId, data, ...draft }) => {
      const { video, ...values } = data as DraftRow;
      return { ...draft, data: { ...values, video: exportedDraftVideo(consortium.slug, campaignId, video) } };
    }),
    applicantLists,
  };
}
