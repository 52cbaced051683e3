import { Text } from "@react-email/components";
import { EmailLayout } from "./layout";
import type { Translate } from "../render";

export interface SignInEmailProps {
  url: string;
  minutes: number;
}

export function SignInEmail({ url, minutes, t, lang }: SignInEmailProps & { t: Translate; lang: string }) {
  return (
    <EmailLayout
      lang={lang}
      preview={t("signIn.preview")}
      heading={t("signIn.heading")}
      action={{ label: t("signIn.button"), href: url }}
      footer={t("signIn.ignore")}
    >
      <Text>{t("signIn.body", { minutes })}</Text>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = { url: "http://localhost:3000/api/auth/callback/email?token=preview", minutes: 15 };
