"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { revokeInvitationAction } from "@/lib/people/actions";
import { Button } from "../ui/button";

export function RevokeInvitationButton({ slug, invitationId, email }: { slug: string; invitationId: string; email: string }) {
  const t = useTranslations("people");
  const errors = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeInvitationAction(slug, { invitationId });
            if (result.ok) router.refresh();
            else setError(errors(result.error));
          })
        }
      >
        {t("revoke")}
        <span className="sr-only"> {email}</span>
      </Button>
      {error ? <p role="alert" className="text-sm text-red-800">{error}</p> : null}
    </>
  );
}
