import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import type { APIRequestContext } from "@playwright/test";
import { MATRIX_ROUTES, type MatrixIds, type MatrixRole, type MatrixRoute } from "../support/routes";
import { idsOf } from "./route-ids";
import { db, expect, sessionCookie, test } from "./support";

// Every consortium page × every role × own and other consortium, over HTTP with a real session:
// allowed → 200, anything else → 404 (never another tenant's page), signed out → sign-in.
const ROLES: MatrixRole[] = ["COORDINATOR", "EMPLOYER", "STEERING", "APPLICANT", "TRAINEE"];
const OWN = "trainee-varmland";
const OTHER = "trainee-innlandet";

const idsNamed = (id: string): MatrixIds => ({
  employerId: id,
  postingId: id,
  campaignId: id,
  applicationId: id,
  cohortId: id,
  traineeId: id,
  gatheringId: id,
  checkInId: id,
  listPostingId: id,
});

/** The consortium whose accounts open a page as their own (Norwegian-only pages: Innlandet), and the foreign one. */
const homeOf = (route: MatrixRoute) => route.consortium ?? OWN;
const awayOf = (route: MatrixRoute) => (homeOf(route) === OWN ? OTHER : OWN);

// One test per role, so each has the whole timeout of its own however many pages the matrix grows to.
for (const role of ROLES) {
  test(`every consortium page answers ${role} by the matrix, in its own consortium and another`, async ({ playwright, baseURL }) => {
    const ids: Record<string, MatrixIds> = { [OWN]: await idsOf(OWN), [OTHER]: await idsOf(OTHER) };
    const apis: Record<string, APIRequestContext> = {};
    for (const slug of [OWN, OTHER]) {
      const account = DEMO_ACCOUNTS.find((a) => a.consortiumSlug === slug && a.role === role && a.email !== "anna@kohort.example")!;
      const token = await sessionCookie(account.email);
      apis[slug] = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `authjs.session-token=${token}` } });
    }
    const checked: string[] = [];
    for (const route of MATRIX_ROUTES) {
      const [home, away] = [homeOf(route), awayOf(route)];
      const api = apis[home];
      const ownStatus = (await api.get(`/sv${route.path(home, ids[home])}`, { maxRedirects: 0 })).status();
      expect({ route: route.file, role, consortium: "own", status: ownStatus }).toEqual({
        route: route.file,
        role,
        consortium: "own",
        status: route.allowed.includes(role) ? 200 : 404,
      });
      const otherStatus = (await api.get(`/sv${route.path(away, ids[away])}`, { maxRedirects: 0 })).status();
      expect({ route: route.file, role, consortium: "other", status: otherStatus }).toEqual({ route: route.file, role, consortium: "other", status: 404 });
      // An object of another consortium under one's own slug is a 404 too.
      if (route.path(home, idsNamed("x")) !== route.path(home, idsNamed("y"))) {
        const crossed = (await api.get(`/sv${route.path(home, ids[away])}`, { maxRedirects: 0 })).status();
        expect({ route: route.file, role, crossed }).toEqual({ route: route.file, role, crossed: 404 });
      }
      checked.push(route.file);
    }
    for (const api of Object.values(apis)) await api.dispose();
    expect(checked).toHaveLength(MATRIX_ROUTES.length);
  });
}

test("every consortium page sends a signed-out visitor to sign-in", async ({ playwright, baseURL }) => {
  const ids = await idsOf(OWN);
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const route of MATRIX_ROUTES) {
    const response = await anonymous.get(`/sv${route.path(homeOf(route), ids)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/sv/sign-in?callbackUrl=");
  }
});

test("pages outside a consortium: any signed-in person, and sign-in for everyone else", async ({ playwright, baseURL }) => {
  // Anyone signed in may start an application to a consortium they do not belong to yet.
  const paths = ["/sv/consortia?pick=1", "/sv/consortia/new", "/sv/apply/trainee-innlandet", "/sv/account"];
  const token = await sessionCookie("applicant@varmland.example");
  const signedIn = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `authjs.session-token=${token}` } });
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const path of paths) {
    expect({ path, status: (await signedIn.get(path, { maxRedirects: 0 })).status() }).toEqual({ path, status: 200 });
    const out = await anonymous.get(path, { maxRedirects: 0 });
    expect({ path, status: out.status() }).toEqual({ path, status: 307 });
  }
  // Pages of the sign-in and leaving journey need no session, and show the same to everyone.
  for (const path of ["/sv/sign-in/link?token=x&email=x", "/sv/sign-in/check-email", "/sv/account-deleted?from=trainee-varmland&account=0"]) {
    expect({ path, status: (await anonymous.get(path, { maxRedirects: 0 })).status() }).toEqual({ path, status: 200 });
    expect({ path, status: (await signedIn.get(path, { maxRedirects: 0 })).status() }).toEqual({ path, status: 200 });
  }
  // A forged session cookie is nobody.
  const forged = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "authjs.session-token=forged" } });
  expect((await forged.get("/sv/c/trainee-varmland", { maxRedirects: 0 })).status()).not.toBe(200);
  expect((await forged.get("/sv/consortia/new", { maxRedirects: 0 })).status()).toBe(307);
});

test("downloads check who asks: the data export is the applicant's own, a CV or a recorded video only for those who may see it", async ({ playwright, baseURL }) => {
  const as = async (email: string | null) =>
    playwright.request.newContext({ baseURL, extraHTTPHeaders: email ? { cookie: `authjs.session-token=${await sessionCookie(email)}` } : {} });
  const expectations: [string | null, string, number][] = [
    ["applicant@varmland.example", "/api/c/trainee-varmland/me/export", 200],
    ["coordinator@varmland.example", "/api/c/trainee-varmland/me/export", 404],
    ["employer@varmland.example", "/api/c/trainee-varmland/me/export", 404],
    ["applicant@innlandet.example", "/api/c/trainee-varmland/me/export", 404],
    [null, "/api/c/trainee-varmland/me/export", 401],
  ];
  // An application of the other consortium, asked for under one's own and under its own slug.
  const foreign = await db.query<{ id: string }>(
    `SELECT a.id FROM "Application" a JOIN "Consortium" c ON c.id = a."consortiumId" WHERE c.slug = 'trainee-innlandet' LIMIT 1`,
  );
  // The recorded video plays by the same rule as the CV (decision 0047), and the own-take route is the applicant's only.
  for (const file of ["cv", "video"]) {
    for (const email of ["coordinator@varmland.example", "applicant@varmland.example"]) {
      expectations.push([email, `/api/c/trainee-varmland/applications/${foreign.rows[0].id}/${file}`, 404]);
      expectations.push([email, `/api/c/trainee-innlandet/applications/${foreign.rows[0].id}/${file}`, 404]);
    }
    expectations.push([null, `/api/c/trainee-innlandet/applications/${foreign.rows[0].id}/${file}`, 401]);
  }
  for (const email of ["coordinator@varmland.example", "employer@varmland.example", "applicant@innlandet.example"]) {
    expectations.push([email, "/api/c/trainee-varmland/me/video?campaign=x", 404]);
  }
  expectations.push([null, "/api/c/trainee-varmland/me/video?campaign=x", 401]);
  for (const [email, path, status] of expectations) {
    const api = await as(email);
    const response = await api.get(path, { maxRedirects: 0 });
    expect({ email, path, status: response.status() }).toEqual({ email, path, status });
    if (status === 200) {
      const data = await response.json();
      expect(data.account.email).toBe(email);
      expect(JSON.stringify(data)).not.toContain("@innlandet.example");
    }
    await api.dispose();
  }
});
