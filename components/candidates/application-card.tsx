import { getTranslations } from "next-intl/server";
import { ApplicationVideo } from "@/components/videos/application-video";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { getCandidate } from "@/lib/ratings/service";

type Candidate = Awaited<ReturnType<typeof getCandidate>>;

/** What the applicant sent: ties, ranked postings, video, CV, letter and the campaign's questions with their answers. */
export async function ApplicationCard({ candidate, slug, locale, label }: { candidate: Candidate; slug: string; locale: AppLocale; label: string }) {
  const t = await getTranslations("ratings");
  const c = await getTranslations("candidate");
  const ties = await getTranslations("options.tie");
  const questions = Array.isArray(candidate.campaign.extraQuestions) ? (candidate.campaign.extraQuestions as { key: string; label: Record<string, string> }[]) : [];
  const answers = (candidate.extraAnswers ?? {}) as Record<string, unknown>;
  return (
    <Card title={t("applicationTitle")}>
      <p className="text-sm">{t("tiesLine", { ties: candidate.applicant.ties.map((tie) => ties(tie)).join(", ") })}</p>
      <h3 className="mt-3 text-sm font-semibold">{t("postings")}</h3>
      <ol className="list-decimal pl-6 text-sm">
        {candidate.preferences.map((p) => <li key={p.rank}>{`${p.posting.title} – ${p.posting.employer.name}`}</li>)}
      </ol>
      <h3 className="mt-3 text-sm font-semibold">{t("video")}</h3>
      <ApplicationVideo slug={slug} application={candidate} title={t("videoTitle", { name: label })} summaryLabel={t("videoSummary")} />
      <h3 className="mt-3 text-sm font-semibold">{c("cvTitle")}</h3>
      {candidate.cvFileKey ? (
        <p className="text-sm">
          <a href={`/api/c/${slug}/applications/${candidate.id}/cv`} className="text-brand-700 underline">{t("cv", { name: candidate.cvFileName ?? "cv.pdf" })}</a>
        </p>
      ) : (
        <p className="text-sm text-muted">{c("noCv")}</p>
      )}
      {candidate.coverLetter ? (
        <>
          <h3 className="mt-3 text-sm font-semibold">{c("letterTitle")}</h3>
          <p className="whitespace-pre-wrap text-sm">{candidate.coverLetter}</p>
        </>
      ) : null}
      {questions.length ? (
        <>
          <h3 className="mt-3 text-sm font-semibold">{c("answersTitle")}</h3>
          <dl className="space-y-2 text-sm">
            {questions.map((q) => (
              <div key={q.key}>
                <dt className="font-medium">{localized(q.label, locale)}</dt>
                <dd className="whitespace-pre-wrap">{typeof answers[q.key] === "string" && answers[q.key] ? String(answers[q.key]) : <span className="text-muted">{c("noAnswer")}</span>}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </Card>
  );
}
