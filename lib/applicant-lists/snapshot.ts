import type { EducationLevel, Gender } from "../db/generated/enums";

// The two lists as they are drawn up at publication (pure, so the seed and the tests share it):
// the public list of offentleglova § 25 — name, age, position, municipality for each applicant,
// or "exempted" for those the employer let off it, always with the number of applicants and their
// gender — and the extended list of forvaltningslovforskriften § 15 for the applicants, which adds
// education and work experience and names everyone (docs/decisions/0051).

export interface ListEntry {
  applicationId: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  birthYear: number | null;
  position: string | null;
  municipality: string | null;
  education: { level: EducationLevel; field: string; university: string; graduationYear: number };
  experience: string | null;
  /** The employer granted the applicant's request to be left off the public list. */
  exempted: boolean;
}

export type PublicRow = { name: string; age: number | null; position: string | null; municipality: string | null } | { exempted: true };
export interface ExtendedRow {
  name: string;
  age: number | null;
  position: string | null;
  municipality: string | null;
  education: ListEntry["education"];
  experience: string | null;
}
export type GenderCounts = Record<Gender, number>;

export interface DrawnLists {
  total: number;
  genders: GenderCounts;
  publicRows: PublicRow[];
  extendedRows: ExtendedRow[];
  applicationIds: string[];
}

/** Age on the list: the year of publication less the year of birth (the form asks only the year). */
export function ageIn(year: number, birthYear: number | null): number | null {
  return birthYear ? year - birthYear : null;
}

export function drawLists(entries: readonly ListEntry[], year: number, collation = "nb"): DrawnLists {
  const collator = new Intl.Collator(collation);
  const byName = [...entries].sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.applicationId.localeCompare(b.applicationId));
  const row = (e: ListEntry) => ({ name: `${e.firstName} ${e.lastName}`, age: ageIn(year, e.birthYear), position: e.position, municipality: e.municipality });
  const genders: GenderCounts = { WOMAN: 0, MAN: 0, OTHER: 0, UNDISCLOSED: 0 };
  for (const e of entries) genders[e.gender] += 1;
  // The exempted come last, in no order of their names, so their place cannot hint at who they are.
  const exempted = entries.filter((e) => e.exempted).sort((a, b) => a.applicationId.localeCompare(b.applicationId));
  return {
    total: entries.length,
    genders,
    publicRows: [...byName.filter((e) => !e.exempted).map(row), ...exempted.map(() => ({ exempted: true as const }))],
    extendedRows: byName.map((e) => ({ ...row(e), education: e.education, experience: e.experience })),
    applicationIds: byName.map((e) => e.applicationId),
  };
}
