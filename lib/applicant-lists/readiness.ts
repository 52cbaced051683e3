import type { Tx } from "../db/tenant";
import { ON_LIST } from "./actor";

// When a posting's lists may be published: after the deadline, once every request of someone
// still on the list is decided and every refused applicant has had until their stated date to
// withdraw (or has answered). The page shows each open item.

export interface Readiness {
  deadlinePassed: boolean;
  closesAt: Date;
  /** Undecided requests of applicants on the list. */
  undecided: number;
  /** Refusals still within their time to withdraw, with the latest such date. */
  awaitingAnswer: number;
  awaitingUntil: Date | null;
  ready: boolean;
}

export async function listReadiness(tx: Tx, consortiumId: string, posting: { id: string; closesAt: Date }, now = new Date()): Promise<Readiness> {
  const open = await tx.listExemption.findMany({
    where: {
      consortiumId,
      postingId: posting.id,
      application: { ...ON_LIST, preferences: { some: { postingId: posting.id } } },
      OR: [{ status: "PENDING" }, { status: "REFUSED", answer: null, withdrawBy: { gt: now } }],
    },
    select: { status: true, withdrawBy: true },
  });
  const awaiting = open.filter((e) => e.status === "REFUSED");
  const deadlinePassed = posting.closesAt <= now;
  const awaitingUntil = awaiting.reduce<Date | null>((latest, e) => (!latest || (e.withdrawBy && e.withdrawBy > latest) ? e.withdrawBy : latest), null);
  return {
    deadlinePassed,
    closesAt: posting.closesAt,
    undecided: open.length - awaiting.length,
    awaitingAnswer: awaiting.length,
    awaitingUntil,
    ready: deadlinePassed && open.length === 0,
  };
}
