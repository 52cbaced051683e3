// The hires as trainees, computed once into a temp table (tr): who they are (from the applicant),
// how their year ended, what they answered at the end and later (the outcome fields follow the end
// survey, as answering it sets them), then their placements, mentor and buddy, and check-ins.
import { RUNNING_YEAR } from "./plan";
import { NOW } from "./sql-applications";

export const STAGE_TRAINEES = `
CREATE TEMP TABLE tr AS
WITH h AS (
  SELECT x.c, x.cc, x.cid, x.y, x.hire_j AS j, x.trainee AS id, x.applicant, x.employer1 AS employer, x.t_answer AS hired_at, x.start,
         m.finish, x.coord_user, x.key, p.user_id, p.first || ' ' || p.surname AS name, p.email, p.gender, p.education, p.field, p.ties,
         CASE WHEN x.y = ${RUNNING_YEAR} THEN 'ACTIVE' WHEN pg_temp.rnd(x.key, 60) < 0.07 THEN 'DROPPED_OUT' ELSE 'COMPLETED' END AS status
    FROM app x JOIN ap p ON p.c = x.c AND p.a = x.a JOIN camp m ON m.c = x.c AND m.k = x.k
   WHERE x.hire_j IS NOT NULL),
o AS (
  SELECT h.*,
         CASE h.status WHEN 'DROPPED_OUT' THEN (h.start + interval '1 month' * (2 + floor(pg_temp.rnd(h.key, 61) * 6)::int))::date
                       WHEN 'COMPLETED' THEN h.finish END AS ended,
         CASE h.status WHEN 'COMPLETED' THEN CASE WHEN pg_temp.rnd(h.key, 62) < 0.75 THEN 'YES' ELSE 'NO' END
                       WHEN 'DROPPED_OUT' THEN 'NO' ELSE 'UNKNOWN' END AS offered,
         pg_temp.rnd(h.key, 63) < 0.85 AS accepts, pg_temp.rnd(h.key, 64) < 0.5 AS other_job
    FROM h),
w AS (
  SELECT o.*,
         CASE WHEN o.offered = 'YES' THEN CASE WHEN o.accepts THEN 'YES' ELSE 'NO' END ELSE 'UNKNOWN' END AS accepted,
         o.status = 'COMPLETED' AND ((o.offered = 'YES' AND o.accepts) OR o.other_job) AS works
    FROM o),
s AS (
  SELECT w.*, w.status = 'COMPLETED' AND (w.works OR pg_temp.rnd(w.key, 65) < 0.3) AS stays,
         w.status = 'COMPLETED' AND pg_temp.rnd(w.key, 66) < 0.85 AS consent
    FROM w)
SELECT s.*, t.munis, t.elsewhere,
       CASE WHEN s.status = 'ACTIVE' OR s.stays THEN pg_temp.pick(t.munis, s.key, 67) ELSE pg_temp.pick(t.elsewhere, s.key, 67) END AS muni,
       CASE WHEN s.status = 'COMPLETED' THEN CASE WHEN s.accepted = 'YES' THEN 'NO' WHEN s.works THEN 'YES' ELSE 'NO' END
            WHEN s.status = 'DROPPED_OUT' THEN 'NO' ELSE 'UNKNOWN' END AS other,
       s.status = 'COMPLETED' AND pg_temp.rnd(s.key, 68) < 0.88 AS end_answered,
       pg_temp.rnd(s.key, 69) < 0.25 AS rotates,
       (SELECT employer FROM hosts hs WHERE hs.c = s.c AND hs.y = s.y AND hs.employer <> s.employer
         ORDER BY pg_temp.rnd(s.key * 100 + hs.n, 70) LIMIT 1) AS second_host
  FROM s JOIN cat t ON t.c = s.c`;

export const INSERT_TRAINEES = `
INSERT INTO "Trainee" (id, "consortiumId", "cohortId", "applicantId", "userId", name, email, gender, "educationLevel", field, ties, status,
  "endedAt", "dropoutReason", "alumniConsentAt", "offeredJob", "acceptedOffer", "otherJobInRegion", "residenceMunicipality", "createdAt", "updatedAt")
SELECT r.id, r.cid, format('sc%s-h%s', r.cc, r.y), r.applicant, r.user_id, r.name, r.email, r.gender::"Gender", r.education::"EducationLevel",
       r.field, r.ties::"RegionTie"[], r.status::"TraineeStatus", r.ended, CASE WHEN r.status = 'DROPPED_OUT' THEN t.dropout END,
       CASE WHEN r.consent THEN r.finish - 10 + time '12:00' END, r.offered::"TriState", r.accepted::"TriState", r.other::"TriState",
       r.muni, r.hired_at, coalesce(r.ended + time '16:00', r.hired_at)
  FROM tr r JOIN cat t ON t.c = r.c`;

/** The hiring employer for the year, or for its first half and another member for the second; cut short by a dropout. */
export const INSERT_PLACEMENTS = `
INSERT INTO "Placement" (id, "consortiumId", "traineeId", "employerId", "startDate", "endDate", "createdAt", "updatedAt")
SELECT r.id || '-pl' || v.n, r.cid, r.id, v.employer, v.from_day, least(v.to_day, coalesce(r.ended, v.to_day)), r.hired_at, r.hired_at
  FROM tr r
  CROSS JOIN LATERAL (VALUES
    (1, r.employer, r.start, CASE WHEN r.rotates THEN (r.start + interval '6 months')::date - 1 ELSE r.finish END),
    (2, r.second_host, (r.start + interval '6 months')::date, r.finish)
  ) AS v(n, employer, from_day, to_day)
 WHERE (v.n = 1 OR (r.rotates AND r.second_host IS NOT NULL)) AND (r.ended IS NULL OR v.from_day <= r.ended)`;

/** A mentor at the hiring employer; a buddy from the cohort before (same place in its list). */
export const INSERT_MENTORS = `
INSERT INTO "MentorAssignment" (id, "consortiumId", "traineeId", kind, "personName", "personEmail", "buddyTraineeId", "createdAt")
SELECT r.id || '-mentor', r.cid, r.id, 'MENTOR'::"MentorKind", m.name, pg_temp.fold(m.name) || '@' || r.employer || '.example', NULL, r.start - 7 + time '09:00'
  FROM tr r JOIN cat t ON t.c = r.c
  CROSS JOIN LATERAL (SELECT pg_temp.pick(CASE WHEN pg_temp.rnd(r.key, 71) < 0.5 THEN t.women ELSE t.men END, r.key, 72) || ' ' ||
                             pg_temp.pick(t.last, r.key, 73) AS name) m
UNION ALL
SELECT r.id || '-buddy', r.cid, r.id, 'BUDDY'::"MentorKind", NULL, NULL, b.id, r.start - 7 + time '09:00'
  FROM tr r JOIN tr b ON b.c = r.c AND b.y = r.y - 1 AND b.j = r.j`;

/**
 * Months 1 and 6 and the end (month 12 falls after the end), as checkInDates plans them; past ones
 * done, but for a few in the running cohort, overdue for the coordinator to act on.
 */
export const INSERT_CHECKINS = `
INSERT INTO "CheckIn" (id, "consortiumId", "traineeId", "monthOffset", "dueDate", "completedAt", "completedById", wellbeing, "nextSteps",
  "sharedNote", "privateNote")
SELECT r.id || '-c' || coalesce(v.m, 0), r.cid, r.id, v.m, v.due, d.at, CASE WHEN d.at IS NOT NULL THEN r.coord_user END,
       CASE WHEN d.at IS NOT NULL THEN 2 + floor(pg_temp.rnd(r.key * 10 + v.n, 81) * 4)::int END,
       CASE WHEN d.at IS NOT NULL AND pg_temp.rnd(r.key * 10 + v.n, 82) < 0.5 THEN pg_temp.pick(t.shared, r.key * 10 + v.n, 83) END,
       CASE WHEN d.at IS NOT NULL THEN pg_temp.pick(t.shared, r.key * 10 + v.n, 84) END,
       CASE WHEN d.at IS NOT NULL AND pg_temp.rnd(r.key * 10 + v.n, 85) < 0.6 THEN pg_temp.pick(t.private, r.key * 10 + v.n, 86) END
  FROM tr r JOIN cat t ON t.c = r.c
  CROSS JOIN LATERAL (VALUES (1, 1, (r.start + interval '1 month')::date), (2, 6, (r.start + interval '6 months')::date),
                             (3, NULL::int, r.finish)) AS v(n, m, due)
  CROSS JOIN LATERAL (SELECT CASE WHEN v.due < ${NOW}::date AND (r.status <> 'ACTIVE' OR pg_temp.rnd(r.key * 10 + v.n, 80) >= 0.1)
                                  THEN v.due + (floor(pg_temp.rnd(r.key * 10 + v.n, 87) * 7)::int) + time '12:00' END AS at) d
 WHERE r.ended IS NULL OR v.due <= r.ended`;
