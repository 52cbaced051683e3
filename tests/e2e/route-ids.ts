import type { MatrixIds } from "../support/routes";
import { db } from "./support";

/**
 * The demo data's objects that the route matrix's URLs name, per consortium: the employer
 * contact's employer, one of its postings and applications, the running cohort and its objects.
 */
export async function idsOf(slug: string): Promise<MatrixIds> {
  const r = await db.query<MatrixIds>(
    `SELECT m."employerId", (SELECT p.id FROM "Posting" p WHERE p."employerId" = m."employerId" ORDER BY p.id LIMIT 1) AS "postingId",
            (SELECT k.id FROM "Campaign" k WHERE k."consortiumId" = c.id AND k.status <> 'CLOSED' LIMIT 1) AS "campaignId",
            (SELECT a.id FROM "Application" a JOIN "ApplicationPreference" ap ON ap."applicationId" = a.id JOIN "Posting" p ON p.id = ap."postingId"
              WHERE p."employerId" = m."employerId" AND a.stage NOT IN ('DRAFT', 'WITHDRAWN') ORDER BY a.id LIMIT 1) AS "applicationId",
            (SELECT h.id FROM "Cohort" h WHERE h."consortiumId" = c.id AND h.status = 'RUNNING' LIMIT 1) AS "cohortId",
            (SELECT t.id FROM "Trainee" t JOIN "Cohort" h ON h.id = t."cohortId" JOIN "Placement" pl ON pl."traineeId" = t.id
              WHERE h."consortiumId" = c.id AND h.status = 'RUNNING' AND pl."employerId" = m."employerId" ORDER BY t.id LIMIT 1) AS "traineeId",
            (SELECT g.id FROM "Gathering" g JOIN "Cohort" h ON h.id = g."cohortId"
              WHERE h."consortiumId" = c.id AND h.status = 'RUNNING' ORDER BY g."startsAt" LIMIT 1) AS "gatheringId",
            (SELECT ci.id FROM "CheckIn" ci JOIN "Trainee" t ON t.id = ci."traineeId" JOIN "Placement" pl ON pl."traineeId" = t.id JOIN "Cohort" h ON h.id = t."cohortId"
              WHERE h."consortiumId" = c.id AND h.status = 'RUNNING' AND pl."employerId" = m."employerId" ORDER BY ci."dueDate", ci.id LIMIT 1) AS "checkInId",
            (SELECT p.id FROM "Posting" p LEFT JOIN "ApplicantList" l ON l."postingId" = p.id
              WHERE p."employerId" = m."employerId" ORDER BY (l.id IS NULL), p.id LIMIT 1) AS "listPostingId"
       FROM "Membership" m JOIN "Consortium" c ON c.id = m."consortiumId"
      WHERE c.slug = $1 AND m.role = 'EMPLOYER' LIMIT 1`,
    [slug],
  );
  return r.rows[0];
}
