// The retry schedule as the provider saw it: for each mail, the time between one POST and the next,
// set against the backoff the worker promised (retryDelaySeconds). A worker that claimed a mail
// before its nextAttemptAt would show up here as a gap shorter than the backoff.
import { retryDelaySeconds } from "../../../lib/email/deliver";
import type { FakeRequest } from "./fake-resend";
import type { Checks } from "./mail-report";

/** Gaps are measured at the fake in whole milliseconds; nextAttemptAt is stored to the millisecond. */
const SLACK_MS = 2;

interface Gap {
  /** The attempt that failed; the gap runs from its POST to the next one. */
  attempt: number;
  ms: number;
}

function gapsByKey(requests: FakeRequest[]): Gap[] {
  const byKey = new Map<string, number[]>();
  for (const r of requests) if (r.key) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.at]);
  return [...byKey.values()].flatMap((times) => times.slice(1).map((at, i) => ({ attempt: i + 1, ms: at - times[i] })));
}

const format = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

/** Prints the observed delays per attempt and checks that none came before its backoff. */
export function reportBackoff(checks: Checks, requests: FakeRequest[], baseSeconds: number): void {
  const gaps = gapsByKey(requests);
  console.log(`   attempt → next   backoff   observed min / median / max   mails`);
  const attempts = [...new Set(gaps.map((g) => g.attempt))].sort((a, b) => a - b);
  for (const attempt of attempts) {
    const ms = gaps.filter((g) => g.attempt === attempt).map((g) => g.ms).sort((a, b) => a - b);
    const promised = retryDelaySeconds(attempt, baseSeconds) * 1000;
    const observed = [ms[0], ms[Math.floor(ms.length / 2)], ms[ms.length - 1]].map(format).join(" / ");
    console.log(`   ${String(attempt).padStart(7)} → ${String(attempt + 1).padEnd(4)} ${format(promised).padStart(9)}   ${observed.padEnd(28)}  ${ms.length}`);
  }
  const early = gaps.filter((g) => g.ms < retryDelaySeconds(g.attempt, baseSeconds) * 1000 - SLACK_MS);
  checks.check(early.length === 0, `${early.length} of ${gaps.length} retries came before their backoff (claims respect nextAttemptAt)`);
}
