// The deadline rush with PostgreSQL stopped in the middle: 300 applicants press "send" over
// RUSH_MS (every tenth twice at once); the database goes away at STOP_AT_MS and comes back at
// START_AT_MS; afterwards everyone whose send was not acknowledged presses it again, as a person
// would. The figures are printed; the result says whether every check held.
import pg from "pg";
import { createClient } from "../bench/http";
import { findServerAction, sendApplication } from "../bench/rush";
import { countRushOutcome, createRushApplicants, RUSH_DOMAIN, type RushApplicant } from "../bench/rush-data";
import { observe, waitForRecovery, type Observation, type PageProbe } from "./outage-pages";
import type { RestartablePostgres } from "./postgres";

const APPLICANTS = 300;
const DOUBLE_EVERY = 10;
const RUSH_MS = 36_000;
const STOP_AT_MS = 12_000;
const START_AT_MS = 24_000;
const OBSERVE_EVERY_MS = 1_000;

const PROBES: PageProbe[] = [
  { label: "career page (sv)", path: "/sv/c/trainee-varmland/jobs", locale: "sv" },
  { label: "career page (nb)", path: "/nb/c/trainee-innlandet/jobs", locale: "nb" },
  { label: "home page (en)", path: "/en", locale: "en" },
  { label: "health", path: "/api/health", locale: null },
  { label: "metrics API", path: "/api/c/trainee-varmland/metrics", locale: null },
];

export interface OutageRushOptions {
  appUrl: string;
  distDir: string;
  storageDir: string;
  postgres: RestartablePostgres;
  /** Whether the app server is still the process started before the outage. */
  serverAlive: () => boolean;
}

type Phase = "before" | "during" | "after" | "sent again";

async function storedEmails(ownerUrl: string): Promise<Set<string>> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ email: string }>(
      `SELECT p.email FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId" WHERE p.email LIKE $1 AND a.stage = 'SUBMITTED'`,
      [`%@${RUSH_DOMAIN}`],
    );
    return new Set(rows.map((r) => r.email));
  } finally {
    await db.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function runOutageRush(options: OutageRushOptions): Promise<boolean> {
  const { postgres } = options;
  const action = findServerAction(options.distDir, "submitApplicationAction", "lib/applications/actions");
  if (!action) throw new Error("the build has no submitApplicationAction");
  const applicants = await createRushApplicants(postgres.ownerUrl, options.storageDir, ["trainee-varmland", "trainee-innlandet"], APPLICANTS);
  const client = createClient(options.appUrl, { keepAlive: false });
  const acknowledged = new Map<string, number>(); // email → ms after the start when "ok" arrived
  const answers = new Map<string, number>();
  const tally = (phase: Phase, outcome: string) => answers.set(`${phase}: ${outcome}`, (answers.get(`${phase}: ${outcome}`) ?? 0) + 1);
  const timeline = { stoppedAt: 0, startedAt: 0 };
  const phaseAt = (ms: number): Phase => (!timeline.stoppedAt || ms < timeline.stoppedAt ? "before" : !timeline.startedAt || ms < timeline.startedAt ? "during" : "after");
  const started = performance.now();
  const now = () => performance.now() - started;

  const press = async (a: RushApplicant, i: number, again = false) => {
    const sentAt = now();
    const { outcome } = await sendApplication(client, options.appUrl, action, a, i);
    if (outcome === "ok" && !acknowledged.has(a.email)) acknowledged.set(a.email, now());
    tally(again ? "sent again" : phaseAt(sentAt), outcome);
  };
  console.log(`\n== Deadline rush with an outage: ${APPLICANTS} applicants over ${seconds(RUSH_MS)}, every ${DOUBLE_EVERY}th twice at once; PostgreSQL stopped at ${seconds(STOP_AT_MS)}, started at ${seconds(START_AT_MS)}`);
  const sends = applicants.flatMap((a, i) => {
    const atMs = (((i * 137) % APPLICANTS) / APPLICANTS) * RUSH_MS; // spread evenly, in a fixed mixed order
    return Array.from({ length: i % DOUBLE_EVERY === 0 ? 2 : 1 }, () => sleep(atMs).then(() => press(a, i)));
  });

  await sleep(STOP_AT_MS);
  timeline.stoppedAt = now();
  await postgres.stop();
  const observations: Observation[] = [];
  const watching = (async () => {
    while (!timeline.startedAt) {
      await sleep(OBSERVE_EVERY_MS);
      const batch = await observe(client, PROBES);
      if (!timeline.startedAt) observations.push(...batch); // answered while PostgreSQL was still away
    }
  })();
  await sleep(START_AT_MS - now());
  await postgres.start();
  timeline.startedAt = now();
  await watching;
  const healthBack = await waitForRecovery(client, ["/api/health"], 60_000);
  const pagesBack = await waitForRecovery(client, PROBES.filter((p) => p.locale).map((p) => p.path), 60_000);
  await Promise.all(sends);
  const rushOver = now();

  const ackedBefore = [...acknowledged].filter(([, at]) => at < timeline.stoppedAt).map(([email]) => email);
  const storedAfterRush = await storedEmails(postgres.ownerUrl);
  const missingAcked = [...acknowledged.keys()].filter((email) => !storedAfterRush.has(email));

  // Everyone not acknowledged presses "send" again, as the form's message asks them to.
  const ackedInRush = acknowledged.size;
  const unacknowledged = APPLICANTS - ackedInRush;
  let retried = 0;
  for (let round = 0; round < 3; round++) {
    const waiting = applicants.map((a, i) => [a, i] as const).filter(([a]) => !acknowledged.has(a.email));
    if (!waiting.length) break;
    retried += waiting.length;
    for (let k = 0; k < waiting.length; k += 10) await Promise.all(waiting.slice(k, k + 10).map(([a, i]) => press(a, i, true)));
  }
  client.close();
  const stored = await countRushOutcome(postgres.ownerUrl);

  console.log(`   PostgreSQL down from ${seconds(timeline.stoppedAt)} to ${seconds(timeline.startedAt)} (${seconds(timeline.startedAt - timeline.stoppedAt)}); rush over at ${seconds(rushOver)}`);
  console.log(`   answers to "send", by when it was pressed: ${[...answers].sort().map(([k, n]) => `${k} ${n}`).join(", ")}`);
  printObservations(observations);
  console.log(`   back without restarting the app: health ok ${healthBack === null ? "never" : `${seconds(healthBack)}`} after PostgreSQL started, every page 200 after ${pagesBack === null ? "never" : seconds((healthBack ?? 0) + pagesBack)}`);
  console.log(`   acknowledged before the outage: ${ackedBefore.length}; acknowledged during the rush in all: ${ackedInRush}; stored right after it: ${storedAfterRush.size}`);
  console.log(`   then ${unacknowledged} applicants not yet acknowledged pressed "send" again (${retried} presses in all)`);

  const pagesRight = observations.length > 0 && observations.every((o) => o.problems.length === 0);
  const otherAnswers = [...answers].filter(([key]) => !/: (ok|unavailable)$/.test(key));
  const checks: [boolean, string][] = [
    [pagesRight, `every answer during the outage was the right 503 (${observations.length} looked at)`],
    [otherAnswers.length === 0, `every "send" was answered "ok" or the translated "unavailable"${otherAnswers.length ? ` (also: ${otherAnswers.map(([k, n]) => `${k} ${n}`).join(", ")})` : ""}`],
    [healthBack !== null && pagesBack !== null && options.serverAlive(), "health and pages recovered without restarting the app"],
    [missingAcked.length === 0, `${missingAcked.length} of ${acknowledged.size} acknowledged applications missing after the outage (${ackedBefore.length} acknowledged before it)`],
    [stored.submitted === APPLICANTS, `${stored.submitted} submitted applications stored for ${APPLICANTS} applicants in the end (${stored.applications} rows in all)`],
    [stored.duplicateApplications === 0 && stored.duplicateApplicants === 0, `${stored.duplicateApplications} duplicate applications, ${stored.duplicateApplicants} duplicate applicant records`],
    [stored.submitEvents === APPLICANTS, `${stored.submitEvents} "application.submit" audit events`],
    [stored.confirmationMails === APPLICANTS && stored.mailedPeople === APPLICANTS, `${stored.confirmationMails} confirmation mails queued to ${stored.mailedPeople} people`],
  ];
  for (const [ok, text] of checks) console.log(`   ${ok ? "✓" : "✗"} ${text}`);
  return checks.every(([ok]) => ok);
}

function printObservations(observations: Observation[]) {
  const byLabel = new Map<string, Observation[]>();
  for (const o of observations) byLabel.set(o.label, [...(byLabel.get(o.label) ?? []), o]);
  console.log("   answers during the outage:");
  for (const [label, list] of byLabel) {
    const statuses = [...new Set(list.map((o) => o.status))].join("/");
    const problems = [...new Set(list.flatMap((o) => o.problems))];
    console.log(`     ${label.padEnd(18)} ${list.length}× HTTP ${statuses}, Retry-After ${list.every((o) => o.retryAfter) ? "always" : "not always"}${problems.length ? `; ${problems.join(", ")}` : "; translated, no exception shown"}`);
  }
}
