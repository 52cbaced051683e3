// What the app answers while its database is away, read as a browser, a load balancer and an API
// client would, and checked: 503, Retry-After, the translated page in the URL's language, no trace
// of an exception; health names the database.
import { catalogs } from "../../../lib/i18n/messages";
import type { AppLocale } from "../../../lib/i18n/routing";
import type { Client, Response } from "../bench/http";

export interface PageProbe {
  label: string;
  path: string;
  /** The language the answer must be in; null for JSON. */
  locale: AppLocale | null;
}

/** Signs of an exception that must never reach a browser. */
const STACK_TRACE = /\bat \S+ \(|node_modules|\.tsx?:\d+|Prisma\w*Error|ECONNREFUSED|terminating connection|Invalid `/;

export interface Observation {
  label: string;
  status: number;
  retryAfter: boolean;
  /** What is wrong with the answer; empty when it is the outage answer it should be. */
  problems: string[];
}

function examine(probe: PageProbe, response: Response): Observation {
  const problems: string[] = [];
  if (response.status !== 503) problems.push(`status ${response.status}`);
  const retryAfter = Boolean(response.headers["retry-after"]);
  if (!retryAfter) problems.push("no Retry-After");
  if (STACK_TRACE.test(response.body)) problems.push("shows exception details");
  if (probe.locale) {
    const words = catalogs[probe.locale].unavailable;
    if (!response.body.includes(`<html lang="${probe.locale}"`)) problems.push(`not in ${probe.locale}`);
    if (!response.body.includes(words.title) || !response.body.includes(words.body)) problems.push("not the translated 503 page");
  } else {
    const json = (() => {
      try {
        return JSON.parse(response.body) as Record<string, unknown>;
      } catch {
        return null;
      }
    })();
    if (!json) problems.push("not JSON");
    else if (json.db !== "down" && json.error !== "unavailable") problems.push(`JSON says ${response.body.slice(0, 80)}`);
  }
  return { label: probe.label, status: response.status, retryAfter, problems };
}

export async function observe(client: Client, probes: PageProbe[]): Promise<Observation[]> {
  return Promise.all(
    probes.map(async (probe) => examine(probe, await client.request("GET", probe.path, { headers: { accept: probe.locale ? "text/html" : "application/json" } }))),
  );
}

/** Polls every 100 ms until every probe answers 200; the milliseconds that took, or null. */
export async function waitForRecovery(client: Client, paths: string[], timeoutMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const answers = await Promise.all(paths.map((path) => client.request("GET", path, { headers: { accept: "text/html" } })));
    if (answers.every((a) => a.status === 200)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}
