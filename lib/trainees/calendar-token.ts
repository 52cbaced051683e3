import { randomBytes } from "node:crypto";
import type { Tx } from "../db/tenant";

/**
 * The secret in a trainee's calendar feed URL (`/api/c/{slug}/calendar/{token}`): calendar apps
 * cannot sign in, so the URL itself is the key. Made on first use; `renew` replaces a leaked one.
 */
export async function ensureCalendarToken(tx: Tx, consortiumId: string, traineeId: string, renew = false): Promise<string> {
  const trainee = await tx.trainee.findFirstOrThrow({ where: { id: traineeId, consortiumId }, select: { calendarToken: true } });
  if (trainee.calendarToken && !renew) return trainee.calendarToken;
  const calendarToken = randomBytes(24).toString("base64url");
  if (renew) {
    await tx.trainee.update({ where: { id: traineeId, consortiumId }, data: { calendarToken } });
    return calendarToken;
  }
  // Two first visits at once: only the first write counts, and both show the token that was kept.
  await tx.trainee.updateMany({ where: { id: traineeId, consortiumId, calendarToken: null }, data: { calendarToken } });
  const kept = await tx.trainee.findFirstOrThrow({ where: { id: traineeId, consortiumId }, select: { calendarToken: true } });
  return kept.calendarToken ?? calendarToken;
}

export function calendarFeedPath(slug: string, token: string): string {
  return `/api/c/${slug}/calendar/${token}`;
}
