import type { Country, EmployerSector } from "../db/generated/enums";
import { publicDutyOf, type PublicDuty } from "./duty";

/**
 * What the application form needs to know of the public employers' postings: which get an
 * applicant list (the form then asks for the list's details), and the note beside each.
 */
export function publicPostingsOf(
  country: Country,
  postings: readonly { id: string; employer: { sector: EmployerSector } }[],
  notes: Record<PublicDuty, string>,
): { list: string[]; notes: Record<string, string> } {
  const duties = postings.flatMap((p) => {
    const duty = publicDutyOf(country, p.employer.sector);
    return duty ? [{ id: p.id, duty }] : [];
  });
  return {
    list: duties.filter((d) => d.duty === "applicantList").map((d) => d.id),
    notes: Object.fromEntries(duties.map((d) => [d.id, notes[d.duty]])),
  };
}
