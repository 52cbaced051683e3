// The applicants of every consortium, computed once into a temp table (ap) and written from there
// as Applicant, their User (everyone applied through the app, so everyone can sign in) and their
// Membership (APPLICANT, or TRAINEE once hired, as accepting an offer makes it).
import { APPLICANT_ACCOUNT, APPLICANTS, CAMPAIGNS, FIRST_YEAR, HIRE_EVERY, HIRES, STEP, TRAINEE_ACCOUNT } from "./plan";

/** Whether applicant a is hired: position HIRE_EVERY·j (j < HIRES) of the closed campaign a/STEP. */
export const HIRED_APPLICANT = `(a / ${STEP} < ${CAMPAIGNS - 1} AND a % ${STEP} % ${HIRE_EVERY} = 0 AND a % ${STEP} / ${HIRE_EVERY} < ${HIRES})`;

export const STAGE_APPLICANTS = `
CREATE TEMP TABLE ap AS
WITH base AS (
  SELECT t.*, a, t.c::bigint * 1000000 + a AS key, greatest(0, least(${CAMPAIGNS - 1}, a / ${STEP} - 1)) AS k0, ${HIRED_APPLICANT} AS hired
    FROM cat t CROSS JOIN generate_series(0, ${APPLICANTS - 1}) AS a),
person AS (
  SELECT b.*,
         CASE WHEN r < 0.52 THEN 'WOMAN' WHEN r < 0.94 THEN 'MAN' WHEN r < 0.96 THEN 'OTHER' ELSE 'UNDISCLOSED' END AS gender,
         pg_temp.pick(b.universities, b.key, 5) AS university
    FROM base b CROSS JOIN LATERAL (SELECT pg_temp.rnd(b.key, 1) AS r) x),
named AS (
  SELECT p.*, pg_temp.pick(CASE WHEN p.gender = 'MAN' OR (p.gender <> 'WOMAN' AND pg_temp.rnd(p.key, 2) < 0.5) THEN p.men ELSE p.women END, p.key, 3) AS first,
         pg_temp.pick(p.last, p.key, 4) AS surname,
         pg_temp.rnd(p.key, 6) < 0.4 AS grew, p.university = p.regional AS studied, pg_temp.rnd(p.key, 7) < 0.12 AS partner
    FROM person p)
SELECT n.c, n.cc, n.cid, n.lang, n.a, n.key, n.k0, n.hired, n.gender, n.first, n.surname, n.university,
       format('sc%s-a%s', n.cc, n.a) AS id, format('sc%s-ua%s', n.cc, n.a) AS user_id, format('sc%s-ma%s', n.cc, n.a) AS membership_id,
       CASE n.a WHEN ${APPLICANT_ACCOUNT} THEN format('applicant@scale-%s.example', n.cc)
                WHEN ${TRAINEE_ACCOUNT} THEN format('trainee@scale-%s.example', n.cc)
                ELSE format('%s.%s.%s%s@example.com', pg_temp.fold(n.first), pg_temp.fold(n.surname), n.cc, n.a) END AS email,
       CASE WHEN pg_temp.rnd(n.key, 8) < 0.6 THEN 'MASTER' WHEN pg_temp.rnd(n.key, 8) < 0.95 THEN 'BACHELOR' ELSE 'PHD' END AS education,
       pg_temp.pick(n.fields, n.key, 9) AS field,
       CASE WHEN NOT (n.grew OR n.studied OR n.partner) THEN ARRAY['NONE']
            ELSE array_remove(ARRAY[CASE WHEN n.grew THEN 'GREW_UP' END, CASE WHEN n.studied THEN 'STUDIED' END,
                                    CASE WHEN n.partner THEN 'PARTNER_FAMILY' END], NULL) END AS ties,
       pg_temp.rnd(n.key, 10) < CASE WHEN n.studied THEN 0.8 WHEN n.partner THEN 0.6 WHEN n.grew THEN 0.4 ELSE 0.05 END AS lives,
       m.opens + (m.closes - m.opens) * pg_temp.rnd(n.key, 11) AS created
  FROM named n JOIN camp m ON m.c = n.c AND m.k = n.k0`;

const HEARD_FROM = `CASE WHEN h < 0.30 THEN 'SOCIAL_MEDIA' WHEN h < 0.50 THEN 'UNIVERSITY' WHEN h < 0.65 THEN 'CAREER_FAIR' WHEN h < 0.80 THEN 'FRIEND'
  WHEN h < 0.88 THEN 'EMPLOYER' WHEN h < 0.96 THEN 'SEARCH' WHEN h < 0.99 THEN 'OTHER' END`;

export const INSERT_APPLICANTS = `
INSERT INTO "Applicant" (id, "consortiumId", "userId", "firstName", "lastName", email, phone, "educationLevel", field, university,
  "graduationYear", ties, "livesInRegion", "heardFrom", "genderDescription", gender, "processingConsentAt", "talentPoolConsentAt",
  "talentPoolExpiresAt", "createdAt", "updatedAt")
SELECT p.id, p.cid, p.user_id, p.first, p.surname, p.email,
       CASE WHEN pg_temp.rnd(p.key, 12) < 0.85 THEN
         CASE p.lang WHEN 'sv' THEN format('07%s-%s %s %s', substr(d, 1, 1), substr(d, 2, 3), substr(d, 5, 2), substr(d, 7, 2))
                     ELSE format('%s%s %s %s', CASE WHEN substr(d, 1, 1)::int % 2 = 0 THEN '4' ELSE '9' END, substr(d, 2, 2), substr(d, 4, 2), substr(d, 6, 3)) END
       END,
       p.education::"EducationLevel", p.field, p.university, ${FIRST_YEAR} + p.k0 - floor(pg_temp.rnd(p.key, 13) * 3)::int,
       p.ties::"RegionTie"[], p.lives, (${HEARD_FROM})::"HeardFrom",
       CASE WHEN p.gender = 'OTHER' THEN CASE p.lang WHEN 'sv' THEN 'Icke-binär' ELSE 'Ikke-binær' END END, p.gender::"Gender",
       p.created, pool.at, pool.at + interval '12 months', p.created, p.created
  FROM ap p
  CROSS JOIN LATERAL (SELECT lpad((abs(hashint8extended(p.key, 14)) % 100000000)::text, 8, '0') AS d, pg_temp.rnd(p.key, 15) AS h) x
  CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.rnd(p.key, 16) < 0.35 THEN p.created END AS at) pool`;

export const INSERT_APPLICANT_USERS = `
INSERT INTO "User" (id, email, name, "emailVerified", locale, "lastConsortiumId", "createdAt", "updatedAt")
SELECT user_id, email, first || ' ' || surname, created, lang::"Locale", cid, created, created FROM ap`;

export const INSERT_APPLICANT_MEMBERSHIPS = `
INSERT INTO "Membership" (id, "consortiumId", "userId", role, "employerId", "createdAt", "updatedAt")
SELECT membership_id, cid, user_id, (CASE WHEN hired THEN 'TRAINEE' ELSE 'APPLICANT' END)::"Role", NULL, created, created FROM ap`;

