import { kickOutbox } from "../email/worker";
import { sendInterviewReminders } from "../interviews/reminders";
import { syncPostingSchedule } from "../postings/schedule";
import { eraseExpiredApplicants } from "../retention/job";
import { sendDueSurveys } from "../surveys/job";

const MAIL_EVERY_MS = 3_000;
const SCHEDULE_EVERY_MS = 60_000;
/** The retention job is due once a day; checking hourly keeps erasure within an hour of its date. */
const RETENTION_EVERY_MS = 3_600_000;

/** Background work of one server process: mail delivery, the posting calendar and retention. */
export function startBackgroundJobs(): void {
  setInterval(() => void kickOutbox(), MAIL_EVERY_MS).unref();
  const schedule = () =>
    syncPostingSchedule().catch((error) => console.error("[kohort] posting schedule failed", error));
  void schedule();
  setInterval(schedule, SCHEDULE_EVERY_MS).unref();
  setInterval(() => void sendInterviewReminders().catch((error) => console.error("[kohort] interview reminders failed", error)), SCHEDULE_EVERY_MS).unref();
  setInterval(() => void eraseExpiredApplicants().catch((error) => console.error("[kohort] retention job failed", error)), RETENTION_EVERY_MS).unref();
  // Follow-up surveys are due by the day; hourly keeps a wave within an hour of its day.
  setInterval(() => void sendDueSurveys().catch((error) => console.error("[kohort] survey job failed", error)), RETENTION_EVERY_MS).unref();
}
