import { recordAudit } from "../audit/record";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { criteriaOf } from "../ratings/schemas";
import type { z } from "../validation";
import type { criteriaSchema, emailTemplatesSchema, questionsSchema } from "./schemas";
import { getCampaign } from "./service";

interface SetupActor {
  consortiumId: string;
  userId: string;
}

type Labelled = { key?: string; label: { en: string } };

/** A key from a label: lower-case ASCII letters, digits and dashes, starting with a letter. */
export function slugKey(label: string, prefix: string): string {
  const slug = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 32)
    .replace(/-+$/, "");
  return /^[a-z]/.test(slug) ? slug : `${prefix}-${slug}`.replace(/-+$/, "");
}

/**
 * Gives every row its key. A row that sends back a key the campaign already has keeps it, so
 * ratings and answers given under it still match after the label changes; a new row gets one from
 * its English label, numbered when that is taken. A key no longer listed is simply not shown: the
 * scores and answers stored under it stay where they are.
 */
export function assignKeys<T extends Labelled>(existing: string[], rows: T[], prefix: string): (T & { key: string })[] {
  const used = new Set<string>();
  const kept = rows.map((row) => {
    const key = row.key && existing.includes(row.key) && !used.has(row.key) ? row.key : null;
    if (key) used.add(key);
    return key;
  });
  return rows.map((row, i) => {
    let key = kept[i];
    if (!key) {
      const base = slugKey(row.label.en, prefix);
      key = base;
      for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
      used.add(key);
    }
    return { ...row, key };
  });
}

const keysOf = (json: unknown) => criteriaOf(json).map((c) => c.key);

async function saveSetup(tx: Tx, actor: SetupActor, campaignId: string, action: string, data: Prisma.CampaignUpdateInput, audit: Prisma.InputJsonValue) {
  await tx.campaign.update({ where: { id: campaignId, consortiumId: actor.consortiumId }, data });
  await recordAudit(tx, { consortiumId: actor.consortiumId, actorUserId: actor.userId, action, targetType: "Campaign", targetId: campaignId, data: audit });
}

/** Sets the criteria reviewers rate applications on (1 to 8, each labelled in sv, nb and en). */
export async function updateCriteria(tx: Tx, actor: SetupActor, input: z.output<typeof criteriaSchema>) {
  const campaign = await getCampaign(tx, actor.consortiumId, input.campaignId);
  const criteria = assignKeys(keysOf(campaign.ratingCriteria), input.rows, "c").map(({ key, label }) => ({ key, label }));
  const keys = criteria.map((c) => c.key);
  await saveSetup(tx, actor, campaign.id, "campaign.criteria", { ratingCriteria: criteria }, { keys });
  return { keys };
}

/** Sets the campaign's own questions on the application form (up to 5). */
export async function updateQuestions(tx: Tx, actor: SetupActor, input: z.output<typeof questionsSchema>) {
  const campaign = await getCampaign(tx, actor.consortiumId, input.campaignId);
  const questions = assignKeys(keysOf(campaign.extraQuestions), input.rows, "q").map(({ key, label, required }) => ({ key, label, required }));
  const keys = questions.map((q) => q.key);
  await saveSetup(tx, actor, campaign.id, "campaign.questions", { extraQuestions: questions }, { keys });
  return { keys };
}

/** Stores the wording the coordinator wrote; a kind and language left empty keeps the default. */
export async function updateEmailTemplates(tx: Tx, actor: SetupActor, input: z.output<typeof emailTemplatesSchema>) {
  const campaign = await getCampaign(tx, actor.consortiumId, input.campaignId);
  const templates: Record<string, Record<string, { subject: string; body: string }>> = {};
  for (const [kind, languages] of Object.entries(input.templates)) {
    for (const [locale, entry] of Object.entries(languages ?? {})) {
      if (entry.subject && entry.body) (templates[kind] ??= {})[locale] = { subject: entry.subject, body: entry.body };
    }
  }
  const written = Object.entries(templates).flatMap(([kind, languages]) => Object.keys(languages).map((locale) => `${kind}.${locale}`));
  await saveSetup(tx, actor, campaign.id, "campaign.emailTemplates", { emailTemplates: templates }, { written });
  return { written };
}
