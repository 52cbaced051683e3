"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { renewCalendarTokenAction } from "@/lib/trainees/actions";
import { ActionButton } from "../ui/action-button";
import { Button, buttonClass } from "../ui/button";

/**
 * The trainee's calendar feed: a URL to paste into a calendar app (which cannot sign in, so the
 * URL is the key), a copy button, one-tap subscribe links (webcal:// opens the phone's calendar
 * app; Google Calendar takes the same address), and a way to replace the URL if it has leaked.
 */
export function CalendarFeed({ slug, url }: { slug: string; url: string }) {
  const t = useTranslations("programme.calendar");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const webcal = url.replace(/^https?:/, "webcal:");
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Without clipboard access the URL stays selected for the person to copy themselves.
      setCopied(false);
    }
  };
  return (
    <div className="space-y-3">
      <p className="text-sm">{t("lead")}</p>
      <div>
        <label htmlFor={id} className="block text-sm font-medium">{t("url")}</label>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            ref={input}
            id={id}
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="block min-w-0 flex-1 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-xs"
          />
          <Button variant="secondary" onClick={copy}>{t("copy")}</Button>
        </div>
        <p role="status" className="mt-1 text-sm text-green-900">{copied ? t("copied") : null}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <a href={webcal} className={buttonClass("primary")}>{t("subscribe")}</a>
        <a href={`https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`} rel="noopener noreferrer" target="_blank" className={buttonClass("secondary")}>
          {t("subscribeGoogle")}
        </a>
      </div>
      <p className="text-sm text-muted">{t("secret")}</p>
      <ActionButton action={renewCalendarTokenAction} args={[slug, {}]} confirm={{ question: t("renewQuestion"), yes: t("renewYes") }}>
        {t("renew")}
      </ActionButton>
    </div>
  );
}
