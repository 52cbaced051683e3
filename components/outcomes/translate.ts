import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Translate } from "@/lib/outcomes/format";

/**
 * A translator from the catalog root in an explicit locale: the board report is written in the
 * consortium's language whatever language the reader's interface is in.
 */
export async function outcomeTranslator(locale: AppLocale): Promise<Translate> {
  const t = await getTranslations({ locale });
  return (key, values) => t(key, values);
}
