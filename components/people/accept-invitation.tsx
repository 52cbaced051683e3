"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { acceptInvitationAction } from "@/lib/people/actions";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

export function AcceptInvitation({ slug, token }: { slug: string; token: string }) {
  const t = useTranslations("join");
  const errors = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await acceptInvitationAction({ slug, token });
            if (result.ok) router.push(`/c/${result.data.slug}`);
            else setError(errors(result.error));
          })
        }
      >
        {t("accept")}
      </Button>
    </div>
  );
}
