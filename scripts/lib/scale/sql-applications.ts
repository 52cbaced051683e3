// Every application, computed once into a temp table (app): its stage, how far it got in review
// (level: 0 sent, 1 screening, 2 shortlisted, 3 interview), when each move happened and which
// postings it ranked. Applications, preferences, ratings, offers and the stage history are written
// from it. Closed campaigns are decided (hired, declined, withdrawn or rejected when recruitment
// finished); the open one is in review now.
import { APPLICANT_ACCOUNT, CAMPAIGNS, DECLINES, HIRE_EVERY, HIRES, TODAY, TWO_PLACE_POSTINGS } from "./plan";

const OPEN_K = CAMPAIGNS - 1;
export const NOW = `'${TODAY.toISOString().slice(0, 19).replace("T", " ")}'::timestamp`;

const OPEN_STAGE = `CASE WHEN r < 0.10 THEN 'DRAFT' WHEN r < 0.45 THEN 'SUBMITTED' WHEN r < 0.70 THEN 'SCREENING' WHEN r < 0.82 THEN 'SHORTLISTED'
  WHEN r < 0.87 THEN 'INTERVIEW' WHEN r < 0.95 THEN 'REJECTED' ELSE 'WITHDRAWN' END`;

export const STAGE_APPLICATIONS = `
CREATE TEMP TABLE app AS
WITH b AS (
  SELECT m.c, t.cc, m.cid, m.k, m.y, m.id AS campaign, m.opens, m.closes, m.hired, m.finished, m.start, m.postings AS np,
         m.k = ${OPEN_K} AS open, s, m.first + s AS a, (m.c::bigint * 100 + m.k) * 10000 + s AS key, t.coord_user, t.coord_member,
         CASE WHEN m.k < ${OPEN_K} AND s % ${HIRE_EVERY} = 0 AND s / ${HIRE_EVERY} < ${HIRES} THEN s / ${HIRE_EVERY} END AS hire_j,
         m.k < ${OPEN_K} AND s % ${HIRE_EVERY} = 4 AND s / ${HIRE_EVERY} < ${DECLINES} AS declined
    FROM camp m JOIN cat t ON t.c = m.c CROSS JOIN LATERAL generate_series(0, m.apps - 1) AS s),
st AS (
  SELECT b.*, x.r, pg_temp.rnd(b.key, 22) AS r2,
         CASE WHEN b.hire_j IS NOT NULL THEN 'HIRED' WHEN b.declined THEN 'WITHDRAWN' WHEN b.a = ${APPLICANT_ACCOUNT} AND b.open THEN 'SUBMITTED'
              WHEN b.open THEN ${OPEN_STAGE}
              ELSE CASE WHEN x.r < 0.04 THEN 'DRAFT' WHEN x.r < 0.07 THEN 'WITHDRAWN' ELSE 'REJECTED' END END AS stage
    FROM b CROSS JOIN LATERAL (SELECT pg_temp.rnd(b.key, 21) AS r) x),
lv AS (
  SELECT st.*,
         CASE WHEN hire_j IS NOT NULL OR declined THEN 3 WHEN stage = 'DRAFT' THEN NULL
              WHEN stage = 'SCREENING' THEN 1 WHEN stage = 'SHORTLISTED' THEN 2 WHEN stage = 'INTERVIEW' THEN 3
              WHEN stage = 'REJECTED' AND open THEN CASE WHEN r2 < 0.5 THEN 0 ELSE 1 END
              WHEN stage = 'REJECTED' THEN CASE WHEN r2 < 0.16 THEN 0 WHEN r2 < 0.64 THEN 1 WHEN r2 < 0.86 THEN 2 ELSE 3 END
              ELSE 0 END AS level,
         CASE WHEN stage = 'DRAFT' THEN NULL
              WHEN open THEN opens + (${NOW} - interval '1 hour' - opens) * pg_temp.rnd(key, 23)
              WHEN pg_temp.rnd(key, 24) < 0.55 THEN closes - interval '2 days' * pg_temp.rnd(key, 23)
              ELSE opens + (closes - interval '2 days' - opens) * pg_temp.rnd(key, 23) END AS submitted
    FROM st),
tm AS (
  SELECT lv.*,
         greatest(opens, coalesce(submitted - interval '1 minute' * (30 + 8000 * pg_temp.rnd(key, 25)),
                                  opens + (least(closes, ${NOW}) - opens) * pg_temp.rnd(key, 25))) AS created,
         CASE WHEN level >= 1 THEN CASE WHEN open THEN submitted + (${NOW} - submitted) * (0.2 + 0.2 * pg_temp.rnd(key, 26))
                                        ELSE closes + interval '1 day' + interval '6 days' * pg_temp.rnd(key, 26) END END AS t1,
         CASE WHEN level >= 2 THEN CASE WHEN open THEN submitted + (${NOW} - submitted) * (0.5 + 0.2 * pg_temp.rnd(key, 27))
                                        ELSE closes + interval '10 days' + interval '8 days' * pg_temp.rnd(key, 27) END END AS t2,
         CASE WHEN level >= 3 THEN CASE WHEN open THEN submitted + (${NOW} - submitted) * (0.8 + 0.1 * pg_temp.rnd(key, 28))
                                        ELSE closes + interval '20 days' + interval '10 days' * pg_temp.rnd(key, 28) END END AS t3,
         CASE WHEN hire_j IS NOT NULL OR declined THEN hired - interval '3 days' END AS t_offer,
         CASE WHEN hire_j IS NOT NULL THEN hired + interval '1 day' * (hire_j % 5) WHEN declined THEN hired + interval '2 days' END AS t_answer,
         CASE WHEN stage = 'WITHDRAWN' AND NOT declined THEN submitted + (least(closes, ${NOW}) - submitted) * pg_temp.rnd(key, 29)
              WHEN stage <> 'REJECTED' THEN NULL
              WHEN open THEN submitted + (${NOW} - submitted) * (0.45 + 0.5 * pg_temp.rnd(key, 29))
              WHEN level = 0 THEN closes + interval '2 days' + interval '8 days' * pg_temp.rnd(key, 29)
              WHEN level = 1 THEN closes + interval '8 days' + interval '14 days' * pg_temp.rnd(key, 29)
              WHEN level = 2 THEN closes + interval '19 days' + interval '10 days' * pg_temp.rnd(key, 29)
              ELSE finished END AS t_end,
         CASE WHEN a = ${APPLICANT_ACCOUNT} AND open THEN 2 WHEN pg_temp.rnd(key, 30) < 0.2 THEN 1 WHEN pg_temp.rnd(key, 30) < 0.5 THEN 2 ELSE 3 END AS npref,
         CASE WHEN hire_j IS NOT NULL THEN CASE WHEN hire_j < ${2 * TWO_PLACE_POSTINGS} THEN hire_j / 2 ELSE hire_j - ${TWO_PLACE_POSTINGS} END
              WHEN a = ${APPLICANT_ACCOUNT} AND open THEN 0 ELSE floor(pg_temp.rnd(key, 31) * np)::int END AS p1
    FROM lv)
SELECT tm.*, format('sc%s-x%s-%s', tm.cc, tm.y, tm.a) AS id, format('sc%s-a%s', tm.cc, tm.a) AS applicant,
       format('sc%s-ua%s', tm.cc, tm.a) AS applicant_user,
       CASE WHEN tm.hire_j IS NOT NULL THEN format('sc%s-t%s-%s', tm.cc, tm.y, tm.hire_j) END AS trainee,
       CASE tm.stage WHEN 'DRAFT' THEN tm.created WHEN 'SUBMITTED' THEN tm.submitted WHEN 'SCREENING' THEN tm.t1 WHEN 'SHORTLISTED' THEN tm.t2
                     WHEN 'INTERVIEW' THEN tm.t3 WHEN 'HIRED' THEN tm.t_answer ELSE coalesce(tm.t_answer, tm.t_end) END AS changed,
       CASE WHEN tm.a = ${APPLICANT_ACCOUNT} AND tm.open THEN 2 ELSE (tm.p1 + 1 + floor(pg_temp.rnd(tm.key, 32) * 9)::int) % tm.np END AS p2,
       (tm.p1 + 10 + floor(pg_temp.rnd(tm.key, 33) * 9)::int) % tm.np AS p3,
       format('sc%s-p%s-%s', tm.cc, tm.y, tm.p1) AS posting1, po."employerId" AS employer1
  FROM tm JOIN "Posting" po ON po.id = format('sc%s-p%s-%s', tm.cc, tm.y, tm.p1)`;

export const INSERT_APPLICATIONS = `
INSERT INTO "Application" (id, "consortiumId", "applicantId", "campaignId", stage, "videoUrl", "videoConfirmed", "coverLetter",
  "submittedAt", "stageChangedAt", "createdAt", "updatedAt")
SELECT x.id, x.cid, x.applicant, x.campaign, x.stage::"ApplicationStage",
       CASE WHEN x.stage <> 'DRAFT' OR pg_temp.rnd(x.key, 40) < 0.5 THEN 'https://www.youtube-nocookie.com/embed/' || substr(md5(x.id), 1, 11) END,
       x.stage <> 'DRAFT',
       CASE WHEN x.stage <> 'DRAFT' OR pg_temp.rnd(x.key, 41) < 0.5
            THEN concat_ws(' ', pg_temp.pick(t.cover1, x.key, 42), pg_temp.pick(t.cover2, x.key, 43), pg_temp.pick(t.cover3, x.key, 44)) END,
       x.submitted, x.changed, x.created, x.changed
  FROM app x JOIN cat t ON t.c = x.c`;

export const INSERT_PREFERENCES = `
INSERT INTO "ApplicationPreference" (id, "consortiumId", "applicationId", "postingId", rank)
SELECT x.id || '-' || v.rank, x.cid, x.id, format('sc%s-p%s-%s', x.cc, x.y, v.p), v.rank
  FROM app x CROSS JOIN LATERAL (VALUES (1, x.p1), (2, x.p2), (3, x.p3)) AS v(rank, p)
 WHERE v.rank <= x.npref`;

/**
 * The coordinator rates what got past screening (in the open campaign not yet every screened one);
 * the contact of the employer ranked first rates the shortlisted. Scores per the campaign's criteria.
 */
export const INSERT_EVALUATIONS = `
INSERT INTO "Evaluation" (id, "consortiumId", "applicationId", "reviewerId", scores, rating, comment, "createdAt", "updatedAt")
SELECT x.id || '-r' || v.n, x.cid, x.id, v.reviewer,
       jsonb_build_object('motivation', greatest(1, least(5, g.base + floor(pg_temp.rnd(x.key, 50 + v.n) * 3)::int - 1)),
                          'competence', greatest(1, least(5, g.base + floor(pg_temp.rnd(x.key, 52 + v.n) * 3)::int - 1)),
                          'collaboration', greatest(1, least(5, g.base + floor(pg_temp.rnd(x.key, 54 + v.n) * 3)::int - 1))),
       g.base, CASE WHEN pg_temp.rnd(x.key, 56 + v.n) < 0.6 THEN pg_temp.pick(t.comments, x.key, 58 + v.n) END, v.at, v.at
  FROM app x JOIN cat t ON t.c = x.c
  CROSS JOIN LATERAL (SELECT CASE WHEN x.level >= 2 THEN 4 + floor(pg_temp.rnd(x.key, 48) * 2)::int
                                  WHEN x.level = 1 THEN 2 + floor(pg_temp.rnd(x.key, 48) * 3)::int
                                  ELSE 1 + floor(pg_temp.rnd(x.key, 48) * 3)::int END AS base) g
  CROSS JOIN LATERAL (VALUES
    (1, x.coord_member, least(x.t1 + interval '1 hour', ${NOW}), x.level >= 1 AND (NOT x.open OR x.stage <> 'SCREENING' OR pg_temp.rnd(x.key, 49) < 0.3)),
    (2, regexp_replace(x.employer1, '-e(\\d+)$', '-me\\1'), least(x.t2 + interval '1 day', ${NOW}), x.level >= 2)
  ) AS v(n, reviewer, at, keep)
 WHERE v.keep`;

export const INSERT_OFFERS = `
INSERT INTO "Offer" (id, "consortiumId", "applicationId", "employerId", "postingId", "startDate", status, "respondedAt", "createdAt")
SELECT x.id || '-o', x.cid, x.id, x.employer1, x.posting1, x.start, (CASE WHEN x.declined THEN 'DECLINED' ELSE 'ACCEPTED' END)::"OfferStatus",
       x.t_answer, x.t_offer
  FROM app x WHERE x.t_offer IS NOT NULL`;

/** The moves as the app records them: application.stage by the coordinator, offer.* for offers. */
export const INSERT_STAGE_HISTORY = `
INSERT INTO "AuditEvent" (id, "consortiumId", "actorUserId", action, "targetType", "targetId", data, "createdAt")
SELECT x.id || '-h' || v.n, x.cid, v.actor, v.action, 'Application', x.id, v.data, v.at
  FROM app x
  CROSS JOIN LATERAL (VALUES
    (1, x.coord_user, 'application.stage', jsonb_build_object('from', 'SUBMITTED', 'to', 'SCREENING'), x.t1),
    (2, x.coord_user, 'application.stage', jsonb_build_object('from', 'SCREENING', 'to', 'SHORTLISTED'), x.t2),
    (3, x.coord_user, 'application.stage', jsonb_build_object('from', 'SHORTLISTED', 'to', 'INTERVIEW'), x.t3),
    (4, x.coord_user, 'offer.make', jsonb_build_object('from', 'INTERVIEW', 'to', 'OFFER', 'offerId', x.id || '-o', 'postingId', x.posting1), x.t_offer),
    (5, x.applicant_user, CASE WHEN x.declined THEN 'offer.decline' ELSE 'offer.accept' END,
        jsonb_strip_nulls(jsonb_build_object('from', 'OFFER', 'to', x.stage, 'offerId', x.id || '-o', 'traineeId', x.trainee)), x.t_answer),
    (6, x.coord_user, 'application.stage',
        jsonb_strip_nulls(jsonb_build_object('from', (ARRAY['SUBMITTED', 'SCREENING', 'SHORTLISTED', 'INTERVIEW'])[x.level + 1], 'to', 'REJECTED',
                                             'reason', CASE WHEN x.t_end = x.finished THEN 'recruitmentFinished' END)),
        CASE WHEN x.stage = 'REJECTED' THEN x.t_end END)
  ) AS v(n, actor, action, data, at)
 WHERE v.at IS NOT NULL`;
