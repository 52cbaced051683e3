"use client";

import { useTranslations } from "next-intl";
import { useId, type FormEventHandler, type ReactNode } from "react";
import { Alert } from "../ui/alert";

interface SetupFormProps {
  title: string;
  lead: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  formError: string | null;
  /** A translated message about the form as a whole (the list is too short, a language has errors). */
  listError?: string;
  succeeded: boolean;
  children: ReactNode;
}

/** One of the campaign set-up forms: named by its heading, with its error and "saved" messages. */
export function SetupForm({ title, lead, onSubmit, formError, listError, succeeded, children }: SetupFormProps) {
  const t = useTranslations("campaigns.setup");
  const headingId = useId();
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="space-y-4">
      <div>
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted">{lead}</p>
      </div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {listError ? <Alert tone="error">{listError}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("saved")}</Alert> : null}
      {children}
    </form>
  );
}
