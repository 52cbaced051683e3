"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/availability";

/**
 * Never shows the error's message: only a translated apology and the reference to quote. When the
 * database went away during this very request, the same words as the 503 page (decision 0023).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const away = useTranslations("unavailable");
  if (error.digest === DATABASE_UNAVAILABLE_DIGEST) {
    return (
      <main id="main" className="mx-auto max-w-2xl px-4 py-16">
        <h1 className="text-2xl font-bold">{away("title")}</h1>
        <p className="mt-3">{away("body")}</p>
        <p className="mb-6 mt-3">{away("hint")}</p>
        <Button onClick={reset}>{away("retry")}</Button>
      </main>
    );
  }
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-3">{t("body")}</p>
      {error.digest ? <p className="mb-6 text-sm text-muted">{t("reference", { id: error.digest })}</p> : null}
      <Button onClick={reset}>{t("retry")}</Button>
    </main>
  );
}
