import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { sessionAdapter } from "@/lib/auth/session-adapter";
import { createTenant, createUser, type TenantFixture } from "../support/fixtures";

// Session limits by role through the adapter next-auth uses (docs/decisions/0037-session-limits.md):
// staff 30 minutes idle and 12 hours in all; applicants and trainees a week idle and 30 days in all.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
let t: TenantFixture;
const adapter = sessionAdapter();

beforeAll(async () => {
  t = await createTenant("sessions");
});

async function signIn(userId: string) {
  const sessionToken = randomUUID();
  await adapter.createSession!({ sessionToken, userId, expires: new Date(Date.now() + 30 * DAY) });
  return sessionToken;
}

/** As if everything about the session had happened `ms` earlier. */
async function age(sessionToken: string, ms: number) {
  const row = await systemDb().session.findUniqueOrThrow({ where: { sessionToken } });
  const back = (d: Date) => new Date(d.getTime() - ms);
  await systemDb().session.update({ where: { sessionToken }, data: { createdAt: back(row.createdAt), refreshedAt: back(row.refreshedAt), expires: back(row.expires) } });
}

const alive = async (token: string) => {
  const found = await adapter.getSessionAndUser!(token);
  return !!found && found.session.expires.getTime() > Date.now();
};

describe("session limits by role", () => {
  it("ends a coordinator's sign-in after 30 minutes without activity, an applicant's not", async () => {
    const coordinator = await signIn(t.users.COORDINATOR.id);
    const applicant = await signIn(t.users.APPLICANT.id);
    const expires = (await systemDb().session.findUniqueOrThrow({ where: { sessionToken: coordinator } })).expires.getTime();
    expect(expires - Date.now()).toBeLessThanOrEqual(30 * MINUTE);
    await age(coordinator, 31 * MINUTE);
    await age(applicant, 31 * MINUTE);
    expect(await alive(coordinator)).toBe(false);
    expect(await alive(applicant)).toBe(true);
  });

  it("ends an applicant's or trainee's sign-in after a week without activity", async () => {
    for (const user of [t.users.APPLICANT, t.users.TRAINEE, await createUser("newcomer")]) {
      const token = await signIn(user.id);
      await age(token, 6 * DAY);
      expect(await alive(token)).toBe(true);
      await age(token, 1 * DAY + MINUTE);
      expect(await alive(token)).toBe(false);
    }
  });

  it("keeps an active staff session alive for at most 12 hours, and an applicant's for at most 30 days", async () => {
    for (const [user, lifetime] of [[t.users.STEERING, 12 * HOUR], [t.users.APPLICANT, 30 * DAY]] as const) {
      const token = await signIn(user.id);
      // Signed in long ago, active a moment ago: the refresh may not carry it past its lifetime.
      await age(token, lifetime - 2 * MINUTE);
      await systemDb().session.update({ where: { sessionToken: token }, data: { refreshedAt: new Date(Date.now() - 6 * MINUTE), expires: new Date(Date.now() + 20 * MINUTE) } });
      await adapter.updateSession!({ sessionToken: token, expires: new Date(Date.now() + 30 * DAY) });
      expect(await alive(token)).toBe(true);
      const row = await systemDb().session.findUniqueOrThrow({ where: { sessionToken: token } });
      expect(row.expires.getTime()).toBe(row.createdAt.getTime() + lifetime);
      await age(token, 3 * MINUTE);
      expect(await alive(token)).toBe(false);
    }
  });

  it("gives someone who becomes staff the staff limits at the next refresh", async () => {
    const user = await createUser("promoted");
    const token = await signIn(user.id);
    expect((await systemDb().session.findUniqueOrThrow({ where: { sessionToken: token } })).expires.getTime() - Date.now()).toBeGreaterThan(6 * DAY);
    await systemDb().membership.create({ data: { consortiumId: t.id, userId: user.id, role: "COORDINATOR" } });
    await adapter.updateSession!({ sessionToken: token, expires: new Date(Date.now() + 30 * DAY) });
    expect((await systemDb().session.findUniqueOrThrow({ where: { sessionToken: token } })).expires.getTime() - Date.now()).toBeLessThanOrEqual(30 * MINUTE);
  });

  it("shows next-auth an expiry in its own frame, so it refreshes every few minutes, not on every request", async () => {
    const token = await signIn(t.users.COORDINATOR.id);
    const found = await adapter.getSessionAndUser!(token);
    // next-auth refreshes when expires - maxAge + updateAge <= now (maxAge 30 days, updateAge 5 minutes).
    expect(found!.session.expires.getTime() - 30 * DAY + 5 * MINUTE).toBeGreaterThan(Date.now());
  });
});
