import NextAuth from "next-auth";
import { appDb } from "../db/client";
import { kickOutbox } from "../email/worker";
import { enqueueEmail } from "../email/outbox";
import { env } from "../env";
import { CODE_MINUTES, newSignInCode, replaceSignInCode } from "./sign-in-code";
import { linkPageFromCallback, localeOfPath } from "./sign-in-link";
import { sessionAdapter } from "./session-adapter";
import { LONGEST_SESSION_MS, SESSION_REFRESH_MS } from "./session-policy";

export const MAGIC_LINK_MINUTES = 15;

/**
 * Links and redirects always use the configured public origin, never the request's Host header:
 * a forged Host must not be able to send a sign-in link pointing elsewhere.
 */
export function onAppOrigin(url: string): string {
  const app = new URL(env.APP_URL);
  const target = new URL(url, app);
  return `${app.origin}${target.pathname}${target.search}`;
}

/** The language of the page the person signed in from, read off the callback URL. */
function localeOf(url: string) {
  try {
    return localeOfPath(new URL(url).searchParams.get("callbackUrl"));
  } catch {
    return localeOfPath(null);
  }
}

// Lazy config: env is read on the first request, not at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Idle and absolute limits by role live in the adapter (docs/decisions/0037-session-limits.md).
  adapter: sessionAdapter(),
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "database", maxAge: LONGEST_SESSION_MS / 1000, updateAge: SESSION_REFRESH_MS / 1000 },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: MAGIC_LINK_MINUTES * 60,
      normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
      // The mail links to our page with a "Sign in" button rather than to the callback itself, so
      // a mail scanner that opens the link uses nothing up; it also carries a six-digit code.
      async sendVerificationRequest({ identifier, url }) {
        const code = newSignInCode();
        await replaceSignInCode(appDb(), identifier, code);
        await enqueueEmail(appDb(), {
          template: "sign-in",
          props: { url: linkPageFromCallback(url), code, minutes: MAGIC_LINK_MINUTES, codeMinutes: CODE_MINUTES },
          to: identifier,
          locale: localeOf(url),
          consortiumId: null,
        });
        void kickOutbox();
      },
    },
  ],
  events: {
    // The link and the code of a mail (and any older link) are one sign-in: using one ends them all.
    async signIn({ user, account }) {
      if (account?.type === "email" && user.email) await appDb().verificationToken.deleteMany({ where: { identifier: user.email } });
    },
  },
  callbacks: {
    // Only paths of this site: an absolute URL elsewhere falls back to the start page.
    redirect({ url, baseUrl }) {
      const app = new URL(env.APP_URL).origin;
      if (url.startsWith("/") && !url.startsWith("//")) return onAppOrigin(url);
      const origin = URL.canParse(url) ? new URL(url).origin : null;
      return origin === app || origin === baseUrl ? onAppOrigin(url) : app;
    },
    // The user row is already read with the session: carrying the last consortium along spares
    // every signed-in page a second lookup of the same row.
    session({ session, user }) {
      session.user.id = user.id;
      session.user.lastConsortiumId = (user as { lastConsortiumId?: string | null }).lastConsortiumId ?? null;
      return session;
    },
  },
}));
