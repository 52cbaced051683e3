import { appDb } from "../db/client";

// A person's sign-ins (next-auth database sessions, lib/auth/session-adapter.ts). Sessions belong
// to a person, not to a consortium, so they are not tenant data.

/** Browsers and devices signed in now, this one included. */
export async function countMySessions(userId: string, now = new Date()): Promise<number> {
  return appDb().session.count({ where: { userId, expires: { gt: now } } });
}

/** Ends every sign-in of the person, on every device, this one included (ASVS 5.0 V7.5.2). */
export async function signOutEverywhere(userId: string): Promise<number> {
  const { count } = await appDb().session.deleteMany({ where: { userId } });
  return count;
}
