import { Text } from "@react-email/components";
import { EmailLayout } from "./layout";
import type { Translate } from "../render";

export type PostingEmailKind = "submitted" | "returned" | "approved" | "published";

export interface PostingEmailProps {
  kind: PostingEmailKind;
  title: string;
  employer: string;
  consortiumName: string;
  comment?: string;
  url: string;
}

/** Tells the other side of a posting's review that it is their turn. */
export function PostingEmail({ t, lang, ...p }: PostingEmailProps & { t: Translate; lang: string }) {
  const values = { title: p.title, employer: p.employer, consortium: p.consortiumName };
  return (
    <EmailLayout
      lang={lang}
      preview={t(`posting.${p.kind}.heading`, values)}
      heading={t(`posting.${p.kind}.heading`, values)}
      action={{ label: t("posting.button"), href: p.url }}
      footer={t("posting.footer", values)}
    >
      <Text>{t(`posting.${p.kind}.body`, values)}</Text>
      {p.comment ? <Text style={{ borderLeft: "4px solid #1d4ed8", paddingLeft: "12px" }}>{p.comment}</Text> : null}
    </EmailLayout>
  );
}

PostingEmail.PreviewProps = {
  kind: "returned",
  title: "Trainee inom samhällsplanering",
  employer: "Karlstads kommun",
  consortiumName: "Trainee Värmland",
  comment: "Beskriv handledningen.",
  url: "http://localhost:3000/sv/c/trainee-varmland/postings/preview",
} satisfies PostingEmailProps;
