// The floor of each role's dashboard (/c/{slug}): the data lib/dashboards/* loads for it, in
// hand-written SQL, after the "who is asking" lookup every signed-in page makes.
import type { FloorQuery } from "./floor";
import { whoIsAsking } from "./floor";

/** Applicants who ranked the posting, counting sent applications only (not drafts). */
const SENT_PREFERENCES = `(SELECT count(*)::int FROM "ApplicationPreference" ap JOIN "Application" a ON a.id = ap."applicationId"
                            WHERE ap."consortiumId" = $1 AND ap."postingId" = p.id AND a.stage <> 'DRAFT')`;

export const coordinatorFloor: FloorQuery = async (db, c) => {
  await whoIsAsking(db, c, "COORDINATOR");
  const dueUntil = new Date(Date.now() + 30 * 86_400_000);
  await db.query(
    `SELECT (SELECT json_agg(s) FROM (SELECT status, count(*)::int AS n FROM "Employer" WHERE "consortiumId" = $1 GROUP BY status) s) AS members,
            (SELECT count(*)::int FROM "Posting" WHERE "consortiumId" = $1 AND status = 'PUBLISHED') AS "openPostings",
            (SELECT count(*)::int FROM "Invitation" WHERE "consortiumId" = $1 AND "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()) AS invitations`,
    [c.id],
  );
  await db.query(
    `SELECT p.id, p.title, p.places, e.name, ${SENT_PREFERENCES} AS applicants
       FROM "Posting" p JOIN "Employer" e ON e.id = p."employerId"
      WHERE p."consortiumId" = $1 AND p.status = 'PUBLISHED' ORDER BY p."publishedAt" DESC LIMIT 8`,
    [c.id],
  );
  await db.query(
    `WITH ca AS (SELECT ca.id, ca."closesAt", ca.status, co.name FROM "Campaign" ca JOIN "Cohort" co ON co.id = ca."cohortId"
                  WHERE ca."consortiumId" = $1 AND ca.status IN ('OPEN', 'CLOSED') ORDER BY ca."opensAt" DESC LIMIT 1)
     SELECT ca.id, ca."closesAt", ca.status, ca.name, a.stage, count(a.id)::int AS n
       FROM ca LEFT JOIN "Application" a ON a."consortiumId" = $1 AND a."campaignId" = ca.id AND a.stage <> 'DRAFT'
      GROUP BY ca.id, ca."closesAt", ca.status, ca.name, a.stage`,
    [c.id],
  );
  await db.query(
    `SELECT co.id, co.name, co."startDate", co."endDate",
            (SELECT count(*)::int FROM "Trainee" t WHERE t."consortiumId" = $1 AND t."cohortId" = co.id) AS trainees
       FROM "Cohort" co WHERE co."consortiumId" = $1 AND co.status = 'RUNNING' ORDER BY co."startDate" DESC LIMIT 1`,
    [c.id],
  );
  await db.query(
    `SELECT id, kind, "amountMinor", "minThreshold", "maxThreshold" FROM "FeeRule"
      WHERE "consortiumId" = $1 AND ("validUntil" IS NULL OR "validUntil" >= now()) ORDER BY kind, "minThreshold"`,
    [c.id],
  );
  await db.query(
    `SELECT ci.id, ci."monthOffset", ci."dueDate", ci."completedAt", ci.wellbeing, t.id AS "traineeId", t.name, t.status, co.id AS "cohortId", co.name AS cohort
       FROM "CheckIn" ci
       JOIN "Trainee" t ON t.id = ci."traineeId" AND t."consortiumId" = $1
       JOIN "Cohort" co ON co.id = t."cohortId" AND co."consortiumId" = $1
      WHERE ci."consortiumId" = $1 AND ci."completedAt" IS NULL AND ci."dueDate" <= $2 AND t.status = 'ACTIVE' AND co.status = 'RUNNING'
      ORDER BY ci."dueDate", t.name, ci.id LIMIT 50`,
    [c.id, dueUntil],
  );
};

export const employerFloor: FloorQuery = async (db, c) => {
  const me = await whoIsAsking(db, c, "EMPLOYER");
  await db.query(
    `SELECT p.id, p.title, p.status, p.places, ca."closesAt", co.name AS cohort, ${SENT_PREFERENCES} AS applicants
       FROM "Posting" p
       JOIN "Campaign" ca ON ca.id = p."campaignId" AND ca."consortiumId" = $1
       JOIN "Cohort" co ON co.id = ca."cohortId" AND co."consortiumId" = $1
      WHERE p."consortiumId" = $1 AND p."employerId" = $2 ORDER BY p."createdAt" DESC`,
    [c.id, me.employerId],
  );
  await db.query(
    `SELECT pl.id, pl."startDate", pl."endDate", t.id AS "traineeId", t.name, co.name AS cohort
       FROM "Placement" pl
       JOIN "Trainee" t ON t.id = pl."traineeId" AND t."consortiumId" = $1
       JOIN "Cohort" co ON co.id = t."cohortId" AND co."consortiumId" = $1
      WHERE pl."consortiumId" = $1 AND pl."employerId" = $2 AND t.status = 'ACTIVE' ORDER BY pl."startDate"`,
    [c.id, me.employerId],
  );
};

export const steeringFloor: FloorQuery = async (db, c) => {
  await whoIsAsking(db, c, "STEERING");
  await db.query(
    `SELECT co.id, co.name, co."startDate", co."endDate", co.status, t.status AS "traineeStatus", count(t.id)::int AS n
       FROM "Cohort" co LEFT JOIN "Trainee" t ON t."consortiumId" = $1 AND t."cohortId" = co.id
      WHERE co."consortiumId" = $1 GROUP BY co.id, t.status ORDER BY co."startDate" DESC`,
    [c.id],
  );
};

export const applicantFloor: FloorQuery = async (db, c) => {
  const me = await whoIsAsking(db, c, "APPLICANT");
  await db.query(
    `SELECT a.id, a.stage, a."submittedAt", ca."closesAt", co.name AS cohort, ap.rank, po.title
       FROM "Application" a
       JOIN "Applicant" p ON p.id = a."applicantId" AND p."consortiumId" = $1
       JOIN "Campaign" ca ON ca.id = a."campaignId" AND ca."consortiumId" = $1
       JOIN "Cohort" co ON co.id = ca."cohortId" AND co."consortiumId" = $1
       LEFT JOIN "ApplicationPreference" ap ON ap."applicationId" = a.id AND ap."consortiumId" = $1
       LEFT JOIN "Posting" po ON po.id = ap."postingId" AND po."consortiumId" = $1
      WHERE a."consortiumId" = $1 AND p."userId" = $2 ORDER BY a."createdAt" DESC, ap.rank`,
    [c.id, me.userId],
  );
};

export const traineeFloor: FloorQuery = async (db, c) => {
  const me = await whoIsAsking(db, c, "TRAINEE");
  await db.query(
    `WITH me AS (SELECT t.id, t."cohortId", t.name, t.status, co.name AS cohort, co."startDate", co."endDate"
                   FROM "Trainee" t JOIN "Cohort" co ON co.id = t."cohortId" AND co."consortiumId" = $1
                  WHERE t."consortiumId" = $1 AND t."userId" = $2 ORDER BY co."startDate" DESC, t."createdAt" DESC LIMIT 1)
     SELECT me.*,
            (SELECT row_to_json(x) FROM (SELECT pl."startDate", pl."endDate", e.name FROM "Placement" pl JOIN "Employer" e ON e.id = pl."employerId"
                                          WHERE pl."consortiumId" = $1 AND pl."traineeId" = me.id AND pl."endDate" >= current_date
                                          ORDER BY pl."startDate" LIMIT 1) x) AS placement,
            (SELECT row_to_json(x) FROM (SELECT g.title, g."startsAt", g."endsAt", g.place FROM "Gathering" g
                                          WHERE g."consortiumId" = $1 AND g."cohortId" = me."cohortId" AND g."endsAt" >= now()
                                          ORDER BY g."startsAt" LIMIT 1) x) AS gathering,
            (SELECT row_to_json(x) FROM (SELECT ci."monthOffset", ci."dueDate" FROM "CheckIn" ci
                                          WHERE ci."consortiumId" = $1 AND ci."traineeId" = me.id AND ci."completedAt" IS NULL
                                          ORDER BY ci."dueDate" LIMIT 1) x) AS "checkIn"
       FROM me`,
    [c.id, me.userId],
  );
};
