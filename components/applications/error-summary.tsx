"use client";

import { useTranslations } from "next-intl";
import { forwardRef } from "react";

export interface SummaryItem {
  /** The id of the control to go to. */
  target: string;
  label: string;
  message: string;
}

/**
 * Every problem of the form in one list at its top, each a link to its field. Focus is moved here
 * when sending fails, so a screen reader reads it and a phone scrolls to it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[] }>(function ErrorSummary({ items }, ref) {
  const t = useTranslations("apply.form");
  if (items.length === 0) return null;
  const go = (target: string) => {
    const control = document.getElementById(target);
    control?.focus();
    control?.scrollIntoView({ block: "center" });
  };
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="apply-error-summary-title"
      className="scroll-mt-20 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900 focus:outline focus:outline-2 focus:outline-offset-2 focus:outline-red-700"
    >
      <h2 id="apply-error-summary-title" className="font-semibold">{t("summaryTitle", { count: items.length })}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {items.map((item) => (
          <li key={`${item.target}-${item.message}`}>
            <a
              href={`#${item.target}`}
              className="underline"
              onClick={(e) => {
                e.preventDefault();
                go(item.target);
              }}
            >
              {`${item.label}: ${item.message}`}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
