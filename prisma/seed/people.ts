// Made-up people: applicants (and so trainees), mentors. Names and places follow the consortium's
// country; a few applicants come from elsewhere, which the steering group's funnel counts.
import { SCHEDULE, type CohortKey } from "./consortia";
import { FIELD_WEIGHTS, FIELDS, type FieldKey } from "./fields";
import { asciiFold } from "./random";
import type { Ctx } from "./types";

export type Tie = "GREW_UP" | "STUDIED" | "PARTNER_FAMILY" | "NONE";
export type Level = "BACHELOR" | "MASTER" | "PHD";
export type GenderValue = "WOMAN" | "MAN" | "OTHER" | "UNDISCLOSED";
export type HeardFromValue = "SOCIAL_MEDIA" | "CAREER_FAIR" | "UNIVERSITY" | "FRIEND" | "EMPLOYER" | "SEARCH" | "OTHER";

export interface Person {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  gender: GenderValue;
  genderDescription: string | null;
  educationLevel: Level;
  field: FieldKey;
  fieldLabel: string;
  university: string;
  graduationYear: number;
  ties: Tie[];
  livesInRegion: boolean;
  heardFrom: HeardFromValue | null;
}

const GENDERS: [GenderValue, number][] = [["WOMAN", 52], ["MAN", 42], ["OTHER", 2], ["UNDISCLOSED", 4]];
const LEVELS: [Level, number][] = [["MASTER", 60], ["BACHELOR", 35], ["PHD", 5]];
const HEARD_FROM: [HeardFromValue | null, number][] = [
  ["SOCIAL_MEDIA", 30], ["UNIVERSITY", 20], ["CAREER_FAIR", 15], ["FRIEND", 15], ["EMPLOYER", 8],
  ["SEARCH", 8], ["OTHER", 4], [null, 3],
];

export function pickFirstName(ctx: Ctx, gender: GenderValue): string {
  const { womenFirst, menFirst } = ctx.spec.people;
  if (gender === "WOMAN") return ctx.rng.pick(womenFirst);
  if (gender === "MAN") return ctx.rng.pick(menFirst);
  return ctx.rng.pick(ctx.rng.chance(0.5) ? womenFirst : menFirst);
}

/** A unique address at example.com: firstname.lastname.N@example.com. */
export function applicantEmail(ctx: Ctx, firstName: string, lastName: string): string {
  ctx.emailCounter += 1;
  return `${asciiFold(firstName)}.${asciiFold(lastName)}.${ctx.emailCounter}@example.com`;
}

/** A new applicant for a campaign; `field` forces the field (a hire matches the posting). */
export function makePerson(ctx: Ctx, key: CohortKey, field?: FieldKey): Person {
  const { rng, spec } = ctx;
  const gender = rng.weighted(GENDERS);
  const firstName = pickFirstName(ctx, gender);
  const lastName = rng.pick(spec.people.last);
  const fieldKey = field ?? rng.weighted(FIELD_WEIGHTS);
  const university = rng.weighted(spec.people.universities);
  const startYear = Number(SCHEDULE[key].start.slice(0, 4));
  const graduationYear = rng.weighted([[startYear - 3, 1], [startYear - 2, 3], [startYear - 1, 4], [startYear, 2]]);
  const ties: Tie[] = [];
  if (rng.chance(0.4)) ties.push("GREW_UP");
  if (university === spec.people.regionalUniversity) ties.push("STUDIED");
  if (rng.chance(0.12)) ties.push("PARTNER_FAMILY");
  if (ties.length === 0) ties.push("NONE");
  const livesInRegion = ties.includes("STUDIED")
    ? rng.chance(0.8)
    : ties.includes("PARTNER_FAMILY")
      ? rng.chance(0.6)
      : ties.includes("GREW_UP")
        ? rng.chance(0.4)
        : rng.chance(0.05);
  return {
    firstName,
    lastName,
    email: applicantEmail(ctx, firstName, lastName),
    phone: rng.chance(0.85) ? spec.people.phone(rng.chars(8, "0123456789")) : null,
    gender,
    genderDescription: gender === "OTHER" ? (ctx.lang === "sv" ? "Icke-binär" : "Ikke-binær") : null,
    educationLevel: rng.weighted(LEVELS),
    field: fieldKey,
    fieldLabel: FIELDS[fieldKey][ctx.lang].label,
    university,
    graduationYear,
    ties,
    livesInRegion,
    heardFrom: rng.weighted(HEARD_FROM),
  };
}

/** A mentor at the host employer, with an address that cannot reach anyone (.example). */
export function makeMentor(ctx: Ctx, employerName: string): { name: string; email: string } {
  const gender = ctx.rng.chance(0.5) ? "WOMAN" : "MAN";
  const first = pickFirstName(ctx, gender);
  const last = ctx.rng.pick(ctx.spec.people.last);
  return { name: `${first} ${last}`, email: `${asciiFold(first)}.${asciiFold(last)}@${asciiFold(employerName)}.example` };
}

/** A municipality in the region, or (when `away`) somewhere people move to. */
export function municipality(ctx: Ctx, away = false): string {
  return ctx.rng.pick(away ? ctx.spec.people.elsewhere : ctx.spec.people.regionMunicipalities);
}
