import type { CurrentUser } from "../auth/session";
import { resolveTenant } from "../auth/tenant-context";
import { appDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { withTenant } from "../db/tenant";
import { AppError } from "../server/errors";
import { gatheringsCalendar } from "./ics";

const CALENDAR_FIELDS = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  agenda: true,
  sequence: true,
  updatedAt: true,
} satisfies Prisma.GatheringSelect;

/** Tokens are 32 base64url characters (lib/trainees/calendar-token.ts); anything else is no token. */
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The trainee's calendar feed: every gathering they are invited to, as one calendar that apps
 * subscribe to. Calendar apps cannot sign in, so the secret token in the URL is the key; it is
 * looked up only within the consortium of the slug (row-level security set to it), so another
 * consortium's token, like an unknown one, finds nothing. Null means 404.
 */
export async function calendarFeed(slug: string, token: string): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const consortium = await appDb().consortium.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!consortium) return null;
  const consortiumId = consortium.id;
  const gatherings = await withTenant(consortiumId, null, async (tx) => {
    const trainee = await tx.trainee.findFirst({ where: { consortiumId, calendarToken: token }, select: { id: true } });
    if (!trainee) return null;
    return tx.gathering.findMany({
      where: { consortiumId, attendances: { some: { consortiumId, traineeId: trainee.id } } },
      select: CALENDAR_FIELDS,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    });
  });
  return gatherings ? gatheringsCalendar(consortium.name, gatherings) : null;
}

/**
 * One gathering as an .ics file for a signed-in person who may see it: the coordinator, an
 * employer contact (the joint programme is open to members), or a trainee invited to it. Anyone
 * else, and any gathering of another consortium, is "not found".
 */
export async function gatheringIcsFor(user: CurrentUser | null, slug: string, gatheringId: string): Promise<string> {
  if (!user) throw new AppError("unauthenticated");
  const ctx = await resolveTenant(user, slug);
  if (!ctx) throw new AppError("notFound");
  const consortiumId = ctx.consortium.id;
  const where: Prisma.GatheringWhereInput | null =
    ctx.can("gathering.manage") || ctx.can("gathering.read")
      ? { id: gatheringId, consortiumId }
      : ctx.can("trainee.self")
        ? { id: gatheringId, consortiumId, attendances: { some: { consortiumId, trainee: { userId: user.id } } } }
        : null;
  if (!where) throw new AppError("notFound");
  const gathering = await withTenant(consortiumId, user.id, (tx) => tx.gathering.findFirst({ where, select: CALENDAR_FIELDS }));
  if (!gathering) throw new AppError("notFound");
  return gatheringsCalendar(ctx.consortium.name, [gathering]);
}
