import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { translatorFor } from "../i18n/messages";
import type { AppLocale } from "../i18n/routing";
import { ApplicantEmail, applicantSubject, type ApplicantEmailProps } from "./templates/applicant-email";
import { ApplicantListEmail, applicantListSubject, type ApplicantListEmailProps } from "./templates/applicant-list-email";
import { GatheringEmail, gatheringSubject, type GatheringEmailProps } from "./templates/gathering-email";
import { InvitationEmail, type InvitationEmailProps } from "./templates/invitation-email";
import { PostingEmail, type PostingEmailProps } from "./templates/posting-email";
import { SignInEmail, type SignInEmailProps } from "./templates/sign-in-email";
import { SurveyEmail, surveySubject, type SurveyEmailProps } from "./templates/survey-email";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type EmailMessage =
  | { template: "sign-in"; props: SignInEmailProps }
  | { template: "invitation"; props: InvitationEmailProps }
  | { template: "posting"; props: PostingEmailProps }
  | { template: "applicant"; props: ApplicantEmailProps }
  | { template: "applicant-list"; props: ApplicantListEmailProps }
  | { template: "survey"; props: SurveyEmailProps }
  | { template: "gathering"; props: GatheringEmailProps };

function subjectOf(message: EmailMessage, t: Translate): string {
  switch (message.template) {
    case "sign-in":
      return t("signIn.subject");
    case "invitation":
      return t("invitation.subject", { consortium: message.props.consortiumName });
    case "posting":
      return t(`posting.${message.props.kind}.heading`, { title: message.props.title, employer: message.props.employer });
    case "applicant":
      return applicantSubject(message.props, t);
    case "applicant-list":
      return applicantListSubject(message.props, t);
    case "survey":
      return surveySubject(message.props, t);
    case "gathering":
      return gatheringSubject(message.props);
  }
}

function elementOf(message: EmailMessage, t: Translate, lang: AppLocale) {
  switch (message.template) {
    case "sign-in":
      return createElement(SignInEmail, { ...message.props, t, lang });
    case "invitation":
      return createElement(InvitationEmail, { ...message.props, t, lang });
    case "posting":
      return createElement(PostingEmail, { ...message.props, t, lang });
    case "applicant":
      return createElement(ApplicantEmail, { ...message.props, t, lang });
    case "applicant-list":
      return createElement(ApplicantListEmail, { ...message.props, t, lang });
    case "survey":
      return createElement(SurveyEmail, { ...message.props, t, lang });
    case "gathering":
      return createElement(GatheringEmail, { ...message.props, lang });
  }
}

export async function renderEmail(message: EmailMessage, locale: AppLocale) {
  const t = translatorFor(locale, "email");
  const html = await render(elementOf(message, t, locale));
  return { subject: subjectOf(message, t), html, text: toPlainText(html) };
}
