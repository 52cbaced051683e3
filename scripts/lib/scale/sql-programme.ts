// The trainee year around each trainee (tr): attendance at the cohort's gatherings, the follow-up
// surveys that are due by today (END at the end, YEAR_1 and YEAR_3 only with alumni consent), and
// what members are billed for: each published posting and each hire.
import { NOW } from "./sql-applications";

export const INSERT_ATTENDANCE = `
INSERT INTO "Attendance" (id, "consortiumId", "gatheringId", "traineeId", status, "updatedAt")
SELECT r.id || '-at' || g.n, r.cid, ga.id, r.id,
       (CASE WHEN ga."startsAt" >= ${NOW} THEN 'INVITED'
             WHEN pg_temp.rnd(r.key * 10 + g.n, 100) < 0.90 THEN 'PRESENT'
             WHEN pg_temp.rnd(r.key * 10 + g.n, 100) < 0.97 THEN 'EXCUSED' ELSE 'ABSENT' END)::"AttendanceStatus",
       CASE WHEN ga."startsAt" >= ${NOW} THEN ga."invitedAt" ELSE ga."endsAt" END
  FROM tr r CROSS JOIN generate_series(1, 6) AS g(n)
  JOIN "Gathering" ga ON ga.id = format('sc%s-g%s-%s', r.cc, r.y, g.n)
 WHERE r.ended IS NULL OR ga."startsAt" < r.ended`;

/** Where each wave finds the trainee: the end answer, then some who stayed have moved away. */
const WAVES = `
  CROSS JOIN LATERAL (SELECT r.stays AND pg_temp.rnd(r.key, 92) >= 0.15 AS lives1) l1
  CROSS JOIN LATERAL (SELECT l1.lives1 AND pg_temp.rnd(r.key, 93) >= 0.2 AS lives3) l3
  CROSS JOIN LATERAL (VALUES
    ('END', 0, r.stays, r.works, r.muni, r.end_answered, r.status = 'COMPLETED'),
    ('YEAR_1', 12, l1.lives1, l1.lives1 AND r.works,
     CASE WHEN l1.lives1 OR NOT r.stays THEN r.muni ELSE pg_temp.pick(r.elsewhere, r.key, 94) END, pg_temp.rnd(r.key, 95) < 0.75, r.consent),
    ('YEAR_3', 36, l3.lives3, l3.lives3 AND r.works,
     CASE WHEN l3.lives3 OR NOT r.stays THEN r.muni ELSE pg_temp.pick(r.elsewhere, r.key, 96) END, pg_temp.rnd(r.key, 97) < 0.60, r.consent)
  ) AS v(wave, months, lives, works, muni, answered, eligible)
  CROSS JOIN LATERAL (SELECT (r.finish + interval '1 month' * v.months) + time '07:00' AS sent) s
  CROSS JOIN LATERAL (SELECT CASE WHEN v.answered THEN s.sent + interval '1 hour' * floor(pg_temp.rnd(r.key, 98 + v.months) * 300) END AS at) a`;

const q = (key: string) => `format('sc%s-q-${key}', r.cc)`;
const yesNo = (value: string) => `CASE WHEN ${value} THEN 'yes' ELSE 'no' END`;

/** The answers keyed by question id, as the survey form stores them; end-only questions at the end only. */
const ANSWERS = `jsonb_strip_nulls(jsonb_build_object(
  ${q("residence")}, v.muni,
  ${q("works_in_region")}, ${yesNo("v.works")},
  ${q("work_municipality")}, CASE WHEN v.works THEN pg_temp.pick(t.munis, r.key, 110 + v.months) END,
  ${q("offered_job")}, CASE WHEN v.wave = 'END' THEN lower(r.offered) END,
  ${q("accepted_offer")}, CASE WHEN v.wave = 'END' AND r.offered = 'YES' THEN lower(r.accepted) END,
  ${q("would_have_moved")}, CASE WHEN v.wave = 'END' THEN pg_temp.pick(ARRAY['yes', 'no', 'already'], r.key, 111) END,
  ${q("scale_courses")}, CASE WHEN v.wave = 'END' THEN 3 + floor(pg_temp.rnd(r.key, 112) * 3)::int END,
  ${q("scale_network")}, CASE WHEN v.wave = 'END' THEN 2 + floor(pg_temp.rnd(r.key, 113) * 4)::int END,
  ${q("scale_follow_up")}, CASE WHEN v.wave = 'END' THEN 3 + floor(pg_temp.rnd(r.key, 114) * 3)::int END))`;

export const INSERT_FOLLOW_UPS = `
INSERT INTO "FollowUp" (id, "consortiumId", "traineeId", wave, email, "expiresAt", questions, "sentAt", "remindedAt", "answeredAt",
  "livesInRegion", "worksInRegion", municipality, answers)
SELECT r.id || '-f' || v.months, r.cid, r.id, v.wave::"FollowUpWave", r.email, s.sent + interval '60 days',
       CASE WHEN v.wave = 'END' THEN t.q_end ELSE t.q_later END, s.sent,
       CASE WHEN a.at IS NULL OR a.at > s.sent + interval '7 days' THEN s.sent + interval '7 days' END, a.at,
       (CASE WHEN a.at IS NULL THEN 'UNKNOWN' WHEN v.lives THEN 'YES' ELSE 'NO' END)::"TriState",
       (CASE WHEN a.at IS NULL THEN 'UNKNOWN' WHEN v.works THEN 'YES' ELSE 'NO' END)::"TriState",
       CASE WHEN a.at IS NOT NULL THEN v.muni END,
       CASE WHEN a.at IS NOT NULL THEN ${ANSWERS} ELSE '{}'::jsonb END
  FROM tr r JOIN cat t ON t.c = r.c ${WAVES}
 WHERE v.eligible AND s.sent <= ${NOW}`;

export const INSERT_BILLABLE_EVENTS = `
INSERT INTO "BillableEvent" (id, "consortiumId", "employerId", kind, "occurredAt", "postingId", "traineeId")
SELECT p.id || '-b', p."consortiumId", p."employerId", 'POSTING_PUBLISHED'::"BillableKind", p."publishedAt", p.id, NULL
  FROM "Posting" p WHERE p."publishedAt" IS NOT NULL AND p."consortiumId" IN (SELECT cid FROM cat)
UNION ALL
SELECT r.id || '-b', r.cid, r.employer, 'TRAINEE_HIRED'::"BillableKind", r.hired_at, NULL, r.id FROM tr r`;
