"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/availability";

/**
 * An unexpected failure of one page inside the consortium, shown in the app's frame (menu kept).
 * Never the error's message: a translated apology and the reference to quote.
 */
export default function TenantError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const away = useTranslations("unavailable");
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{unavailable ? away("title") : t("title")}</h1>
      <p className="mb-6 mt-3">{unavailable ? away("body") : t("body")}</p>
      {!unavailable && error.digest ? <p className="mb-6 text-sm text-muted">{t("reference", { id: error.digest })}</p> : null}
      <Button onClick={reset}>{unavailable ? away("retry") : t("retry")}</Button>
    </div>
  );
}
