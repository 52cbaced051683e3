import { Text } from "@react-email/components";
import { EmailLayout } from "./layout";
import type { Translate } from "../render";

export interface SignInEmailProps {
  /** Our page with the "Sign in" button (opening it uses nothing up), not the callback itself. */
  url: string;
  /** Six digits to type on the "check your email" page instead. */
  code: string;
  minutes: number;
  codeMinutes: number;
}

export function SignInEmail({ url, code, minutes, codeMinutes, t, lang }: SignInEmailProps & { t: Translate; lang: string }) {
  return (
    <EmailLayout
      lang={lang}
      preview={t("signIn.preview")}
      heading={t("signIn.heading")}
      action={{ label: t("signIn.button"), href: url }}
      footer={t("signIn.ignore")}
    >
      <Text>{t("signIn.body", { minutes })}</Text>
      <Text>{t("signIn.codeLead", { minutes: codeMinutes })}</Text>
      <Text style={{ fontSize: "28px", fontWeight: 700, letterSpacing: "6px", fontFamily: "monospace" }}>{code}</Text>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = { url: "http://localhost:3000/sv/sign-in/link?token=preview&email=anna%40example.com", code: "123456", minutes: 15, codeMinutes: 10 };
