import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { getCandidate } from "@/lib/ratings/service";

type Candidate = Awaited<ReturnType<typeof getCandidate>>;

/** The other reviewers' ratings, once one's own is given (coordinators see them at once). */
export async function RatingsOfOthers({ candidate }: { candidate: Candidate }) {
  const t = await getTranslations("ratings");
  const roles = await getTranslations("roles");
  return (
    <Card title={t("othersTitle")}>
      {candidate.hiddenOthers > 0 ? (
        <p className="text-sm text-muted">{t("othersHidden", { count: candidate.hiddenOthers })}</p>
      ) : candidate.others.length === 0 ? (
        <p className="text-sm text-muted">{t("noOthers")}</p>
      ) : (
        <ul className="space-y-3 text-sm">
          {candidate.others.map((e) => (
            <li key={e.reviewerId} className="border-b border-slate-100 pb-2">
              <span className="font-medium">{e.reviewer ? (e.reviewer.user.name ?? e.reviewer.user.email) : t("formerReviewer")}</span>
              {e.reviewer ? <span className="text-muted">{` · ${roles(e.reviewer.role)}${e.reviewer.employer ? ` · ${e.reviewer.employer.name}` : ""}`}</span> : null}
              <span className="block">{t("ratingLine", { rating: e.rating })}</span>
              {e.comment ? <span className="block text-muted">{e.comment}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
