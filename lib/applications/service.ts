import { cancelBookings } from "../interviews/cancel";
import { checkListDetails, storeListDetails } from "../applicant-lists/applying";
import type { Prisma } from "../db/generated/client";
import { recordAudit } from "../audit/record";
import type { ApplicationStage } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { formatDate, formatDateTime } from "../i18n/format";
import type { AppLocale } from "../i18n/routing";
import { addMonths, retainUntil } from "../retention/rules";
import { AppError } from "../server/errors";
import { mailApplicant, recipientOf } from "./notify";
import { SUBMIT_GRACE_MS, type ApplicationValues, type DraftData } from "./schemas";
import { videoContentOf } from "./video-content";

export interface ApplicantActor {
  consortium: { id: string; slug: string; name: string; defaultLocale: AppLocale; timeZone: string; retentionMonths: number };
  userId: string;
  email: string;
}

export interface StoredCv {
  key: string;
  name: string;
  size: number;
}

/** A recorded take stored for a draft or an application (lib/videos). */
export interface StoredVideo {
  key: string;
  type: string;
  size: number;
  durationMs: number;
}

/** A draft row's data: what the form holds, plus the CV and the recorded take uploaded with it. */
export type DraftRow = DraftData & { cv?: StoredCv; video?: StoredVideo };

/** Stages in which the applicant can still change or withdraw what they sent. */
const EDITABLE: ApplicationStage[] = ["DRAFT", "SUBMITTED", "SCREENING", "SHORTLISTED", "INTERVIEW", "WITHDRAWN"];

/**
 * Everything one person does to their application runs one at a time: two tabs, a double click
 * or a retry queue behind this lock and then see what the first one stored.
 */
export async function lockApplicant(tx: Tx, actor: ApplicantActor) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`apply:${actor.consortium.id}:${actor.userId}`}, 0))`;
}

/** The campaign, when it takes applications at `now` (submits get a short grace for the network). */
export async function campaignTakingApplications(tx: Tx, actor: ApplicantActor, campaignId: string, now: Date, graceMs = 0) {
  const campaign = await tx.campaign.findFirst({
    where: { id: campaignId, consortiumId: actor.consortium.id },
    include: { cohort: { select: { name: true } } },
  });
  if (!campaign) throw new AppError("notFound");
  if (now < campaign.opensAt || now.getTime() > campaign.closesAt.getTime() + graceMs) throw new AppError("campaignClosed");
  return campaign;
}

async function findOwnApplication(tx: Tx, actor: ApplicantActor, campaignId: string) {
  return tx.application.findFirst({
    where: { consortiumId: actor.consortium.id, campaignId, applicant: { userId: actor.userId } },
    include: { applicant: true },
  });
}

/** The campaign an applicant applies to now: open, or the latest one they have an application in. */
export async function getApplyPage(tx: Tx, consortiumId: string, userId: string, now = new Date()) {
  const open = await tx.campaign.findFirst({
    where: { consortiumId, opensAt: { lte: now }, closesAt: { gte: now } },
    orderBy: { closesAt: "asc" },
  });
  const campaign =
    open ??
    (await tx.campaign.findFirst({
      where: { consortiumId, OR: [{ applications: { some: { applicant: { userId } } } }, { drafts: { some: { userId } } }] },
      orderBy: { closesAt: "desc" },
    }));
  if (!campaign) return null;
  const [cohort, postings, draft, application, profile] = await Promise.all([
    tx.cohort.findUniqueOrThrow({ where: { id: campaign.cohortId }, select: { name: true } }),
    tx.posting.findMany({
      where: { consortiumId, campaignId: campaign.id, status: "PUBLISHED" },
      select: { id: true, title: true, municipality: true, employer: { select: { name: true, sector: true } } },
      orderBy: [{ employer: { name: "asc" } }, { title: "asc" }],
    }),
    tx.applicationDraft.findUnique({ where: { campaignId_userId: { campaignId: campaign.id, userId } } }),
    tx.application.findFirst({
      where: { consortiumId, campaignId: campaign.id, applicant: { userId } },
      include: {
        preferences: { orderBy: { rank: "asc" }, select: { postingId: true } },
        applicant: true,
        listExemptions: { select: { reason: true }, orderBy: { createdAt: "desc" }, take: 1 },
      },
    }),
    tx.applicant.findFirst({ where: { consortiumId, userId } }),
  ]);
  return {
    campaign: { ...campaign, cohortName: cohort.name, isOpen: campaign === open },
    postings,
    draft: draft ? { data: draft.data as DraftRow, updatedAt: draft.updatedAt } : null,
    application,
    profile,
  };
}

/** What the form starts from: the saved draft, else what was sent, else the profile from before. */
export function formValuesOf(page: NonNullable<Awaited<ReturnType<typeof getApplyPage>>>): { values: DraftData; cv: StoredCv | null; video: StoredVideo | null } {
  const sent = page.application;
  const person = sent?.applicant ?? page.profile;
  const fromProfile: DraftData = person
    ? {
        firstName: person.firstName,
        lastName: person.lastName,
        phone: person.phone ?? "",
        educationLevel: person.educationLevel,
        field: person.field,
        university: person.university,
        graduationYear: String(person.graduationYear),
        ties: person.ties,
        livesInRegion: person.livesInRegion,
        heardFrom: person.heardFrom ?? "",
        gender: person.gender,
        genderDescription: person.genderDescription ?? "",
        processingConsent: Boolean(person.processingConsentAt),
        talentPoolConsent: Boolean(person.talentPoolExpiresAt && person.talentPoolExpiresAt > new Date()),
        birthYear: person.birthYear ? String(person.birthYear) : "",
        currentPosition: person.currentPosition ?? "",
        homeMunicipality: person.homeMunicipality ?? "",
        workExperience: person.workExperience ?? "",
      }
    : {};
  const fromApplication: DraftData = sent
    ? {
        coverLetter: sent.coverLetter ?? "",
        videoSource: sent.videoFileKey ? "recording" : "link",
        videoUrl: sent.videoUrl ?? "",
        videoConfirmed: sent.videoConfirmed,
        videoSummary: sent.videoSummary ?? "",
        preferences: sent.preferences.map((p) => p.postingId),
        extraAnswers: (sent.extraAnswers ?? {}) as Record<string, string>,
        listExemption: sent.listExemptions.length > 0,
        listExemptionReason: sent.listExemptions[0]?.reason ?? "",
      }
    : {};
  const { cv: draftCv, video: draftVideo, ...draftValues } = page.draft?.data ?? {};
  const sentCv = sent?.cvFileKey ? { key: sent.cvFileKey, name: sent.cvFileName ?? "cv.pdf", size: sent.cvFileSize ?? 0 } : null;
  const sentVideo = sent?.videoFileKey
    ? { key: sent.videoFileKey, type: sent.videoFileType ?? "video/webm", size: sent.videoFileSize ?? 0, durationMs: sent.videoDurationMs ?? 0 }
    : null;
  return { values: { ...fromProfile, ...fromApplication, ...draftValues }, cv: draftCv ?? sentCv, video: draftVideo ?? sentVideo };
}

/** Saves what has been typed so far. Refused after the deadline: the browser keeps its copy. */
export async function saveDraft(tx: Tx, actor: ApplicantActor, campaignId: string, data: DraftData, now = new Date()) {
  await lockApplicant(tx, actor);
  await campaignTakingApplications(tx, actor, campaignId, now);
  const key = { campaignId_userId: { campaignId, userId: actor.userId } };
  const existing = await tx.applicationDraft.findUnique({ where: key });
  // The CV and the recorded take are stored apart and only their own actions change them.
  const { cv, video } = (existing?.data as DraftRow | undefined) ?? {};
  const stored = { ...data, ...(cv ? { cv } : {}), ...(video ? { video } : {}) } as Prisma.InputJsonObject;
  const draft = existing
    ? await tx.applicationDraft.update({ where: { id: existing.id }, data: { data: stored } })
    : await tx.applicationDraft.create({ data: { consortiumId: actor.consortium.id, campaignId, userId: actor.userId, data: stored } });
  return { savedAt: draft.updatedAt.toISOString() };
}

/**
 * Attaches an already stored CV file to the draft. Returns the key of a CV it replaces when nothing
 * else refers to it, for the caller to delete once the transaction has committed.
 */
export async function attachCv(tx: Tx, actor: ApplicantActor, campaignId: string, cv: StoredCv, now = new Date()) {
  await lockApplicant(tx, actor);
  await campaignTakingApplications(tx, actor, campaignId, now);
  const previous = (await mergeIntoDraft(tx, actor, campaignId, { cv }))?.cv?.key;
  const sent = await findOwnApplication(tx, actor, campaignId);
  return { replaced: previous && previous !== sent?.cvFileKey ? previous : null };
}

/** Puts a stored file's entry (the CV, the recorded take) into the draft, made if need be; returns what the draft held before. */
export async function mergeIntoDraft(tx: Tx, actor: ApplicantActor, campaignId: string, patch: Pick<DraftRow, "cv" | "video">) {
  const existing = await tx.applicationDraft.findUnique({ where: { campaignId_userId: { campaignId, userId: actor.userId } } });
  const data = { ...((existing?.data as object) ?? {}), ...patch } as unknown as Prisma.InputJsonObject;
  if (existing) await tx.applicationDraft.update({ where: { id: existing.id }, data: { data } });
  else await tx.applicationDraft.create({ data: { consortiumId: actor.consortium.id, campaignId, userId: actor.userId, data } });
  return existing?.data as DraftRow | undefined;
}

async function checkPreferences(tx: Tx, actor: ApplicantActor, campaign: { id: string; maxPreferences: number }, ids: string[]) {
  if (ids.length > campaign.maxPreferences) throw new AppError("validation", { preferences: "validation.preferenceTooMany" });
  // Row-level security hides other consortia's postings, so a foreign id is simply not found here.
  const found = await tx.posting.count({
    where: { id: { in: ids }, consortiumId: actor.consortium.id, campaignId: campaign.id, status: "PUBLISHED" },
  });
  if (found !== ids.length) throw new AppError("validation", { preferences: "validation.preferenceUnknown" });
}

function checkExtraAnswers(questions: unknown, answers: Record<string, string>) {
  const list = Array.isArray(questions) ? (questions as { key: string; required?: boolean }[]) : [];
  const keys = new Set(list.map((q) => q.key));
  const errors: Record<string, string> = {};
  for (const q of list) if (q.required && !answers[q.key]?.trim()) errors[`extraAnswers.${q.key}`] = "validation.required";
  if (Object.keys(errors).length) throw new AppError("validation", errors);
  return Object.fromEntries(Object.entries(answers).filter(([k, v]) => keys.has(k) && v.trim()));
}

/**
 * Sends the application, or sends the changes to one already sent. Idempotent: one application per
 * person and campaign (a unique key, behind the per-person lock), so a double click, a retry or a
 * second tab updates the same row. The confirmation email goes once, with the first submission.
 */
export async function submitApplication(tx: Tx, actor: ApplicantActor, input: ApplicationValues & { locale?: AppLocale }, now = new Date()) {
  await lockApplicant(tx, actor);
  const campaign = await campaignTakingApplications(tx, actor, input.campaignId, now, SUBMIT_GRACE_MS);
  await checkPreferences(tx, actor, campaign, input.preferences);
  const listPostings = await checkListDetails(tx, actor.consortium.id, input);
  const extraAnswers = checkExtraAnswers(campaign.extraQuestions, input.extraAnswers);
  const draft = await tx.applicationDraft.findUnique({ where: { campaignId_userId: { campaignId: campaign.id, userId: actor.userId } } });
  const existing = await findOwnApplication(tx, actor, campaign.id);
  if (existing && !EDITABLE.includes(existing.stage)) throw new AppError("stageLocked");
  const cv = (draft?.data as DraftRow | undefined)?.cv ?? (existing?.cvFileKey ? { key: existing.cvFileKey, name: existing.cvFileName!, size: existing.cvFileSize! } : null);
  if (!cv) throw new AppError("validation", { cv: "validation.cvRequired" });

  const profile = {
    firstName: input.firstName,
    lastName: input.lastName,
    phone: input.phone ?? null,
    educationLevel: input.educationLevel,
    field: input.field,
    university: input.university,
    graduationYear: input.graduationYear,
    ties: input.ties,
    livesInRegion: input.livesInRegion,
    heardFrom: input.heardFrom ?? null,
    gender: input.gender,
    genderDescription: input.genderDescription ?? null,
  };
  const previous = await tx.applicant.findUnique({ where: { consortiumId_email: { consortiumId: actor.consortium.id, email: actor.email } } });
  const talentPool = input.talentPoolConsent
    ? {
        talentPoolConsentAt: previous?.talentPoolConsentAt ?? now,
        talentPoolExpiresAt: addMonths(now, campaign.talentPoolMonths),
      }
    : { talentPoolConsentAt: null, talentPoolExpiresAt: null };
  const applicant = await tx.applicant.upsert({
    where: { consortiumId_email: { consortiumId: actor.consortium.id, email: actor.email } },
    create: { consortiumId: actor.consortium.id, userId: actor.userId, email: actor.email, ...profile, processingConsentAt: now, ...talentPool },
    update: { userId: actor.userId, ...profile, processingConsentAt: previous?.processingConsentAt ?? now, ...talentPool },
  });

  const video = videoContentOf(input, (draft?.data as DraftRow | undefined)?.video, existing);
  const content = {
    coverLetter: input.coverLetter,
    ...video.content,
    extraAnswers,
    cvFileKey: cv.key,
    cvFileName: cv.name,
    cvFileSize: cv.size,
  };
  const firstSubmission = !existing || existing.stage === "DRAFT" || existing.stage === "WITHDRAWN";
  const application = existing
    ? await tx.application.update({
        where: { id: existing.id },
        data: { ...content, ...(firstSubmission ? { stage: "SUBMITTED", submittedAt: now, stageChangedAt: now } : {}) },
      })
    : await tx.application.create({
        data: { consortiumId: actor.consortium.id, applicantId: applicant.id, campaignId: campaign.id, stage: "SUBMITTED", submittedAt: now, stageChangedAt: now, ...content },
      });
  await tx.applicationPreference.deleteMany({ where: { applicationId: application.id } });
  await tx.applicationPreference.createMany({
    data: input.preferences.map((postingId, i) => ({ consortiumId: actor.consortium.id, applicationId: application.id, postingId, rank: i + 1 })),
  });
  await storeListDetails(tx, { consortiumId: actor.consortium.id, userId: actor.userId, applicantId: applicant.id, applicationId: application.id }, listPostings, input);
  if (draft) await tx.applicationDraft.delete({ where: { id: draft.id } });
  if (input.locale) await tx.user.update({ where: { id: actor.userId }, data: { locale: input.locale } });
  await recordAudit(tx, {
    consortiumId: actor.consortium.id,
    actorUserId: actor.userId,
    action: firstSubmission ? "application.submit" : "application.update",
    targetType: "Application",
    targetId: application.id,
  });
  if (firstSubmission) {
    const locale = input.locale ?? actor.consortium.defaultLocale;
    await mailApplicant(tx, {
      consortium: actor.consortium,
      templates: campaign.emailTemplates,
      to: { email: actor.email, locale },
      kind: "received",
      path: "/me",
      values: {
        name: input.firstName,
        cohort: campaign.cohort.name,
        deadline: formatDateTime(campaign.closesAt, locale, actor.consortium.timeZone),
        retainUntil: formatDate(retainUntil(campaign.closesAt, actor.consortium.retentionMonths), locale),
      },
    });
  }
  const replacedCv = existing?.cvFileKey && existing.cvFileKey !== cv.key ? existing.cvFileKey : null;
  return { id: application.id, firstSubmission, replacedCv, obsoleteVideos: video.obsolete };
}

/**
 * Withdraws a sent application; it can be sent again until the deadline. With `eraseVideo` the
 * recorded take goes now (the application's and any new one in a draft), not only with the rest
 * of the application at the end of retention; the files are returned for deleting after the commit.
 */
export async function withdrawApplication(tx: Tx, actor: ApplicantActor, campaignId: string, now = new Date(), options: { eraseVideo?: boolean } = {}) {
  await lockApplicant(tx, actor);
  const application = await findOwnApplication(tx, actor, campaignId);
  if (!application || application.stage === "DRAFT") throw new AppError("notFound");
  if (!EDITABLE.includes(application.stage) || application.stage === "WITHDRAWN") throw new AppError("stageLocked");
  await cancelBookings(tx, actor.consortium, [application.id], actor.userId, now);
  const files = options.eraseVideo ? await eraseVideoOf(tx, actor, application) : [];
  await tx.application.update({ where: { id: application.id }, data: { stage: "WITHDRAWN", stageChangedAt: now, interviewSlotId: null } });
  await recordAudit(tx, {
    consortiumId: actor.consortium.id,
    actorUserId: actor.userId,
    action: "application.withdraw",
    targetType: "Application",
    targetId: application.id,
    data: { from: application.stage },
  });
  const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, include: { cohort: { select: { name: true } } } });
  await mailApplicant(tx, {
    consortium: actor.consortium,
    templates: campaign.emailTemplates,
    to: await recipientOf(tx, { email: actor.email, userId: actor.userId }),
    kind: "withdrawn",
    path: "/me",
    values: { name: application.applicant.firstName, cohort: campaign.cohort.name },
  });
  return { stage: "WITHDRAWN" as const, files };
}

/** Clears the recorded take from an application and the person's draft; returns the files to delete. */
async function eraseVideoOf(tx: Tx, actor: ApplicantActor, application: { id: string; campaignId: string; videoFileKey: string | null }) {
  const files = application.videoFileKey ? [application.videoFileKey] : [];
  await tx.application.update({
    where: { id: application.id },
    data: { videoFileKey: null, videoFileType: null, videoFileSize: null, videoDurationMs: null, videoConfirmed: false },
  });
  const draft = await tx.applicationDraft.findUnique({ where: { campaignId_userId: { campaignId: application.campaignId, userId: actor.userId } } });
  const { video, ...rest } = (draft?.data as DraftRow | undefined) ?? {};
  if (draft && video) {
    files.push(video.key);
    await tx.applicationDraft.update({ where: { id: draft.id }, data: { data: rest as Prisma.InputJsonObject } });
  }
  await recordAudit(tx, { consortiumId: actor.consortium.id, actorUserId: actor.userId, action: "application.video.erase", targetType: "Application", targetId: application.id });
  return files;
}
