// The demo accounts the seed creates, listed once for the seed, the README and the e2e tests.
// Sign in with any of these addresses; the magic link lands in the dev mailbox. A person with two
// memberships (anna@kohort.example) is listed once per membership.

export type DemoRole = "COORDINATOR" | "EMPLOYER" | "STEERING" | "APPLICANT" | "TRAINEE";

export interface DemoAccount {
  email: string;
  name: string;
  consortiumSlug: string;
  role: DemoRole;
  note: string;
}

/** The two demo consortia the accounts belong to. */
export const DEMO_CONSORTIA = [
  {
    slug: "trainee-varmland",
    name: "Trainee Värmland",
    country: "SE",
    currency: "SEK",
    defaultLocale: "sv",
    timeZone: "Europe/Stockholm",
  },
  {
    slug: "trainee-innlandet",
    name: "Trainee Innlandet",
    country: "NO",
    currency: "NOK",
    defaultLocale: "nb",
    timeZone: "Europe/Oslo",
  },
] as const;

export type DemoConsortiumSlug = (typeof DEMO_CONSORTIA)[number]["slug"];

export const DEMO_ACCOUNTS = [
  {
    email: "coordinator@varmland.example",
    name: "Maria Sundberg",
    consortiumSlug: "trainee-varmland",
    role: "COORDINATOR",
    note: "Runs Trainee Värmland: members, campaign, screening, cohorts, fees.",
  },
  {
    email: "employer@varmland.example",
    name: "Johan Lindqvist",
    consortiumSlug: "trainee-varmland",
    role: "EMPLOYER",
    note: "Contact for Karlstads kommun: its postings, its applicants to rate, its trainees.",
  },
  {
    email: "steering@varmland.example",
    name: "Lars Bergström",
    consortiumSlug: "trainee-varmland",
    role: "STEERING",
    note: "Steering group of Trainee Värmland: read-only outcomes across cohorts.",
  },
  {
    email: "applicant@varmland.example",
    name: "Elin Karlsson",
    consortiumSlug: "trainee-varmland",
    role: "APPLICANT",
    note: "Has a submitted application with two ranked postings in the open campaign (2027/28).",
  },
  {
    email: "trainee@varmland.example",
    name: "Amir Nilsson",
    consortiumSlug: "trainee-varmland",
    role: "TRAINEE",
    note: "A trainee of the running cohort (2026/27): placements, gatherings, check-ins, mentor and buddy.",
  },
  {
    email: "coordinator@innlandet.example",
    name: "Ingrid Haugen",
    consortiumSlug: "trainee-innlandet",
    role: "COORDINATOR",
    note: "Runs Trainee Innlandet: members, campaign, screening, cohorts, fees.",
  },
  {
    email: "employer@innlandet.example",
    name: "Kristian Bakken",
    consortiumSlug: "trainee-innlandet",
    role: "EMPLOYER",
    note: "Contact for Hamar kommune: its postings, its applicants to rate, its trainees.",
  },
  {
    email: "steering@innlandet.example",
    name: "Tone Solberg",
    consortiumSlug: "trainee-innlandet",
    role: "STEERING",
    note: "Steering group of Trainee Innlandet: read-only outcomes across cohorts.",
  },
  {
    email: "applicant@innlandet.example",
    name: "Sofie Lunde",
    consortiumSlug: "trainee-innlandet",
    role: "APPLICANT",
    note: "Has a submitted application with two ranked postings in the open campaign (2027/28).",
  },
  {
    email: "trainee@innlandet.example",
    name: "Jonas Nygård",
    consortiumSlug: "trainee-innlandet",
    role: "TRAINEE",
    note: "A trainee of the running cohort (2026/27): placements, gatherings, check-ins, mentor and buddy.",
  },
  {
    email: "anna@kohort.example",
    name: "Anna Holm",
    consortiumSlug: "trainee-varmland",
    role: "COORDINATOR",
    note: "Two memberships: coordinator here, steering group in Trainee Innlandet (consortium switcher).",
  },
  {
    email: "anna@kohort.example",
    name: "Anna Holm",
    consortiumSlug: "trainee-innlandet",
    role: "STEERING",
    note: "Two memberships: steering group here, coordinator in Trainee Värmland (consortium switcher).",
  },
] as const satisfies readonly (DemoAccount & { consortiumSlug: DemoConsortiumSlug })[];
