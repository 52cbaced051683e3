// The deadline rush: 300 applicants press "send" within one minute, in bursts, some twice at once,
// as real server-action POSTs (the same request a browser makes), then the database is counted.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createClient, type Client, type Response } from "./http";
import { cpuMillis } from "./server";
import { BUDGETS, type Budget } from "./budgets";
import { countRushOutcome, createRushApplicants, type RushApplicant, type RushOutcome } from "./rush-data";
import { printTable, summarise, summariseByLabel, type Sample, type Summary } from "./stats";

const ACTION = "submitApplicationAction";
const ACTION_FILE = "lib/applications/actions";
const APPLICANTS = 300;
const DOUBLE_EVERY = 10; // every tenth applicant sends twice at once: a double click, a retry
const WINDOW_MS = 60_000;
/** Most arrive in bursts (a reminder mail, the last minutes); the rest at random. */
const BURSTS = [
  { atMs: 15_000, count: 40 },
  { atMs: 30_000, count: 40 },
  { atMs: 45_000, count: 40 },
  { atMs: 57_000, count: 60 },
];
const BURST_SPREAD_MS = 500;

// React's own encoder for server-action arguments, as Next's browser runtime uses it.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

export interface FoundAction {
  id: string;
  /** Pages whose server bundle holds the action, as route patterns. */
  pages: string[];
}

/** The action's id from the build's server-reference manifest (ids change with every build). */
export function findServerAction(distDir: string, exportedName: string, file: string): FoundAction | null {
  const manifestFile = path.join(distDir, "server", "server-reference-manifest.json");
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { node?: Record<string, { workers?: Record<string, unknown>; exportedName?: string; filename?: string }> };
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    const workers = Object.entries(entry.workers ?? {});
    const named = entry.exportedName ?? workers.map(([, w]) => (w as { exportedName?: string }).exportedName).find(Boolean);
    const filename = entry.filename ?? workers.map(([, w]) => (w as { filename?: string }).filename).find(Boolean) ?? "";
    if (named === exportedName && (!filename || filename.includes(file))) return { id, pages: workers.map(([page]) => page) };
  }
  // Older manifests name no export: the client bundle's reference does, next to the id.
  const chunks = path.join(distDir, "static", "chunks");
  if (!existsSync(chunks)) return null;
  for (const chunk of readdirSync(chunks, { recursive: true }).map(String).filter((f) => f.endsWith(".js"))) {
    const source = readFileSync(path.join(chunks, chunk), "utf8");
    const match = source.match(new RegExp(`"([0-9a-f]{40,})"[^"]{0,200}"${exportedName}"`));
    if (match && manifest.node?.[match[1]]) return { id: match[1], pages: Object.keys(manifest.node[match[1]].workers ?? {}) };
  }
  return null;
}

/** "app/[locale]/(app)/c/[slug]/apply/page" → "/sv/c/trainee-varmland/apply"; null if it needs more. */
function pagePath(pattern: string, locale: string, slug: string): string | null {
  const segments = pattern.replace(/^app\//, "").replace(/\/page$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s));
  const filled = segments.map((s) => (s === "[locale]" ? locale : s === "[slug]" ? slug : s));
  return filled.some((s) => s.startsWith("[")) ? null : `/${filled.join("/")}`;
}

function applicationInput(a: RushApplicant, i: number) {
  return {
    campaignId: a.campaignId,
    firstName: `Rush${i}`,
    lastName: "Sökande",
    phone: "+46 70 123 45 67",
    educationLevel: "MASTER",
    field: "Data science",
    university: "Karlstads universitet",
    graduationYear: 2026,
    ties: ["STUDIED"],
    livesInRegion: true,
    heardFrom: "UNIVERSITY",
    gender: "UNDISCLOSED",
    coverLetter: "Jag vill bygga digitala tjänster i regionen. ".repeat(20).trim(),
    videoUrl: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    videoConfirmed: true,
    preferences: a.preferences,
    extraAnswers: a.extraAnswers,
    processingConsent: true,
    talentPoolConsent: i % 2 === 0,
    // What a Norwegian public member's applicant list needs (lib/applicant-lists); ignored elsewhere.
    birthYear: 1999 - (i % 7),
    currentPosition: "Masterstudent",
    homeMunicipality: "Hamar",
    locale: a.locale,
  };
}

/** A fixed pseudo-random sequence, so every run sends the same pattern. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

interface SendAt {
  atMs: number;
  burst: boolean;
}

function sendTimes(count: number): SendAt[] {
  const next = random(2026);
  const inBursts = BURSTS.flatMap((b) => Array.from({ length: b.count }, () => ({ atMs: b.atMs + next() * BURST_SPREAD_MS, burst: true })));
  const scattered = Array.from({ length: count - inBursts.length }, () => ({ atMs: next() * WINDOW_MS, burst: false }));
  const times = [...inBursts, ...scattered];
  for (let i = times.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [times[i], times[j]] = [times[j], times[i]];
  }
  return times;
}

/** The action's answer inside the RSC response: ok, an error code, or what went wrong. */
function outcomeOf(response: Response): string {
  if (response.status === 0) return `no answer (${response.body})`;
  if (response.status !== 200) return `HTTP ${response.status}`;
  if (/"ok":true/.test(response.body)) return "ok";
  return response.body.match(/"ok":false,"error":"(\w+)"/)?.[1] ?? "unreadable answer";
}

/**
 * Applicant `i` pressing "send": the server-action POST a browser makes, and its outcome ("ok", an
 * error code, or what went wrong). Also what the database-outage check sends (scripts/lib/faults).
 */
export async function sendApplication(client: Client, appUrl: string, action: FoundAction, a: RushApplicant, i: number): Promise<{ response: Response; outcome: string }> {
  const target = action.pages.map((p) => pagePath(p, a.locale, a.slug)).find(Boolean) ?? `/${a.locale}/c/${a.slug}/jobs`;
  const body = await encodeReply([a.slug, applicationInput(a, i)]);
  if (typeof body !== "string") throw new Error("the arguments encoded as form data");
  const response = await client.request("POST", target, {
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": action.id,
      origin: appUrl,
      cookie: `authjs.session-token=${a.sessionToken}`,
    },
    body,
  });
  return { response, outcome: outcomeOf(response) };
}

/** What the server logged for failed requests, by message: "unexpected" answers carry only an id. */
function serverErrors(log: string[], from: number): string[] {
  const counts = new Map<string, number>();
  for (const line of log.slice(from)) {
    const message = line.match(/\[kohort\] request \S+ failed (.*)/)?.[1];
    if (message) counts.set(message.slice(0, 160), (counts.get(message.slice(0, 160)) ?? 0) + 1);
  }
  return [...counts].map(([message, n]) => `${n}× ${message}`);
}

export interface RushResult {
  applicants: number;
  summary: Summary;
  answers: Record<string, number>;
  stored: RushOutcome;
  checksPassed: boolean;
  budget: Budget;
}

export interface RushOptions {
  appUrl: string;
  ownerUrl: string;
  distDir: string;
  storageDir: string;
  serverLog: string[];
  pid: number | number[];
  /** The consortia whose open campaigns the applicants apply to; the demo's two by default. */
  slugs?: string[];
}

/**
 * Runs the rush against `appUrl` (one server, or HAProxy in front of several: then `pid` lists
 * them all) and returns its figures and whether every check on the stored outcome passed; null
 * when the build has no submit action.
 */
export async function runDeadlineRush(options: RushOptions): Promise<RushResult | null> {
  console.log(`\n== Deadline rush: ${APPLICANTS} applicants submit within ${WINDOW_MS / 1000} s, in bursts, every ${DOUBLE_EVERY}th twice at once`);
  const action = findServerAction(options.distDir, ACTION, ACTION_FILE);
  if (!action) {
    console.log(`   skipped: the build has no server action ${ACTION} from ${ACTION_FILE} (no page uses it yet)`);
    return null;
  }
  const applicants = await createRushApplicants(options.ownerUrl, options.storageDir, options.slugs ?? ["trainee-varmland", "trainee-innlandet"], APPLICANTS);
  const times = sendTimes(APPLICANTS);
  const client = createClient(options.appUrl, { keepAlive: false }); // 300 people, 300 browsers
  const samples: Sample[] = [];
  const outcomes = new Map<string, number>();
  const tally = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  let inFlight = 0;
  let mostInFlight = 0;
  const submit = async (a: RushApplicant, i: number) => {
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    const { response, outcome } = await sendApplication(client, options.appUrl, action, a, i);
    inFlight--;
    tally(outcome);
    samples.push({ label: times[i].burst ? "submit, burst" : "submit, steady", ms: response.ms, status: response.status, ok: outcome === "ok" });
  };
  const logFrom = options.serverLog.length;
  const serverCpu = () => [options.pid].flat().reduce((sum, pid) => sum + cpuMillis(pid), 0);
  const cpuBefore = serverCpu();
  const started = performance.now();
  await Promise.all(
    applicants.flatMap((a, i) => {
      const copies = i % DOUBLE_EVERY === 0 ? 2 : 1;
      return Array.from({ length: copies }, () => new Promise<void>((resolve) =>
          setTimeout(() => void submit(a, i).catch((error) => tally(`failed: ${(error as Error).message}`)).finally(resolve), times[i].atMs),
        ));
    }),
  );
  client.close();
  const seconds = (performance.now() - started) / 1000;
  console.log(`   ${samples.length} POSTs (Next-Action ${action.id.slice(0, 12)}…) over ${seconds.toFixed(1)} s, at most ${mostInFlight} at once`);
  printTable(summariseByLabel(samples, seconds));
  console.log(`   server CPU: ${((serverCpu() - cpuBefore) / samples.length).toFixed(1)} ms per submit, mail delivery included`);
  console.log(`   answers: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  for (const line of serverErrors(options.serverLog, logFrom)) console.log(`   server log: ${line}`);
  const stored = await countRushOutcome(options.ownerUrl);
  const checks: [boolean, string][] = [
    [stored.submitted === APPLICANTS, `${stored.submitted} submitted applications stored for ${APPLICANTS} applicants (${stored.applications} rows in all)`],
    [stored.duplicateApplications === 0 && stored.duplicateApplicants === 0, `${stored.duplicateApplications} duplicate applications, ${stored.duplicateApplicants} duplicate applicant records`],
    [stored.submitEvents === APPLICANTS, `${stored.submitEvents} "application.submit" audit events`],
    [stored.confirmationMails === APPLICANTS && stored.mailedPeople === APPLICANTS, `${stored.confirmationMails} confirmation mails to ${stored.mailedPeople} people`],
    [stored.draftsLeft === 0, `${stored.draftsLeft} drafts left behind; ${stored.preferenceRows} ranked choices stored`],
  ];
  for (const [ok, text] of checks) console.log(`   ${ok ? "✓" : "✗"} ${text}`);
  return {
    applicants: APPLICANTS,
    summary: summarise("application submit", samples, seconds),
    answers: Object.fromEntries(outcomes),
    stored,
    checksPassed: checks.every(([ok]) => ok),
    budget: BUDGETS.submit,
  };
}
