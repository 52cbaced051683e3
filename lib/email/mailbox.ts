import { systemDb } from "../db/client";

/** The dev mailbox: recent outbox mail, newest first, optionally to one address. */
export function listDevMailbox(to?: string) {
  return systemDb().outboxEmail.findMany({
    where: to ? { to: to.trim().toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, status: true, createdAt: true },
  });
}
