import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { ensureQuestionBank } from "./defaults";
import type { createQuestionSchema, updateQuestionSchema } from "./schemas";
import { askedInWave, feedsOutcomes, readSnapshot, type AudienceName, type ChoiceOption, type SnapshotQuestion, type WaveName } from "./types";

export interface BankActor {
  consortiumId: string;
  userId: string;
}

const QUESTION_FIELDS = { id: true, key: true, kind: true, label: true, options: true, required: true, position: true, archivedAt: true, audience: true } as const;

/** The consortium's question bank, ready-made questions included (created on first read). */
export async function listQuestions(tx: Tx, consortiumId: string) {
  await ensureQuestionBank(tx, consortiumId);
  return tx.surveyQuestion.findMany({
    where: { consortiumId },
    select: QUESTION_FIELDS,
    orderBy: [{ audience: "asc" }, { position: "asc" }, { createdAt: "asc" }],
  });
}

/** The questions a survey of this audience and wave gets now, as the copy stored with it. */
export async function snapshotQuestions(tx: Tx, consortiumId: string, audience: AudienceName, wave: WaveName): Promise<SnapshotQuestion[]> {
  await ensureQuestionBank(tx, consortiumId);
  const rows = await tx.surveyQuestion.findMany({
    where: { consortiumId, audience, archivedAt: null },
    select: QUESTION_FIELDS,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const questions = readSnapshot(rows.map(({ id, key, kind, label, options, required }) => ({ id, key, kind, label, options, required })));
  return audience === "TRAINEE" ? questions.filter((q) => askedInWave(q.key, wave)) : questions;
}

async function questionOf(tx: Tx, consortiumId: string, id: string) {
  const question = await tx.surveyQuestion.findFirst({ where: { id, consortiumId }, select: QUESTION_FIELDS });
  if (!question) throw new AppError("notFound");
  return question;
}

/**
 * Options as stored: a kept option keeps its value (answers refer to it), a new one gets the next
 * free number. Questions that feed the outcomes keep exactly their options: only labels change.
 */
function optionsFor(current: ChoiceOption[], next: { value?: string; label: ChoiceOption["label"] }[], fixed: boolean): ChoiceOption[] {
  if (fixed) {
    if (next.length !== current.length || next.some((o, i) => o.value !== current[i].value)) {
      throw new AppError("validation", { options: "surveys.bank.validation.fixedOptions" });
    }
    return next.map((o, i) => ({ value: current[i].value, label: o.label }));
  }
  const known = new Set(current.map((o) => o.value));
  let n = current.reduce((max, o) => Math.max(max, Number(o.value) || 0), 0);
  return next.map((o) => ({ value: o.value && known.has(o.value) ? o.value : String(++n), label: o.label }));
}

export async function createQuestion(tx: Tx, actor: BankActor, input: z.output<typeof createQuestionSchema>) {
  await ensureQuestionBank(tx, actor.consortiumId);
  const last = await tx.surveyQuestion.aggregate({ where: { consortiumId: actor.consortiumId, audience: input.audience }, _max: { position: true } });
  const question = await tx.surveyQuestion.create({
    data: {
      consortiumId: actor.consortiumId,
      audience: input.audience,
      kind: input.kind,
      label: input.label,
      options: input.kind === "CHOICE" ? (optionsFor([], input.options, false) as unknown as object[]) : [],
      required: input.required,
      position: (last._max.position ?? 0) + 1,
    },
    select: { id: true },
  });
  await recordAudit(tx, { ...audit(actor, "survey.question.created", question.id), data: { audience: input.audience, kind: input.kind } });
  return question;
}

export async function updateQuestion(tx: Tx, actor: BankActor, input: z.output<typeof updateQuestionSchema>) {
  const current = await questionOf(tx, actor.consortiumId, input.id);
  const options = current.kind === "CHOICE" ? optionsFor(current.options as unknown as ChoiceOption[], input.options, Boolean(current.key)) : [];
  if (current.kind === "CHOICE" && options.length < 2) throw new AppError("validation", { options: "surveys.bank.validation.twoOptions" });
  await tx.surveyQuestion.updateMany({
    where: { id: current.id, consortiumId: actor.consortiumId },
    data: { label: input.label, required: input.required, options: options as unknown as object[] },
  });
  await recordAudit(tx, audit(actor, "survey.question.updated", current.id));
  return { id: current.id };
}

/** Archived questions are no longer sent; sent copies and their answers stay as they were. */
export async function setArchived(tx: Tx, actor: BankActor, id: string, archived: boolean, now = new Date()) {
  const current = await questionOf(tx, actor.consortiumId, id);
  if (archived && feedsOutcomes(current.key)) throw new AppError("validation", { id: "surveys.bank.validation.keepsOutcome" });
  await tx.surveyQuestion.updateMany({ where: { id, consortiumId: actor.consortiumId }, data: { archivedAt: archived ? now : null } });
  await recordAudit(tx, audit(actor, archived ? "survey.question.archived" : "survey.question.restored", id));
  return { id };
}

/** Swaps a question with its neighbour among the audience's questions in use. */
export async function moveQuestion(tx: Tx, actor: BankActor, id: string, direction: "up" | "down") {
  const current = await questionOf(tx, actor.consortiumId, id);
  const siblings = await tx.surveyQuestion.findMany({
    where: { consortiumId: actor.consortiumId, audience: current.audience, archivedAt: null },
    select: { id: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const index = siblings.findIndex((s) => s.id === id);
  const other = siblings[direction === "up" ? index - 1 : index + 1];
  if (index < 0 || !other) return { id };
  // Renumber the whole list so equal positions (ready-made and new at once) cannot stall a move.
  const order = siblings.map((s) => s.id);
  [order[index], order[order.indexOf(other.id)]] = [other.id, id];
  for (const [i, questionId] of order.entries()) {
    await tx.surveyQuestion.updateMany({ where: { id: questionId, consortiumId: actor.consortiumId }, data: { position: i + 1 } });
  }
  return { id };
}

function audit(actor: BankActor, action: string, targetId: string) {
  return { consortiumId: actor.consortiumId, actorUserId: actor.userId, action, targetType: "SurveyQuestion", targetId };
}

/**
 * Sets the region's municipalities: survey answers naming one of them count as living (or
 * working) in the region. Sorted in the consortium's language so the survey's list reads well.
 */
export async function updateMunicipalities(tx: Tx, actor: { consortiumId: string; userId: string }, names: string[]) {
  const current = await tx.consortium.findUniqueOrThrow({ where: { id: actor.consortiumId }, select: { municipalities: true, defaultLocale: true } });
  const municipalities = [...names].sort((a, b) => a.localeCompare(b, current.defaultLocale));
  const unchanged = municipalities.length === current.municipalities.length && municipalities.every((m, i) => m === current.municipalities[i]);
  if (unchanged) return { count: municipalities.length };
  await tx.consortium.update({ where: { id: actor.consortiumId }, data: { municipalities } });
  const added = municipalities.filter((m) => !current.municipalities.includes(m));
  const removed = current.municipalities.filter((m) => !municipalities.includes(m));
  await recordAudit(tx, {
    consortiumId: actor.consortiumId,
    actorUserId: actor.userId,
    action: "consortium.municipalities",
    targetType: "Consortium",
    targetId: actor.consortiumId,
    data: { added, removed },
  });
  return { count: municipalities.length };
}
