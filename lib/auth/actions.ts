"use server";

import { env } from "../env";
import { clientAddress } from "../server/client-address";
import { assertCleanInput } from "../server/action";
import { AppError, fieldErrorsOf, toActionError, type ActionResult } from "../server/errors";
import { signIn, signOut } from "./auth";
import { hitRateLimit } from "./rate-limit";
import { signInSchema } from "./schemas";
import { inLocale } from "./sign-in-link";

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Emails a single-use sign-in link and code, limited per address and per IP (15-minute windows).
 * The way back is put in the language of the page where sign-in began, and returned for the
 * "check your email" page's code form.
 */
export async function requestSignInLinkAction(raw: unknown): Promise<ActionResult<{ callbackUrl: string }>> {
  try {
    assertCleanInput(raw);
    const parsed = signInSchema.safeParse(raw);
    if (!parsed.success) throw new AppError("validation", fieldErrorsOf(parsed.error));
    const { email, callbackUrl, locale } = parsed.data;
    const ipAllowed = await hitRateLimit("sign-in-ip", await clientAddress(), env.SIGN_IN_LIMIT_PER_IP, WINDOW_MS);
    const emailAllowed = ipAllowed && (await hitRateLimit("sign-in-email", email, env.SIGN_IN_LIMIT_PER_EMAIL, WINDOW_MS));
    if (!emailAllowed) throw new AppError("rateLimited");
    const redirectTo = inLocale(callbackUrl ?? "/consortia", locale);
    await signIn("email", { email, redirectTo, redirect: false });
    return { ok: true, data: { callbackUrl: redirectTo } };
  } catch (error) {
    return toActionError(error);
  }
}

export async function signOutAction(locale: string): Promise<void> {
  await signOut({ redirectTo: `/${["sv", "nb", "en"].includes(locale) ? locale : "sv"}` });
}
