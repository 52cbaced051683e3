import { Text } from "@react-email/components";
import { EmailLayout } from "./layout";
import type { Translate } from "../render";

export interface InvitationEmailProps {
  url: string;
  consortiumName: string;
  role: string;
  inviterName: string;
  expiresInDays: number;
}

export function InvitationEmail(props: InvitationEmailProps & { t: Translate; lang: string }) {
  const { t, lang, url, consortiumName, inviterName, expiresInDays } = props;
  const roleLabel = t(`roles.${props.role}`);
  return (
    <EmailLayout
      lang={lang}
      preview={t("invitation.preview", { consortium: consortiumName })}
      heading={t("invitation.heading", { consortium: consortiumName })}
      action={{ label: t("invitation.button"), href: url }}
      footer={t("invitation.expires", { days: expiresInDays })}
    >
      <Text>{t("invitation.body", { inviter: inviterName, consortium: consortiumName, role: roleLabel })}</Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  url: "http://localhost:3000/sv/join/varmland/preview",
  consortiumName: "Trainee Värmland",
  role: "EMPLOYER",
  inviterName: "Anna Lind",
  expiresInDays: 7,
};
