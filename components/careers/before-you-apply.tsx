import { getTranslations } from "next-intl/server";

/**
 * What an applicant needs before starting, said before the form: a PDF CV and a video link, with
 * how to make one on a phone. Shown on the career page and on each posting page.
 */
export async function BeforeYouApply({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = await getTranslations("careers.before");
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="before-you-apply" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <Heading id="before-you-apply" className="text-base font-semibold">{t("title")}</Heading>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t("cv")}</li>
        <li>{t("video")}</li>
        <li>{t("ranking")}</li>
      </ul>
      <p className="mt-3 font-medium">{t("howToTitle")}</p>
      <ol className="mt-1 list-decimal space-y-1 pl-5">
        <li>{t("howToRecord")}</li>
        <li>{t("howToUpload")}</li>
        <li>{t("howToPaste")}</li>
      </ol>
    </section>
  );
}
