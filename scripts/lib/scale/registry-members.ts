// The small tables of each scale consortium, built in memory and written in one statement per
// table: the consortium, its staff accounts, 50 member employers with a contact each, the fee
// schedule and the follow-up question bank.
import { FIELDS, type FieldKey } from "../../../prisma/seed/fields";
import { NORWEGIAN, SWEDISH } from "../../../prisma/seed/names";
import { Rng } from "../../../prisma/seed/random";
import { DEFAULT_QUESTIONS } from "../../../lib/surveys/defaults";
import { accountEmail, cc, EMPLOYERS, ids, langOf, slugOf, type Lang } from "./plan";
import { regionOf, TRADES } from "./regions";
import type { Row } from "./insert";

export interface ScaleEmployer {
  k: number;
  id: string;
  name: string;
  municipality: string;
  memberSince: string;
  memberUntil: string | null;
  status: "ACTIVE" | "PAUSED" | "LEFT";
  fields: FieldKey[];
}

export interface ScaleConsortium {
  c: number;
  id: string;
  name: string;
  lang: Lang;
  timeZone: string;
  municipalities: string[];
  employers: ScaleEmployer[];
}

const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];
const LEFT = new Set([17, 34, 45]);
const PAUSED = new Set([23, 46]);
const STAFF = [
  { role: "COORDINATOR", key: "coordinator" },
  { role: "STEERING", key: "steering" },
] as const;

export const catalogueOf = (lang: Lang) => (lang === "sv" ? SWEDISH : NORWEGIAN);

function sizeBand(count: number): string {
  if (count < 10) return "UNDER_10";
  if (count < 50) return "FROM_10_TO_49";
  if (count < 150) return "FROM_50_TO_149";
  return count < 250 ? "FROM_150_TO_249" : "FROM_250";
}

/** Founders (1–20) joined in 2016; the others one by one up to 2025; a few left or paused. */
function membership(k: number): Pick<ScaleEmployer, "memberSince" | "memberUntil" | "status"> {
  const since = k <= 20 ? `2016-${String(1 + (k % 4) * 3).padStart(2, "0")}-01` : `${2017 + Math.floor(((k - 21) * 9) / 30)}-${String(1 + (k % 12)).padStart(2, "0")}-01`;
  if (LEFT.has(k)) return { memberSince: since, memberUntil: `${Math.min(Number(since.slice(0, 4)) + 4, 2025)}-12-31`, status: "LEFT" };
  return { memberSince: since, memberUntil: null, status: PAUSED.has(k) ? "PAUSED" : "ACTIVE" };
}

function employerName(lang: Lang, k: number, region: string, municipalities: string[], rng: Rng): { name: string; municipality: string; sector: "PUBLIC" | "PRIVATE" } {
  const municipality = municipalities[(k - 1) % municipalities.length];
  if (k <= municipalities.length) return { name: `${municipality} ${lang === "sv" ? "kommun" : "kommune"}`, municipality, sector: "PUBLIC" };
  if (k === municipalities.length + 1) return { name: lang === "sv" ? `Region ${region}` : `${region} fylkeskommune`, municipality: municipalities[0], sector: "PUBLIC" };
  return { name: `${municipality} ${rng.pick(TRADES[lang])} ${k} ${lang === "sv" ? "AB" : "AS"}`, municipality, sector: "PRIVATE" };
}

export function buildConsortium(c: number): ScaleConsortium {
  const lang = langOf(c);
  const region = regionOf(c, lang);
  const rng = new Rng(`scale-${c}`);
  const employers = Array.from({ length: EMPLOYERS }, (_, i) => {
    const k = i + 1;
    const { name, municipality } = employerName(lang, k, region.name, region.municipalities, rng);
    const fields = rng.sample(FIELD_KEYS, 3);
    return { k, id: ids.employer(c, k), name, municipality, fields, ...membership(k) };
  });
  return {
    c,
    id: ids.consortium(c),
    name: `Trainee ${region.name} ${cc(c)}`,
    lang,
    timeZone: lang === "sv" ? "Europe/Stockholm" : "Europe/Oslo",
    municipalities: [...region.municipalities].sort((a, b) => a.localeCompare(b, lang)),
    employers,
  };
}

export function consortiumRows(k: ScaleConsortium): Row[] {
  const sv = k.lang === "sv";
  return [{
    id: k.id, slug: slugOf(k.c), name: k.name, country: sv ? "SE" : "NO", currency: sv ? "SEK" : "NOK", defaultLocale: k.lang,
    timeZone: k.timeZone, retentionMonths: 60, municipalities: k.municipalities, createdAt: "2016-01-01T08:00:00Z", updatedAt: "2016-01-01T08:00:00Z",
  }];
}

export function employerRows(k: ScaleConsortium): Row[] {
  const rng = new Rng(`scale-employers-${k.c}`);
  return k.employers.map((e) => {
    const isPublic = e.k <= k.municipalities.length + 1;
    const employeeCount = isPublic ? rng.int(400, 9000) : rng.weighted([[rng.int(3, 9), 1], [rng.int(10, 49), 4], [rng.int(50, 149), 3], [rng.int(150, 600), 2]]);
    const orgNumber = k.lang === "sv" ? String(5_560_000_000 + k.c * 1000 + e.k).replace(/^(\d{6})/, "$1-") : String(910_000_000 + k.c * 1000 + e.k).replace(/^(\d{3})(\d{3})/, "$1 $2 ");
    const createdAt = `${e.memberSince}T0${(e.k % 9) + 1}:00:00Z`;
    return {
      id: e.id, consortiumId: k.id, name: e.name, orgNumber, sector: isPublic ? "PUBLIC" : "PRIVATE", sizeBand: sizeBand(employeeCount), employeeCount,
      turnoverMinor: isPublic ? null : String(BigInt(employeeCount) * 130_000_000n), municipality: e.municipality,
      about: FIELDS[e.fields[0]][k.lang].work, website: isPublic ? `https://www.${e.id}.example` : null,
      memberSince: e.memberSince, memberUntil: e.memberUntil, status: e.status, createdAt, updatedAt: createdAt,
    };
  });
}

/** Coordinator, steering group and one contact per member employer (the first one's is the account). */
export function staffRows(k: ScaleConsortium): { users: Row[]; memberships: Row[] } {
  const rng = new Rng(`scale-staff-${k.c}`);
  const people = catalogueOf(k.lang);
  const person = () => `${rng.pick(rng.chance(0.5) ? people.womenFirst : people.menFirst)} ${rng.pick(people.last)}`;
  const at = "2016-01-01T08:00:00Z";
  const users: Row[] = [];
  const memberships: Row[] = [];
  const add = (userId: string, membershipId: string, email: string, role: string, employerId: string | null) => {
    users.push({ id: userId, email, name: person(), emailVerified: at, locale: k.lang, lastConsortiumId: k.id, createdAt: at, updatedAt: at });
    memberships.push({ id: membershipId, consortiumId: k.id, userId, role, employerId, createdAt: at, updatedAt: at });
  };
  for (const s of STAFF) add(ids.staffUser(k.c, s.key), ids.staffMembership(k.c, s.key), accountEmail(k.c, s.key), s.role, null);
  for (const e of k.employers) {
    const email = e.k === 1 ? accountEmail(k.c, "employer") : `contact.${e.k}@${e.id}.example`;
    add(ids.contactUser(k.c, e.k), ids.contactMembership(k.c, e.k), email, "EMPLOYER", e.id);
  }
  return { users, memberships };
}

/** The demo consortia's schedules: a flat fee in Sweden, employee tiers in Norway, and per hire. */
export function feeRuleRows(k: ScaleConsortium): Row[] {
  const rule = (n: number, kind: string, amountMinor: number, description: string, min: string | null = null, max: string | null = null) => ({
    id: ids.feeRule(k.c, n), consortiumId: k.id, kind, amountMinor, minThreshold: min, maxThreshold: max, description,
    employerId: null, validFrom: "2016-01-01", validUntil: null, createdAt: "2016-01-01T08:00:00Z", updatedAt: "2016-01-01T08:00:00Z",
  });
  return k.lang === "sv"
    ? [rule(1, "MEMBERSHIP_FLAT", 3_000_000, "Medlemsavgift per år"), rule(2, "PER_HIRE", 3_000_000, "Avgift per anställd trainee"), rule(3, "PER_POSTING", 1_000_000, "Avgift per publicerad annons")]
    : [
        rule(1, "MEMBERSHIP_TIER_EMPLOYEES", 2_500_000, "Årlig medlemskontingent, under 150 ansatte", "0", "150"),
        rule(2, "MEMBERSHIP_TIER_EMPLOYEES", 4_500_000, "Årlig medlemskontingent, 150 ansatte eller flere", "150", null),
        rule(3, "PER_HIRE", 4_500_000, "Gebyr per ansatt trainee"),
      ];
}

/** The ready-made question bank, as ensureQuestionBank writes it, with ids the answers can name. */
export function questionRows(k: ScaleConsortium): Row[] {
  const positions = { TRAINEE: 0, EMPLOYER: 0 };
  return DEFAULT_QUESTIONS.map((q) => ({
    id: ids.question(k.c, q.key), consortiumId: k.id, audience: q.audience, kind: q.kind, key: q.key, label: q.label, options: q.options ?? [],
    required: q.required ?? false, position: ++positions[q.audience], createdAt: "2016-01-01T08:00:00Z", updatedAt: "2016-01-01T08:00:00Z",
  }));
}
