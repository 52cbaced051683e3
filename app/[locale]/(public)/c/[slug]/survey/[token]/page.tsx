import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SurveyForm } from "@/components/surveys/survey-form";
import { Alert } from "@/components/ui/alert";
import type { AppLocale } from "@/lib/i18n/routing";
import { openSurvey, stateOf } from "@/lib/surveys/respond";

type Props = { params: Promise<{ locale: AppLocale; slug: string; token: string }> };

/** What the answer form's client components read: their own texts, validation and error codes. */
const FORM_NAMESPACES = ["survey", "validation", "errors"];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("survey");
  // The address is a secret: keep it out of search engines and out of other sites' logs.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** A follow-up survey answered by its personal link, without signing in: a trainee's or an employer's. */
export default async function SurveyPage({ params }: Props) {
  const { locale, slug, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("survey");
  const errors = await getTranslations("errors");
  const found = await openSurvey(slug, token);
  const state = found ? stateOf(found.survey, new Date()) : "invalid";
  if (!found || state !== "open") {
    const code = state === "answered" ? "surveyAnswered" : state === "expired" ? "surveyExpired" : "surveyInvalid";
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <Alert tone={state === "answered" ? "success" : "error"}>{errors(code)}</Alert>
      </div>
    );
  }
  const { consortium, survey } = found;
  const messages = (await getMessages()) as Record<string, unknown>;
  const values = { consortium: consortium.name, cohort: survey.cohort, name: survey.name };
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-muted">{survey.kind === "employer" ? t("leadEmployer", values) : t(`lead.${survey.wave}`, values)}</p>
        <p className="mt-2 text-sm text-muted">{t("privacy", { consortium: consortium.name })}</p>
      </div>
      <NextIntlClientProvider messages={Object.fromEntries(FORM_NAMESPACES.map((n) => [n, messages[n]]))}>
        <SurveyForm slug={slug} token={token} locale={locale} questions={survey.questions} municipalities={consortium.municipalities} />
      </NextIntlClientProvider>
    </div>
  );
}
