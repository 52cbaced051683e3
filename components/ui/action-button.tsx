"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import type { ActionResult } from "@/lib/server/errors";
import { Button } from "./button";

/**
 * A button that runs one server action, optionally after a confirmation step, then refreshes
 * the page (or goes to `then`). Errors are shown translated, next to the button.
 */
export function ActionButton<A extends unknown[], T = unknown>({
  action,
  args,
  children,
  confirm,
  variant = "secondary",
  then,
  label,
}: {
  action: (...args: A) => Promise<ActionResult<T>>;
  args: A;
  children: ReactNode;
  /** Asked in the page (not a browser dialog), with a confirm and a cancel button. */
  confirm?: { question: string; yes: string };
  variant?: "primary" | "secondary" | "danger";
  /** Where to go afterwards; a function picks by the action's result (client callers only). */
  then?: string | ((data: T) => string);
  /** The button's accessible name when its text alone is ambiguous ("Delete" in every row). */
  label?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await action(...args);
        if (!result.ok) return setError(t(`errors.${result.error}`));
        setAsking(false);
        if (then) router.push(typeof then === "string" ? then : then(result.data));
        router.refresh();
      } catch {
        setError(t("errors.network"));
      }
    });
  return (
    <div className="space-y-2">
      {asking && confirm ? (
        <div role="group" aria-label={confirm.question} className="space-y-2 rounded-md border border-slate-300 p-3">
          <p className="text-sm">{confirm.question}</p>
          <div className="flex gap-2">
            <Button variant={variant} onClick={run} disabled={pending}>{confirm.yes}</Button>
            <Button variant="secondary" onClick={() => setAsking(false)} disabled={pending}>{t("app.cancel")}</Button>
          </div>
        </div>
      ) : (
        <Button variant={variant} aria-label={label} onClick={() => (confirm ? setAsking(true) : run())} disabled={pending}>{children}</Button>
      )}
      {error ? <p role="alert" className="text-sm text-red-800">{error}</p> : null}
    </div>
  );
}
