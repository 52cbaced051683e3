// Every email an applicant can get, by kind. The wording of each is the catalog's
// `email.applicant.<kind>` unless the coordinator wrote the campaign's own
// (`Campaign.emailTemplates[kind][locale] = { subject, body }`), with the same {placeholders}:
// each list holds every placeholder the catalog's wording uses and every value the mail is sent
// with ({consortium} always), and nothing else (tests/unit/campaign-setup.test.ts).
export const APPLICANT_EMAIL_KINDS = {
  received: ["name", "cohort", "deadline", "retainUntil", "consortium"],
  withdrawn: ["name", "cohort", "consortium"],
  interviewInvited: ["name", "cohort", "consortium"],
  interviewBooked: ["name", "cohort", "when", "place", "consortium"],
  interviewReminder: ["name", "cohort", "when", "place", "consortium"],
  interviewCancelled: ["name", "cohort", "when", "place", "consortium"],
  offer: ["name", "employer", "title", "start", "consortium"],
  offerWithdrawn: ["name", "employer", "title", "consortium"],
  hired: ["name", "employer", "title", "cohort", "start", "consortium"],
  declined: ["name", "employer", "title", "consortium"],
  closing: ["name", "cohort", "retainUntil", "consortium"],
  // Sent by the coordinator to many at once from the review table (lib/review/bulk-email.ts).
  update: ["name", "cohort", "stage", "consortium"],
  shortlisted: ["name", "cohort", "consortium"],
  notSelected: ["name", "cohort", "consortium"],
  // {details}: what the coordinator needs, written each time (required).
  moreInfo: ["name", "cohort", "details", "consortium"],
} as const satisfies Record<string, readonly string[]>;

export type ApplicantEmailKind = keyof typeof APPLICANT_EMAIL_KINDS;

/** The {placeholders} of a text that the kind's mail has no value for. */
export function unknownPlaceholders(kind: ApplicantEmailKind, value: string): string[] {
  const allowed: readonly string[] = APPLICANT_EMAIL_KINDS[kind];
  return [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => !allowed.includes(name));
}
