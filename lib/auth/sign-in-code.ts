import { createHash, randomInt } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { env } from "../env";

// The six-digit code in every sign-in mail, for people whose link a mail scanner opened first or
// who read their mail on another device. It is stored as a next-auth verification token of its
// own, so signing in with it goes through next-auth's email callback like the link does
// (docs/decisions/0025-scanner-safe-sign-in.md).

export const CODE_MINUTES = 10;
export const CODE_PATTERN = /^\d{6}$/;
/**
 * Wrong guesses an address may make in a day, on top of the 15-minute limit: a targeted address
 * then has about 20 in a million chances a day, however many codes an attacker has sent it.
 */
export const CODE_ATTEMPTS_PER_DAY = 20;

export function newSignInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** A code as typed ("123 456", "123-456") as six digits, or null. */
export function normaliseCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, "");
  return CODE_PATTERN.test(digits) ? digits : null;
}

/**
 * What next-auth receives as the token for a code. The address is part of it because the token
 * column is unique across addresses, and two people may well get the same six digits.
 */
export function codeToken(email: string, code: string): string {
  return `code:${email}:${code}`;
}

/** How next-auth stores a token: SHA-256 of the token and the secret (@auth/core createHash). */
export function storedTokenHash(token: string): string {
  return createHash("sha256").update(`${token}${env.AUTH_SECRET}`).digest("hex");
}

/** Stores a new code for the address; any earlier code of it stops working (one live code). */
export async function replaceSignInCode(db: PrismaClient, email: string, code: string, now = new Date()) {
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { identifier: email, kind: "code" } }),
    db.verificationToken.create({
      data: { identifier: email, token: storedTokenHash(codeToken(email, code)), expires: new Date(now.getTime() + CODE_MINUTES * 60_000), kind: "code" },
    }),
  ]);
}
