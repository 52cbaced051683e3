import { getTranslations } from "next-intl/server";
import { mentorContact } from "@/lib/trainees/selects";

interface Assignment {
  id: string;
  kind: "MENTOR" | "BUDDY";
  personName: string | null;
  personEmail: string | null;
  buddy: { name: string; email: string | null } | null;
}

/** Mentor and buddy, each with an email link when there is one. */
export async function MentorList({ mentors }: { mentors: Assignment[] }) {
  const t = await getTranslations("programme.mentors");
  if (mentors.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      {mentors.map((m) => {
        const contact = mentorContact(m);
        return (
          <div key={m.id}>
            <dt className="text-muted">{t(m.kind)}</dt>
            <dd>
              <span className="font-medium">{contact.name}</span>
              {contact.email ? (
                <a href={`mailto:${contact.email}`} className="block text-brand-700 underline">
                  {contact.email}
                </a>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
