import { recordAudit } from "../audit/record";
import { appDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { withTenant, type Tx } from "../db/tenant";
import { hashToken } from "../people/tokens";
import { AppError, fieldErrorsOf } from "../server/errors";
import type { z } from "../validation";
import { answersSchema } from "./answers";
import { SURVEY_CONSORTIUM_FIELDS } from "./notify";
import { outcomeOf, traineeUpdateOf } from "./outcomes";
import type { submitSurveySchema } from "./schemas";
import { readSnapshot, type SnapshotQuestion, type WaveName } from "./types";

// Answering a survey by its personal link, signed out. The token alone says which survey: it is
// looked up by its hash inside the consortium of the URL (row-level security holds), so a link can
// reach no other survey, and a link under another consortium's address finds nothing.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface OpenSurvey {
  kind: "trainee" | "employer";
  id: string;
  wave: WaveName;
  /** The trainee's name, or the employer's. */
  name: string;
  cohort: string;
  questions: SnapshotQuestion[];
  answeredAt: Date | null;
  expiresAt: Date | null;
}

export type SurveyState = "open" | "answered" | "expired";

export function stateOf(survey: Pick<OpenSurvey, "answeredAt" | "expiresAt">, now: Date): SurveyState {
  if (survey.answeredAt) return "answered";
  if (!survey.expiresAt || survey.expiresAt <= now) return "expired";
  return "open";
}

async function findByHash(tx: Tx, consortiumId: string, tokenHash: string): Promise<OpenSurvey | null> {
  const trainee = await tx.followUp.findFirst({
    where: { tokenHash, consortiumId },
    select: { id: true, wave: true, questions: true, answeredAt: true, expiresAt: true, trainee: { select: { name: true, cohort: { select: { name: true } } } } },
  });
  if (trainee) return { kind: "trainee", ...trainee, name: trainee.trainee.name, cohort: trainee.trainee.cohort.name, questions: readSnapshot(trainee.questions) };
  const employer = await tx.employerFollowUp.findFirst({
    where: { tokenHash, consortiumId },
    select: { id: true, questions: true, answeredAt: true, expiresAt: true, employer: { select: { name: true } }, cohort: { select: { name: true } } },
  });
  if (!employer) return null;
  return { kind: "employer", ...employer, wave: "END", name: employer.employer.name, cohort: employer.cohort.name, questions: readSnapshot(employer.questions) };
}

function consortiumBySlug(slug: string) {
  return appDb().consortium.findUnique({ where: { slug }, select: SURVEY_CONSORTIUM_FIELDS });
}

/** The survey behind a link for its page, or null when the link is unknown here. */
export async function openSurvey(slug: string, token: string) {
  const consortium = TOKEN.test(token) ? await consortiumBySlug(slug) : null;
  if (!consortium) return null;
  const survey = await withTenant(consortium.id, null, (tx) => findByHash(tx, consortium.id, hashToken(token)));
  return survey ? { consortium, survey } : null;
}

/** Locks the survey's row so that two submits of one link run one after the other. */
async function lockByHash(tx: Tx, consortiumId: string, tokenHash: string) {
  const trainee = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "FollowUp" WHERE "tokenHash" = ${tokenHash} AND "consortiumId" = ${consortiumId} FOR UPDATE`;
  if (trainee.length) return true;
  const employer = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "EmployerFollowUp" WHERE "tokenHash" = ${tokenHash} AND "consortiumId" = ${consortiumId} FOR UPDATE`;
  return employer.length > 0;
}

/**
 * Saves the answers to the survey behind the token, once: answered → `surveyAnswered`, past its
 * date → `surveyExpired`, unknown here → `surveyInvalid`, answers not matching the questions sent
 * → `validation`. A trainee's answers set the follow-up's outcome, and at the end the trainee's
 * own outcome columns, in the same transaction.
 */
export async function submitSurvey(input: z.output<typeof submitSurveySchema>, now = new Date()) {
  const consortium = TOKEN.test(input.token) ? await consortiumBySlug(input.slug) : null;
  if (!consortium) throw new AppError("surveyInvalid");
  const tokenHash = hashToken(input.token);
  return withTenant(consortium.id, null, async (tx) => {
    const survey = (await lockByHash(tx, consortium.id, tokenHash)) ? await findByHash(tx, consortium.id, tokenHash) : null;
    if (!survey) throw new AppError("surveyInvalid");
    const state = stateOf(survey, now);
    if (state === "answered") throw new AppError("surveyAnswered");
    if (state === "expired") throw new AppError("surveyExpired");
    const parsed = answersSchema(survey.questions, consortium.municipalities).safeParse({ answers: input.answers, other: input.other });
    if (!parsed.success) throw new AppError("validation", fieldErrorsOf(parsed.error));
    const answers = parsed.data as Prisma.InputJsonValue;

    if (survey.kind === "employer") {
      await tx.employerFollowUp.updateMany({ where: { id: survey.id, consortiumId: consortium.id }, data: { answers, answeredAt: now } });
    } else {
      const outcome = outcomeOf(survey.questions, parsed.data, consortium.municipalities);
      const followUp = await tx.followUp.update({
        where: { id: survey.id, consortiumId: consortium.id },
        data: { answers, answeredAt: now, municipality: outcome.municipality, livesInRegion: outcome.livesInRegion, worksInRegion: outcome.worksInRegion },
        select: { traineeId: true },
      });
      if (survey.wave === "END") {
        await tx.trainee.updateMany({ where: { id: followUp.traineeId, consortiumId: consortium.id }, data: traineeUpdateOf(outcome) });
      }
    }
    await recordAudit(tx, {
      consortiumId: consortium.id,
      actorUserId: null,
      action: "survey.answered",
      targetType: survey.kind === "employer" ? "EmployerFollowUp" : "FollowUp",
      targetId: survey.id,
    });
    return { answered: true as const };
  });
}
