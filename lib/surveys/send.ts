import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { mailSurvey, surveyTokenHash, userLocales, type SurveyConsortium } from "./notify";
import { dropoutCutoff, hasAlumniConsent, linkExpiry } from "./timing";
import type { SnapshotQuestion, WaveName } from "./types";

export interface SurveyCohort {
  id: string;
  name: string;
  endDate: Date;
}

export const SURVEY_COHORT_FIELDS = { id: true, name: true, endDate: true } as const;

/** Who a send reached and who it left out, and why. */
export interface SendTally {
  sent: number;
  alreadySent: number;
  noEmail: number;
  noConsent: number;
  /** Employers that hosted a trainee of the cohort but have no contact person to write to. */
  noContact: string[];
}

export const emptyTally = (): SendTally => ({ sent: 0, alreadySent: 0, noEmail: 0, noConsent: 0, noContact: [] });

export const RECIPIENT_FIELDS = {
  id: true,
  name: true,
  email: true,
  userId: true,
  alumniConsentAt: true,
  alumniConsentWithdrawnAt: true,
} as const satisfies Prisma.TraineeSelect;

export type Recipient = Prisma.TraineeGetPayload<{ select: typeof RECIPIENT_FIELDS }>;

/**
 * The trainees a wave goes to: everyone of the cohort but those who dropped out more than three
 * months before its end (they never saw the programme through).
 */
export function waveRecipients(tx: Tx, consortiumId: string, cohort: SurveyCohort, traineeId?: string) {
  return tx.trainee.findMany({
    where: {
      consortiumId,
      cohortId: cohort.id,
      ...(traineeId ? { id: traineeId } : { OR: [{ status: { not: "DROPPED_OUT" } }, { endedAt: { gte: dropoutCutoff(cohort.endDate) } }] }),
    },
    select: RECIPIENT_FIELDS,
    orderBy: { id: "asc" },
  });
}

/** Why a trainee gets no survey of this wave, if they don't. Later waves need alumni consent. */
export function reasonToSkip(trainee: Recipient, wave: WaveName): "noEmail" | "noConsent" | null {
  if (!trainee.email) return "noEmail";
  if (wave !== "END" && !hasAlumniConsent(trainee)) return "noConsent";
  return null;
}

/**
 * Sends one trainee their survey of a wave: the row (with the questions copied) and the mail in
 * the caller's transaction. The unique (trainee, wave) and ON CONFLICT DO NOTHING make a second
 * send, even one running at the same moment, insert nothing and mail nothing: returns false.
 */
export async function sendTraineeSurvey(
  tx: Tx,
  consortium: SurveyConsortium,
  cohort: SurveyCohort,
  trainee: Recipient,
  wave: WaveName,
  questions: SnapshotQuestion[],
  now: Date,
): Promise<boolean> {
  if (!trainee.email) return false;
  const id = randomUUID();
  const expiresAt = linkExpiry(now);
  const { count } = await tx.followUp.createMany({
    data: [
      {
        id,
        consortiumId: consortium.id,
        traineeId: trainee.id,
        wave,
        tokenHash: surveyTokenHash("trainee", id),
        email: trainee.email,
        expiresAt,
        questions: questions as unknown as Prisma.InputJsonValue,
        sentAt: now,
      },
    ],
    skipDuplicates: true,
  });
  if (!count) return false;
  const locales = await userLocales(tx, [trainee.userId]);
  await mailSurvey(tx, consortium, {
    kind: "trainee",
    surveyId: id,
    wave,
    reminder: false,
    to: { email: trainee.email, locale: locales.get(trainee.userId ?? "") ?? null },
    name: trainee.name,
    cohort: cohort.name,
    expiresAt,
  });
  return true;
}

/** The employers that hosted a placement of the cohort, with their contact people. */
export function hostEmployers(tx: Tx, consortiumId: string, cohortId: string) {
  return tx.employer.findMany({
    where: { consortiumId, placements: { some: { consortiumId, trainee: { cohortId } } } },
    select: {
      id: true,
      name: true,
      memberships: { where: { consortiumId, role: "EMPLOYER" }, select: { user: { select: { id: true, email: true } } }, orderBy: { createdAt: "asc" } },
    },
    orderBy: { name: "asc" },
  });
}

export type HostEmployer = Awaited<ReturnType<typeof hostEmployers>>[number];

/**
 * Sends a member employer its survey about the cohort: one row (one link), mailed to each of its
 * contact people, who share it; the first answer counts. Idempotent like the trainees' surveys.
 */
export async function sendEmployerSurvey(
  tx: Tx,
  consortium: SurveyConsortium,
  cohort: SurveyCohort,
  employer: HostEmployer,
  questions: SnapshotQuestion[],
  now: Date,
): Promise<boolean> {
  const contacts = employer.memberships.map((m) => m.user);
  if (!contacts.length) return false;
  const id = randomUUID();
  const expiresAt = linkExpiry(now);
  const { count } = await tx.employerFollowUp.createMany({
    data: [
      {
        id,
        consortiumId: consortium.id,
        employerId: employer.id,
        cohortId: cohort.id,
        email: contacts.map((c) => c.email).join(", "),
        tokenHash: surveyTokenHash("employer", id),
        expiresAt,
        questions: questions as unknown as Prisma.InputJsonValue,
        sentAt: now,
      },
    ],
    skipDuplicates: true,
  });
  if (!count) return false;
  await mailEmployerContacts(tx, consortium, cohort, employer, { id, expiresAt, reminder: false });
  return true;
}

export async function mailEmployerContacts(
  tx: Tx,
  consortium: SurveyConsortium,
  cohort: { name: string },
  employer: HostEmployer,
  survey: { id: string; expiresAt: Date; reminder: boolean },
) {
  const contacts = employer.memberships.map((m) => m.user);
  const locales = await userLocales(tx, contacts.map((c) => c.id));
  for (const contact of contacts) {
    await mailSurvey(tx, consortium, {
      kind: "employer",
      surveyId: survey.id,
      wave: "END",
      reminder: survey.reminder,
      to: { email: contact.email, locale: locales.get(contact.id) ?? null },
      name: employer.name,
      cohort: cohort.name,
      expiresAt: survey.expiresAt,
    });
  }
}
