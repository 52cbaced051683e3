import { kickOutbox } from "../email/worker";
import { syncPostingSchedule } from "../postings/schedule";

const MAIL_EVERY_MS = 3_000;
const SCHEDULE_EVERY_MS = 60_000;

/** Background work of one server process: mail delivery and the posting calendar. */
export function startBackgroundJobs(): void {
  setInterval(() => void kickOutbox(), MAIL_EVERY_MS).unref();
  const schedule = () =>
    syncPostingSchedule().catch((error) => console.error("[kohort] posting schedule failed", error));
  void schedule();
  setInterval(schedule, SCHEDULE_EVERY_MS).unref();
}
