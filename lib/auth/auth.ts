import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import { appDb } from "../db/client";
import { kickOutbox } from "../email/worker";
import { enqueueEmail } from "../email/outbox";
import { env } from "../env";
import { isLocale, routing } from "../i18n/routing";

export const MAGIC_LINK_MINUTES = 15;

/** The language of the page the person signed in from, read off the callback URL. */
function localeOf(url: string) {
  try {
    const callback = new URL(new URL(url).searchParams.get("callbackUrl") ?? "/", env.APP_URL);
    const first = callback.pathname.split("/")[1];
    return isLocale(first) ? first : routing.defaultLocale;
  } catch {
    return routing.defaultLocale;
  }
}

// Lazy config: env is read on the first request, not at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: PrismaAdapter(appDb() as never),
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: MAGIC_LINK_MINUTES * 60,
      normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
      async sendVerificationRequest({ identifier, url }) {
        await enqueueEmail(appDb(), {
          template: "sign-in",
          props: { url, minutes: MAGIC_LINK_MINUTES },
          to: identifier,
          locale: localeOf(url),
          consortiumId: null,
        });
        void kickOutbox();
      },
    },
  ],
  callbacks: {
    session({ session, user }) {
      session.user.id = user.id;
      return session;
    },
  },
}));
