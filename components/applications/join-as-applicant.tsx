"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { joinAsApplicantAction } from "@/lib/applications/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

export function JoinAsApplicant({ slug, posting }: { slug: string; posting?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const start = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await joinAsApplicantAction({ slug });
        if (!result.ok) return setError(t(`errors.${result.error}`));
        router.push({ pathname: `/c/${slug}/apply`, query: posting ? { posting } : {} });
      } catch {
        setError(t("errors.network"));
      }
    });
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="button" onClick={start} disabled={pending}>{t("apply.start.button")}</Button>
    </div>
  );
}
