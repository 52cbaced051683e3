import type { Country, EmployerSector } from "../db/generated/enums";
import { utcToZoned, zonedToUtc } from "../i18n/zoned-time";

// What a posting of a public member means for its applicants (docs/decisions/0050): in Norway
// the employer draws up a public applicant list after the deadline (offentleglova § 25) and an
// extended list for the applicants (forvaltningslovforskriften § 15); in Sweden the application
// becomes a public document (allmän handling, tryckfrihetsförordningen 2 kap.). Private
// employers have neither.
export type PublicDuty = "applicantList" | "publicDocument";

export function publicDutyOf(country: Country, sector: EmployerSector): PublicDuty | null {
  if (sector !== "PUBLIC") return null;
  return country === "NO" ? "applicantList" : "publicDocument";
}

/** The postings among `postings` whose applicants go on an applicant list. */
export function listPostingIds(country: Country, postings: readonly { id: string; sector: EmployerSector }[]): string[] {
  return postings.filter((p) => publicDutyOf(country, p.sector) === "applicantList").map((p) => p.id);
}

/** How long an applicant whose request was refused has to withdraw before the lists may be published. */
export const WITHDRAW_DAYS = 7;

/** 23:59 on the consortium's clock, `days` days after the day `from` falls on there. */
export function withdrawDeadline(from: Date, timeZone: string, days = WITHDRAW_DAYS): Date {
  const day = new Date(`${utcToZoned(from, timeZone).slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return zonedToUtc(`${day.toISOString().slice(0, 10)}T23:59`, timeZone);
}
