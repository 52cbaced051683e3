import { getLocale, getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions";
import { buttonClass } from "../ui/button";

export async function SignOutButton() {
  const locale = await getLocale();
  const t = await getTranslations("nav");
  return (
    <form action={signOutAction.bind(null, locale)}>
      <button type="submit" className={buttonClass("secondary")}>
        {t("signOut")}
      </button>
    </form>
  );
}
