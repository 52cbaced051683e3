import { snapshotQuestions } from "../../lib/surveys/bank";
import type { Tx } from "../../lib/db/tenant";
import type { SurveyAnswers, WaveName } from "../../lib/surveys/types";

// The demo's answered follow-ups as real surveys: each gets the questions of its wave copied from
// the consortium's bank (as sending does) and answers keyed by those questions, so the survey
// results page has distributions, scales and free text to show. Runs after the bank exists.

/** A stable number 0..n-1 from a row id and a question, so the demo reads the same every time. */
function pick(id: string, salt: string, n: number): number {
  let h = 2166136261;
  for (const c of `${id}:${salt}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % n;
}

const SCALE_WEIGHTS = [3, 4, 4, 5, 5, 5, 4, 2];

export async function attachSurveyAnswers(tx: Tx, consortiumId: string, comments: readonly string[]): Promise<void> {
  const followUps = await tx.followUp.findMany({
    where: { consortiumId, sentAt: { not: null } },
    select: { id: true, wave: true, answeredAt: true, answers: true, municipality: true, worksInRegion: true, trainee: { select: { offeredJob: true, acceptedOffer: true } } },
  });
  const snapshots = new Map<WaveName, Awaited<ReturnType<typeof snapshotQuestions>>>();
  for (const f of followUps) {
    const wave = f.wave as WaveName;
    if (!snapshots.has(wave)) snapshots.set(wave, await snapshotQuestions(tx, consortiumId, "TRAINEE", wave));
    const questions = snapshots.get(wave)!;
    const answers: SurveyAnswers = {};
    if (f.answeredAt) {
      const old = (f.answers ?? {}) as { comment?: string };
      const yesNo = (v: string) => (v === "YES" ? "yes" : v === "NO" ? "no" : undefined);
      for (const q of questions) {
        const value =
          q.key === "residence" ? f.municipality ?? undefined
          : q.key === "works_in_region" ? yesNo(f.worksInRegion)
          : q.key === "offered_job" ? yesNo(f.trainee.offeredJob)
          : q.key === "accepted_offer" ? yesNo(f.trainee.acceptedOffer)
          : q.key === "would_have_moved" ? ["yes", "no", "already", "no"][pick(f.id, q.id, 4)]
          : q.kind === "SCALE" ? SCALE_WEIGHTS[pick(f.id, q.id, SCALE_WEIGHTS.length)]
          : q.kind === "TEXT" ? (old.comment ?? (pick(f.id, q.id, 3) === 0 ? comments[pick(f.id, "c", comments.length)] : undefined))
          : undefined;
        if (value !== undefined) answers[q.id] = value;
      }
    }
    await tx.followUp.update({ where: { id: f.id }, data: { questions: questions as unknown as object[], answers } });
  }
}
