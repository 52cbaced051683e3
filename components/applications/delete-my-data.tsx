"use client";

import { useTranslations } from "next-intl";
import { deleteMyDataAction } from "@/lib/applications/actions";
import { ActionButton } from "../ui/action-button";

/** Erasure of one's own data here; it ends on a page that says what was deleted. */
export function DeleteMyData({ slug }: { slug: string }) {
  const t = useTranslations("me");
  return (
    <ActionButton
      action={deleteMyDataAction}
      args={[slug, { confirm: true }]}
      variant="danger"
      confirm={{ question: t("deleteQuestion"), yes: t("deleteYes") }}
      then={(data) => `/account-deleted?${new URLSearchParams({ from: slug, account: data.accountDeleted ? "1" : "0" })}`}
    >
      {t("delete")}
    </ActionButton>
  );
}
