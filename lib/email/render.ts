import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { translatorFor } from "../i18n/messages";
import type { AppLocale } from "../i18n/routing";
import { InvitationEmail, type InvitationEmailProps } from "./templates/invitation-email";
import { SignInEmail, type SignInEmailProps } from "./templates/sign-in-email";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type EmailMessage =
  | { template: "sign-in"; props: SignInEmailProps }
  | { template: "invitation"; props: InvitationEmailProps };

const SUBJECTS: Record<EmailMessage["template"], string> = {
  "sign-in": "signIn.subject",
  invitation: "invitation.subject",
};

export async function renderEmail(message: EmailMessage, locale: AppLocale) {
  const t = translatorFor(locale, "email");
  const element =
    message.template === "sign-in"
      ? createElement(SignInEmail, { ...message.props, t, lang: locale })
      : createElement(InvitationEmail, { ...message.props, t, lang: locale });
  const html = await render(element);
  const subjectValues: Record<string, string> =
    "consortiumName" in message.props ? { consortium: message.props.consortiumName } : {};
  return { subject: t(SUBJECTS[message.template], subjectValues), html, text: toPlainText(html) };
}
