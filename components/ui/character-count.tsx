"use client";

import { useFormatter, useTranslations } from "next-intl";

/**
 * "123 / 6,000" with a limited text, or "240 characters too many" once past the limit, so the
 * writer knows how much to cut before sending. Wire its id into the field's aria-describedby.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const t = useTranslations("app");
  const format = useFormatter();
  const over = length - max;
  return (
    <p id={id} className={`text-xs ${over > 0 ? "font-semibold text-red-800" : "text-muted"}`}>
      {over > 0 ? t("charactersTooMany", { count: over }) : t("characterCount", { count: format.number(length), max: format.number(max) })}
    </p>
  );
}
