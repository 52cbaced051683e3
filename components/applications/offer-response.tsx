"use client";

import { useTranslations } from "next-intl";
import { respondToOfferAction } from "@/lib/offers/actions";
import { ActionButton } from "../ui/action-button";

export function OfferResponse({ slug, offerId }: { slug: string; offerId: string }) {
  const t = useTranslations("me");
  return (
    <div className="flex flex-wrap gap-3">
      <ActionButton action={respondToOfferAction} args={[slug, { offerId, accept: true }]} variant="primary" confirm={{ question: t("acceptQuestion"), yes: t("acceptYes") }}>
        {t("accept")}
      </ActionButton>
      <ActionButton action={respondToOfferAction} args={[slug, { offerId, accept: false }]} variant="danger" confirm={{ question: t("declineQuestion"), yes: t("declineYes") }}>
        {t("decline")}
      </ActionButton>
    </div>
  );
}
