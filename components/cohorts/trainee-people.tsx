import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { getTraineeDetail } from "@/lib/cohorts/trainee";
import { BuddyForm, type BuddyCohort } from "./buddy-form";
import { MentorForm } from "./mentor-form";

type Detail = Awaited<ReturnType<typeof getTraineeDetail>>;

/** Mentor and buddy: who they are now, and the forms to change them. */
export async function TraineePeople({ detail, slug }: { detail: Detail; slug: string }) {
  const t = await getTranslations("trainees");
  const { trainee } = detail;
  const cohorts: BuddyCohort[] = [];
  for (const candidate of detail.buddies) {
    let group = cohorts.find((c) => c.id === candidate.cohort.id);
    if (!group) cohorts.push((group = { ...candidate.cohort, trainees: [] }));
    group.trainees.push({ id: candidate.id, name: candidate.name });
  }
  const mentor = trainee.mentor?.personName && trainee.mentor.personEmail ? { name: trainee.mentor.personName, email: trainee.mentor.personEmail } : null;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("mentor.title")}>
        <p className="mb-4 text-sm">
          {mentor ? (
            <>
              {t("mentor.current", { name: mentor.name })}{" "}
              <a href={`mailto:${mentor.email}`} className="text-brand-700 underline">{mentor.email}</a>
            </>
          ) : (
            t("mentor.noneYet")
          )}
        </p>
        <MentorForm slug={slug} traineeId={trainee.id} mentor={mentor} contacts={detail.contacts} />
      </Card>
      <Card title={t("buddy.title")}>
        <p className="mb-4 text-sm">
          {trainee.buddy ? t("buddy.current", { name: trainee.buddy.name, cohort: trainee.buddy.cohort.name }) : t("buddy.noneYet")}
        </p>
        <BuddyForm slug={slug} traineeId={trainee.id} buddy={trainee.buddy} cohorts={cohorts} />
      </Card>
    </div>
  );
}
