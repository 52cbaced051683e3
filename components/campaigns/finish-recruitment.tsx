"use client";

import { useTranslations } from "next-intl";
import { finishRecruitmentAction } from "@/lib/campaigns/actions";
import { ActionButton } from "../ui/action-button";
import { Card } from "../ui/card";

interface FinishRecruitmentProps {
  slug: string;
  campaignId: string;
  deadlinePassed: boolean;
  /** When the closing emails went out, already formatted; null while not done. */
  finishedAt: string | null;
  /** When personal data of applicants not hired is erased, already formatted. */
  erasedOn: string;
  /** When that erasure was done, already formatted; null while not done. */
  erasedAt: string | null;
}

/** Ends recruitment after the deadline: undecided applications rejected, one closing email each. */
export function FinishRecruitment({ slug, campaignId, deadlinePassed, finishedAt, erasedOn, erasedAt }: FinishRecruitmentProps) {
  const t = useTranslations("campaigns.finish");
  return (
    <Card title={t("title")}>
      <div className="max-w-2xl space-y-3 text-sm">
        <p>{t("lead")}</p>
        {finishedAt ? (
          <p>{t("done", { date: finishedAt })}</p>
        ) : deadlinePassed ? (
          <ActionButton
            action={finishRecruitmentAction}
            args={[slug, { campaignId }]}
            variant="danger"
            confirm={{ question: t("confirm"), yes: t("confirmYes") }}
          >
            {t("button")}
          </ActionButton>
        ) : (
          <p>{t("notYet")}</p>
        )}
        <p>{erasedAt ? t("erased", { date: erasedAt }) : t("erasure", { date: erasedOn })}</p>
      </div>
    </Card>
  );
}
