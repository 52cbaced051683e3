import { kickOutbox } from "../email/worker";
import { sendInterviewReminders } from "../interviews/reminders";
import { syncPostingSchedule } from "../postings/schedule";
import { eraseExpiredApplicants } from "../retention/job";
import { sendDueSurveys } from "../surveys/job";
import { sweepStaleVideoUploads } from "../videos/sweep";
import { claimTick } from "./tick";

const MAIL_EVERY_MS = 3_000;
const SCHEDULE_EVERY_MS = 60_000;
/** The retention job is due once a day; checking hourly keeps erasure within an hour of its date. */
const HOURLY_MS = 3_600_000;

/**
 * Runs `job` every `intervalMs` in this process's timer, but only in the process that claims the
 * tick (lib/jobs/tick.ts): with one server process per core the timed jobs still run once per tick
 * in all (decision 0040). Each job is also idempotent on its own, so a tick run twice after a
 * crash changes nothing.
 */
function onceAcrossProcesses(name: string, intervalMs: number, job: () => Promise<unknown>, options: { now?: boolean } = {}): void {
  const run = () =>
    void claimTick(name, intervalMs)
      .then((mine) => (mine ? job() : undefined))
      .catch((error) => console.error(`[kohort] ${name} failed`, error));
  if (options.now) run();
  setInterval(run, intervalMs).unref();
}

/**
 * Background work of a server process. Mail delivery runs in every process: the outbox is a queue
 * whose rows each worker claims with SKIP LOCKED (decision 0024), so more workers only share it.
 * The timed sweeps run once per tick across all processes.
 */
export function startBackgroundJobs(): void {
  setInterval(() => void kickOutbox(), MAIL_EVERY_MS).unref();
  onceAcrossProcesses("posting-schedule", SCHEDULE_EVERY_MS, () => syncPostingSchedule(), { now: true });
  onceAcrossProcesses("interview-reminders", SCHEDULE_EVERY_MS, () => sendInterviewReminders());
  onceAcrossProcesses("retention", HOURLY_MS, async () => {
    await eraseExpiredApplicants();
    await sweepStaleVideoUploads();
  });
  // Follow-up surveys are due by the day; hourly keeps a wave within an hour of its day.
  onceAcrossProcesses("follow-up-surveys", HOURLY_MS, () => sendDueSurveys());
}
