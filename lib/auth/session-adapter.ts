import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterSession } from "next-auth/adapters";
import { appDb } from "../db/client";
import { withScope } from "../db/tenant";
import { LONGEST_SESSION_MS, sessionDeadline, sessionLimitsFor, SESSION_REFRESH_MS } from "./session-policy";

// next-auth's database sessions slide one maxAge forward for everyone. This adapter keeps the
// real deadline in Session.expires — idle limit and absolute lifetime by role (session-policy.ts)
// — and shows next-auth an expiry in its own frame (last refresh + maxAge), so that next-auth
// still refreshes at most every SESSION_REFRESH_MS and deletes a session whose deadline passed.

/** The person's session limits: the strictest of their roles in any consortium. */
export async function limitsOf(userId: string) {
  // A person sees their own memberships in every consortium (row-level security, app.user_id).
  const memberships = await withScope({ userId }, (tx) => tx.membership.findMany({ where: { userId }, select: { role: true } }));
  return sessionLimitsFor(memberships.map((m) => m.role));
}

export function sessionAdapter(): Adapter {
  const base = PrismaAdapter(appDb() as never);
  return {
    ...base,
    async createSession({ sessionToken, userId }) {
      const now = new Date();
      const expires = sessionDeadline(now, now, await limitsOf(userId));
      return appDb().session.create({ data: { sessionToken, userId, expires, createdAt: now, refreshedAt: now } });
    },
    async getSessionAndUser(sessionToken) {
      const found = await appDb().session.findUnique({ where: { sessionToken }, include: { user: true } });
      if (!found) return null;
      const { user, createdAt: _created, refreshedAt, ...session } = found;
      // Past its deadline: an expiry in the past makes next-auth delete it and clear the cookie.
      const expires = found.expires.getTime() <= Date.now() ? new Date(0) : new Date(refreshedAt.getTime() + LONGEST_SESSION_MS);
      return { user, session: { ...session, expires } };
    },
    async updateSession({ sessionToken }): Promise<AdapterSession | null> {
      const current = await appDb().session.findUnique({ where: { sessionToken } });
      if (!current) return null;
      const now = new Date();
      // Roles are read again at each refresh: someone given a staff role gets staff limits within minutes.
      const expires = sessionDeadline(current.createdAt, now, await limitsOf(current.userId));
      const { createdAt: _created, refreshedAt: _refreshed, ...updated } = await appDb().session.update({
        where: { sessionToken },
        data: { expires, refreshedAt: now },
      });
      return updated;
    },
  };
}

export { SESSION_REFRESH_MS };
