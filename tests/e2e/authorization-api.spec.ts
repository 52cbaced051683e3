import { randomBytes, createHash } from "node:crypto";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { API_ROUTES } from "../support/routes-api";
import type { MatrixIds, MatrixRole } from "../support/routes";
import { db, expect, sessionCookie, test } from "./support";

// Every read-only API route × every demo role, nobody, API tokens (valid, revoked, another
// consortium's) and the other consortium's slug, over HTTP.
const ROLES: MatrixRole[] = ["COORDINATOR", "EMPLOYER", "STEERING", "APPLICANT", "TRAINEE"];
const OWN = "trainee-varmland";
const OTHER = "trainee-innlandet";

async function tokenOf(slug: string, revoked = false): Promise<string> {
  const token = `kohort_${randomBytes(32).toString("base64url")}`;
  await db.query(
    `INSERT INTO "ApiToken" (id, "consortiumId", name, "tokenHash", "lastFour", "revokedAt")
     SELECT $1, id, 'e2e matrix', $2, $3, $4 FROM "Consortium" WHERE slug = $5`,
    [`e2e_${randomBytes(8).toString("hex")}`, createHash("sha256").update(token).digest("hex"), token.slice(-4), revoked ? new Date() : null, slug],
  );
  return token;
}

async function idsOf(slug: string): Promise<MatrixIds> {
  const r = await db.query<{ cohortId: string; employerId: string }>(
    `SELECT (SELECT h.id FROM "Cohort" h WHERE h."consortiumId" = c.id AND h.status = 'RUNNING' LIMIT 1) AS "cohortId",
            (SELECT e.id FROM "Employer" e WHERE e."consortiumId" = c.id ORDER BY e.id LIMIT 1) AS "employerId"
       FROM "Consortium" c WHERE c.slug = $1`,
    [slug],
  );
  const { cohortId, employerId } = r.rows[0];
  return { cohortId, employerId, postingId: "", campaignId: "", applicationId: "", traineeId: "", gatheringId: "", checkInId: "" };
}

test("every API route answers each role, nobody and each kind of token by the matrix", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  expect(API_ROUTES.length).toBeGreaterThan(0);
  const ids = { [OWN]: await idsOf(OWN), [OTHER]: await idsOf(OTHER) };
  const checked: string[] = [];
  const get = async (headers: Record<string, string>, path: string) => {
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
    const status = (await api.get(path, { maxRedirects: 0 })).status();
    await api.dispose();
    return status;
  };
  for (const role of ROLES) {
    const account = DEMO_ACCOUNTS.find((a) => a.consortiumSlug === OWN && a.role === role && a.email !== "anna@kohort.example")!;
    const cookie = { cookie: `authjs.session-token=${await sessionCookie(account.email)}` };
    for (const route of API_ROUTES) {
      const own = await get(cookie, route.path(OWN, ids[OWN]));
      expect({ route: route.name, role, own }).toEqual({ route: route.name, role, own: route.allowed.includes(role) ? 200 : 404 });
      const other = await get(cookie, route.path(OTHER, ids[OTHER]));
      expect({ route: route.name, role, other }).toEqual({ route: route.name, role, other: 404 });
      checked.push(`${role} ${route.name}`);
    }
  }
  const [valid, revoked, foreign] = [await tokenOf(OWN), await tokenOf(OWN, true), await tokenOf(OTHER)];
  for (const route of API_ROUTES) {
    const path = route.path(OWN, ids[OWN]);
    expect({ route: route.name, nobody: await get({}, path) }).toEqual({ route: route.name, nobody: 401 });
    expect({ route: route.name, token: await get({ authorization: `Bearer ${valid}` }, path) }).toEqual({ route: route.name, token: route.token ? 200 : 403 });
    expect({ route: route.name, revoked: await get({ authorization: `Bearer ${revoked}` }, path) }).toEqual({ route: route.name, revoked: 401 });
    expect({ route: route.name, foreign: await get({ authorization: `Bearer ${foreign}` }, path) }).toEqual({ route: route.name, foreign: 401 });
  }
  expect(checked).toHaveLength(ROLES.length * API_ROUTES.length);
});
