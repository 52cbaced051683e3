import { deliverPendingEmails } from "./deliver";

let running: Promise<void> | null = null;

/** Delivers what is due now, once at a time per process; callers need not await it. */
export function kickOutbox(): Promise<void> {
  running ??= (async () => {
    try {
      while ((await deliverPendingEmails()) > 0);
    } catch (error) {
      console.error("[kohort] outbox delivery failed", error);
    } finally {
      running = null;
    }
  })();
  return running;
}
