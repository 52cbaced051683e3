import { customWording, mailApplicant } from "../applications/notify";
import { recordAuditEach } from "../audit/record";
import type { Tx } from "../db/tenant";
import { renderEmail } from "../email/render";
import { fillPlaceholders } from "../email/templates/applicant-email";
import { catalogs, translatorFor } from "../i18n/messages";
import type { AppLocale } from "../i18n/routing";
import { localesOf } from "../interviews/notify";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { APPLICANT_EMAIL_KINDS } from "../applications/email-kinds";
import type { BulkEmailKind, sendBulkEmailSchema } from "./schemas";
import { resolveSelection, type Selection } from "./selection";

export interface BulkEmailActor {
  consortium: { id: string; slug: string; name: string; defaultLocale: AppLocale };
  userId: string;
}

type SendInput = z.output<typeof sendBulkEmailSchema>;
type Draft = { subject: string; body: string };

/**
 * The applications a mail goes to, in the order chosen, each with its recipient's language (their
 * own, else the consortium's). Drafts were never sent, so they are not the coordinator's to write to.
 */
async function recipientsOf(tx: Tx, actor: BulkEmailActor, selection: Selection) {
  const ids = await resolveSelection(tx, actor.consortium.id, selection);
  const found = await tx.application.findMany({
    where: { id: { in: ids }, consortiumId: actor.consortium.id },
    select: {
      id: true,
      stage: true,
      applicant: { select: { firstName: true, email: true, userId: true } },
      campaign: { select: { emailTemplates: true, cohort: { select: { name: true } } } },
    },
  });
  if (found.length !== ids.length) throw new AppError("notFound");
  if (found.some((a) => a.stage === "DRAFT")) throw new AppError("notSubmitted");
  const locales = await localesOf(tx, found.map((a) => a.applicant.userId));
  const byId = new Map(found.map((a) => [a.id, a]));
  return ids.map((id) => {
    const a = byId.get(id)!;
    return { ...a, locale: locales.get(a.applicant.userId ?? "") ?? actor.consortium.defaultLocale };
  });
}

/** The kind's wording in one language as the coordinator starts from it: the campaign's own, else the catalog's. */
export function templateOf(templates: unknown, kind: BulkEmailKind, locale: AppLocale): Draft {
  const own = customWording(templates, kind, locale);
  if (own) return own;
  const entry = (catalogs[locale] as unknown as { email: { applicant: Record<string, Draft> } }).email.applicant[kind];
  return { subject: entry.subject, body: entry.body };
}

/** What the composer opens with: how many get the mail, in which languages, and the text to start from in each. */
export async function prepareBulkEmail(tx: Tx, actor: BulkEmailActor, selection: Selection, kind: BulkEmailKind) {
  const recipients = await recipientsOf(tx, actor, selection);
  const counts = new Map<AppLocale, number>();
  for (const r of recipients) counts.set(r.locale, (counts.get(r.locale) ?? 0) + 1);
  const templates = recipients[0]?.campaign.emailTemplates;
  return {
    count: recipients.length,
    languages: [...counts].map(([locale, count]) => ({ locale, count, draft: templateOf(templates, kind, locale) })),
    placeholders: [...APPLICANT_EMAIL_KINDS[kind]],
  };
}

function valuesOf(r: Awaited<ReturnType<typeof recipientsOf>>[number], input: Pick<SendInput, "details">) {
  return {
    name: r.applicant.firstName,
    cohort: r.campaign.cohort.name,
    stage: translatorFor(r.locale, "stages")(r.stage),
    ...(input.details ? { details: input.details } : {}),
  };
}

/** "More information needed" always says what: wording without {details} gets it as its last paragraph. */
function withDetails(kind: BulkEmailKind, draft: Draft): Draft {
  return kind === "moreInfo" && !draft.body.includes("{details}") ? { ...draft, body: `${draft.body}\n\n{details}` } : draft;
}

function draftFor(input: SendInput, locale: AppLocale): Draft {
  const draft = input.drafts[locale];
  if (!draft) throw new AppError("validation", { [`drafts.${locale}.body`]: "validation.required" });
  return withDetails(input.kind, draft);
}

/** The first recipient's mail exactly as it would go out: subject, address and plain text. */
export async function previewBulkEmail(tx: Tx, actor: BulkEmailActor, input: SendInput) {
  const [first] = await recipientsOf(tx, actor, input);
  const draft = draftFor(input, first.locale);
  const rendered = await renderEmail(
    { template: "applicant", props: { kind: input.kind, consortiumName: actor.consortium.name, values: valuesOf(first, input), custom: draft } },
    first.locale,
  );
  return { to: first.applicant.email, locale: first.locale, subject: rendered.subject, text: rendered.text };
}

/**
 * One mail to each chosen applicant in their language, from the wording written for that language;
 * one audit event per application with the subject sent. All in one transaction: an id of another
 * consortium or a draft, or a language without wording, and nothing is sent.
 */
export async function sendBulkEmail(tx: Tx, actor: BulkEmailActor, input: SendInput) {
  const recipients = await recipientsOf(tx, actor, input);
  for (const r of recipients) draftFor(input, r.locale);
  for (const r of recipients) {
    const draft = draftFor(input, r.locale);
    const values = { ...valuesOf(r, input), consortium: actor.consortium.name };
    await mailApplicant(tx, {
      consortium: actor.consortium,
      to: { email: r.applicant.email, locale: r.locale },
      kind: input.kind,
      path: "/me",
      values,
      custom: draft,
      applicationId: r.id,
    });
  }
  await recordAuditEach(
    tx,
    { consortiumId: actor.consortium.id, actorUserId: actor.userId, action: "application.emailed", targetType: "Application" },
    recipients.map((r) => ({ id: r.id, data: { kind: input.kind, subject: fillPlaceholders(draftFor(input, r.locale).subject, { ...valuesOf(r, input), consortium: actor.consortium.name }) } })),
  );
  return { sent: recipients.length };
}
