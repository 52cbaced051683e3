import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { createConsortiumAction } from "@/lib/consortia/actions";
import { systemDb } from "@/lib/db/client";
import { acceptInvitationAction } from "@/lib/people/actions";
import { MATRIX_ACTIONS } from "../support/authorization";
import { createTenant, createUser, type TenantFixture } from "../support/fixtures";

const ROLES: Role[] = ["COORDINATOR", "EMPLOYER", "STEERING", "APPLICANT", "TRAINEE"];
let own: TenantFixture;
let other: TenantFixture;
/** For actions that exist only in a Norwegian consortium (the applicant lists). */
let ownNorway: TenantFixture;

beforeAll(async () => {
  [own, other, ownNorway] = await Promise.all([createTenant("matrix-own"), createTenant("matrix-other"), createTenant("matrix-own-no", { norway: true })]);
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe("authorization matrix: every tenant action × role × consortium", () => {
  it("lists every tenant action the code exports", () => {
    const exported = filesUnder("lib")
      .filter((f) => f.endsWith("actions.ts"))
      .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/export const (\w+) = tenantAction\(/g)].map((m) => m[1]));
    expect(exported.length).toBeGreaterThan(0);
    expect(MATRIX_ACTIONS.map((a) => a.name).sort()).toEqual(exported.sort());
  });

  for (const entry of MATRIX_ACTIONS) {
    describe(entry.name, () => {
      const home = () => (entry.home === "norway" ? ownNorway : own);
      for (const role of ROLES) {
        const expected = entry.allowed.includes(role) ? "ok" : "forbidden";
        it(`${role} of the consortium → ${expected}`, async () => {
          const actor = entry.actor ? await entry.actor(home(), role) : home().users[role];
          const result = await entry.action.runAs(actor, home().slug, await entry.input(home()));
          expect(result.ok ? "ok" : result.error).toBe(expected);
        });
      }

      it("a coordinator of another consortium → notFound", async () => {
        const result = await entry.action.runAs(other.users.COORDINATOR, home().slug, await entry.input(home()));
        expect(result).toMatchObject({ ok: false, error: "notFound" });
      });

      it("a signed-in person with no membership → notFound", async () => {
        const result = await entry.action.runAs(await createUser("stranger"), home().slug, await entry.input(home()));
        expect(result).toMatchObject({ ok: false, error: "notFound" });
      });

      it("nobody signed in → unauthenticated", async () => {
        const result = await entry.action.runAs(null, home().slug, await entry.input(home()));
        expect(result).toMatchObject({ ok: false, error: "unauthenticated" });
      });

      if (entry.foreignInput) {
        it(`own ${entry.foreignActor ?? "COORDINATOR"} naming another consortium's object → notFound, nothing changed`, async () => {
          const result = await entry.action.runAs(home().users[entry.foreignActor ?? "COORDINATOR"], home().slug, await entry.foreignInput!(home(), other));
          expect(result).toMatchObject({ ok: false, error: "notFound" });
        });
      }
    });
  }
});

describe("authorization matrix: actions outside a consortium", () => {
  it("lists every user-level action the code exports", () => {
    const exported = filesUnder("lib")
      .filter((f) => f.endsWith("actions.ts"))
      .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/export const (\w+) = userAction\(/g)].map((m) => m[1]));
    expect(exported.sort()).toEqual(["acceptInvitationAction", "createConsortiumAction", "joinAsApplicantAction", "signOutEverywhereAction"]);
  });

  it("refuses both to nobody signed in, before looking at the input", async () => {
    expect(await createConsortiumAction.runAs(null, { name: "X", slug: "x-y-z", country: "SE", currency: "SEK", defaultLocale: "sv" })).toMatchObject({
      ok: false,
      error: "unauthenticated",
    });
    expect(await acceptInvitationAction.runAs(null, { slug: own.slug, token: "t".repeat(43) })).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await signOutEverywhereAction.runAs(null, {})).toMatchObject({ ok: false, error: "unauthenticated" });
  });

  it("signing out everywhere ends the person's own sessions only, whatever their role", async () => {
    const sessionOf = (userId: string) => systemDb().session.create({ data: { sessionToken: randomUUID(), userId, expires: new Date(Date.now() + 3_600_000) } });
    for (const role of ROLES) {
      await sessionOf(own.users[role].id);
      await sessionOf(other.users[role].id);
      expect(await signOutEverywhereAction.runAs(own.users[role], {})).toMatchObject({ ok: true, data: { ended: 1 } });
      expect(await systemDb().session.count({ where: { userId: own.users[role].id } })).toBe(0);
      expect(await systemDb().session.count({ where: { userId: other.users[role].id } })).toBe(1);
    }
  });

  it("lets any signed-in person try, and an unknown invitation is invalid for every role", async () => {
    for (const role of ROLES) {
      const result = await acceptInvitationAction.runAs(own.users[role], { slug: own.slug, token: "t".repeat(43) });
      expect(result).toMatchObject({ ok: false, error: "invitationInvalid" });
    }
  });
});

describe("authorization matrix: actions without sign-in", () => {
  it("lists every public action the code exports: each holds a link's secret instead of a session", () => {
    const exported = filesUnder("lib")
      .filter((f) => f.endsWith("actions.ts"))
      .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/export const (\w+) = publicAction\(/g)].map((m) => m[1]));
    expect(exported.sort()).toEqual(["submitSurveyAction"]);
  });

  it("an unknown survey link opens nothing, whoever sends it", async () => {
    const { submitSurveyAction } = await import("@/lib/surveys/actions");
    const result = await submitSurveyAction.runFrom("198.51.100.7", { slug: own.slug, token: "t".repeat(43), answers: {} });
    expect(result).toMatchObject({ ok: false, error: "surveyInvalid" });
  });
});
