import type { Role } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { enqueueEmail } from "../email/outbox";
import type { PostingEmailKind } from "../email/templates/posting-email";
import { env } from "../env";
import type { AppLocale } from "../i18n/routing";

export interface NotifyContext {
  consortiumId: string;
  slug: string;
  consortiumName: string;
  defaultLocale: AppLocale;
}

/**
 * Mails the other side of a posting's review, in the same transaction as the step: coordinators
 * when a posting is submitted, the employer's contacts when it is returned, approved or published.
 * Each in their own language, or the consortium's.
 */
export async function notifyPostingStep(
  tx: Tx,
  ctx: NotifyContext,
  posting: { id: string; title: string; employerId: string; employerName: string },
  kind: PostingEmailKind,
  comment?: string,
) {
  const audience: { role: Role; employerId?: string } =
    kind === "submitted" ? { role: "COORDINATOR" } : { role: "EMPLOYER", employerId: posting.employerId };
  const recipients = await tx.membership.findMany({
    where: { consortiumId: ctx.consortiumId, ...audience },
    select: { user: { select: { email: true, locale: true } } },
  });
  for (const { user } of recipients) {
    const locale = user.locale ?? ctx.defaultLocale;
    await enqueueEmail(tx, {
      template: "posting",
      to: user.email,
      locale,
      consortiumId: ctx.consortiumId,
      props: {
        kind,
        title: posting.title,
        employer: posting.employerName,
        consortiumName: ctx.consortiumName,
        comment,
        url: `${env.APP_URL}/${locale}/c/${ctx.slug}/postings/${posting.id}`,
      },
    });
  }
}
