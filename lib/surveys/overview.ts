import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { hostEmployers } from "./send";
import { hasAlumniConsent, waveDueDate } from "./timing";
import { WAVES, type WaveName } from "./types";

export interface WaveStats {
  wave: WaveName | "EMPLOYER";
  dueDate: Date;
  sent: number;
  reminded: number;
  answered: number;
  livesYes: number;
  livesNo: number;
  livesUnknown: number;
}

interface Counted {
  cohortId: string;
  wave: string;
  sent: number;
  reminded: number;
  answered: number;
  livesYes: number;
  livesNo: number;
}

const FOLLOWED_STATUSES = ["RUNNING", "FINISHED"] as const;

/** Per cohort that has begun and per wave (and the employers' survey): sent, reminded, answered, where people live. */
export async function getSurveyOverview(tx: Tx, consortiumId: string) {
  const cohorts = await tx.cohort.findMany({
    where: { consortiumId, imported: false, status: { in: [...FOLLOWED_STATUSES] } },
    select: { id: true, name: true, endDate: true, status: true },
    orderBy: [{ endDate: "desc" }, { name: "asc" }],
  });
  const counts = await tx.$queryRaw<Counted[]>`
    SELECT t."cohortId", f.wave::text AS wave,
           count(*) FILTER (WHERE f."sentAt" IS NOT NULL)::int AS sent,
           count(*) FILTER (WHERE f."remindedAt" IS NOT NULL)::int AS reminded,
           count(*) FILTER (WHERE f."answeredAt" IS NOT NULL)::int AS answered,
           count(*) FILTER (WHERE f."livesInRegion" = 'YES')::int AS "livesYes",
           count(*) FILTER (WHERE f."livesInRegion" = 'NO')::int AS "livesNo"
      FROM "FollowUp" f JOIN "Trainee" t ON t.id = f."traineeId"
     WHERE f."consortiumId" = ${consortiumId}
     GROUP BY t."cohortId", f.wave
    UNION ALL
    SELECT e."cohortId", 'EMPLOYER' AS wave,
           count(*) FILTER (WHERE e."sentAt" IS NOT NULL)::int,
           count(*) FILTER (WHERE e."remindedAt" IS NOT NULL)::int,
           count(*) FILTER (WHERE e."answeredAt" IS NOT NULL)::int,
           0, 0
      FROM "EmployerFollowUp" e
     WHERE e."consortiumId" = ${consortiumId}
     GROUP BY e."cohortId"`;
  const find = (cohortId: string, wave: string) => counts.find((c) => c.cohortId === cohortId && c.wave === wave);
  return cohorts.map((cohort) => ({
    ...cohort,
    waves: [...WAVES, "EMPLOYER" as const].map((wave): WaveStats => {
      const c = find(cohort.id, wave);
      const sent = c?.sent ?? 0;
      const livesYes = c?.livesYes ?? 0;
      const livesNo = c?.livesNo ?? 0;
      return {
        wave,
        dueDate: waveDueDate(cohort.endDate, wave === "EMPLOYER" ? "END" : wave),
        sent,
        reminded: c?.reminded ?? 0,
        answered: c?.answered ?? 0,
        livesYes,
        livesNo,
        livesUnknown: wave === "EMPLOYER" ? 0 : sent - livesYes - livesNo,
      };
    }),
  }));
}

/** One cohort's trainees with each wave's survey, and its host employers with theirs. */
export async function getCohortSurveys(tx: Tx, consortiumId: string, cohortId: string) {
  const cohort = await tx.cohort.findFirst({ where: { id: cohortId, consortiumId }, select: { id: true, name: true, endDate: true } });
  if (!cohort) throw new AppError("notFound");
  const [trainees, employers, employerSurveys] = await Promise.all([
    tx.trainee.findMany({
      where: { consortiumId, cohortId },
      select: {
        id: true,
        name: true,
        email: true,
        status: true,
        alumniConsentAt: true,
        alumniConsentWithdrawnAt: true,
        followUps: { select: { wave: true, sentAt: true, remindedAt: true, answeredAt: true, expiresAt: true, municipality: true, livesInRegion: true } },
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    hostEmployers(tx, consortiumId, cohortId),
    tx.employerFollowUp.findMany({ where: { consortiumId, cohortId }, select: { employerId: true, sentAt: true, remindedAt: true, answeredAt: true, expiresAt: true } }),
  ]);
  return {
    cohort,
    trainees: trainees.map(({ alumniConsentAt, alumniConsentWithdrawnAt, ...t }) => ({
      ...t,
      consent: hasAlumniConsent({ alumniConsentAt, alumniConsentWithdrawnAt }),
    })),
    employers: employers.map((e) => ({
      id: e.id,
      name: e.name,
      contacts: e.memberships.length,
      survey: employerSurveys.find((s) => s.employerId === e.id) ?? null,
    })),
  };
}

/** What the send form offers: cohorts that have begun, each with its trainees. */
export function sendableCohorts(tx: Tx, consortiumId: string) {
  return tx.cohort.findMany({
    where: { consortiumId, imported: false, status: { in: [...FOLLOWED_STATUSES] } },
    select: { id: true, name: true, endDate: true, trainees: { select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] } },
    orderBy: [{ endDate: "desc" }, { name: "asc" }],
  });
}
