import type { Tx } from "../db/tenant";

// One application's story for the coordinator, newest first: what people did (the audit trail:
// stage moves, ratings, invitations, bookings, offers and answers), every mail sent with its text,
// and the internal notes. Employer contacts, the steering group and the applicant never get it.

export type TimelineEntry =
  | { kind: "event"; id: string; at: Date; action: string; actor: string | null; data: Record<string, unknown> }
  | { kind: "mail"; id: string; at: Date; to: string; subject: string; text: string; status: string }
  | { kind: "note"; id: string; at: Date; actor: string | null; body: string };

/** A person as the timeline names them: their name, else their address; null for the system. */
const personOf = (user: { name: string | null; email: string } | undefined) => (user ? (user.name ?? user.email) : null);

export async function loadTimeline(tx: Tx, consortiumId: string, applicationId: string): Promise<TimelineEntry[]> {
  const application = await tx.application.findFirst({
    where: { id: applicationId, consortiumId },
    select: { createdAt: true, applicant: { select: { email: true } } },
  });
  if (!application) return [];
  const [events, mails, notes] = await Promise.all([
    tx.auditEvent.findMany({
      where: { consortiumId, targetType: "Application", targetId: applicationId },
      select: { id: true, action: true, actorUserId: true, data: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
    // Mail written before mail carried its application is found by address within the consortium.
    tx.outboxEmail.findMany({
      where: {
        consortiumId,
        OR: [{ applicationId }, { applicationId: null, template: "applicant", to: application.applicant.email, createdAt: { gte: application.createdAt } }],
      },
      select: { id: true, to: true, subject: true, text: true, status: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
    tx.applicationNote.findMany({
      where: { consortiumId, applicationId },
      select: { id: true, body: true, authorUserId: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const userIds = [...new Set([...events.map((e) => e.actorUserId), ...notes.map((n) => n.authorUserId)].filter((id): id is string => Boolean(id)))];
  // People are not tenant data: their names come through their membership of this consortium.
  const members = userIds.length
    ? await tx.membership.findMany({ where: { consortiumId, userId: { in: userIds } }, select: { userId: true, user: { select: { name: true, email: true } } } })
    : [];
  const people = new Map(members.map((m) => [m.userId, m.user]));
  const entries: TimelineEntry[] = [
    ...events.map((e) => ({
      kind: "event" as const,
      id: e.id,
      at: e.createdAt,
      action: e.action,
      actor: personOf(people.get(e.actorUserId ?? "")),
      data: (e.data ?? {}) as Record<string, unknown>,
    })),
    ...mails.map((m) => ({ kind: "mail" as const, id: m.id, at: m.createdAt, to: m.to, subject: m.subject, text: m.text, status: m.status })),
    ...notes.map((n) => ({ kind: "note" as const, id: n.id, at: n.createdAt, actor: personOf(people.get(n.authorUserId ?? "")), body: n.body })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}
