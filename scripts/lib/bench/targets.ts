// What the benchmark measures, one target at a time: the page a virtual user asks for (spread
// over the consortia and their postings), how to tell the real answer from a sign-in redirect or
// an error page, its SQL floor and its budget.
import { readFileSync } from "node:fs";
import { BUDGETS, type Budget } from "./budgets";
import type { FloorQuery } from "./floor";
import { applicantFloor, coordinatorFloor, employerFloor, steeringFloor, traineeFloor } from "./floor-dashboards";
import { careerFloor, metricsFloor, outcomesFloor, postingFloor, reviewFloor, searchFloor } from "./floor-pages";
import type { BenchConsortium, BenchRole } from "./fixtures";
import type { UserRequest } from "./http";

export interface BenchTarget {
  name: string;
  /** Whose session the request carries; null for the public pages. */
  role: BenchRole | null;
  budget: Budget;
  floor: FloorQuery;
  /** The n-th request of a virtual user in consortium `c`. */
  request(c: BenchConsortium, n: number): UserRequest;
  /** Why the target cannot run on these consortia, if it cannot. */
  missing?(c: BenchConsortium): string | null;
}

type Catalog = Record<string, unknown>;
const catalogs = new Map<string, Catalog>();

/** A message's text up to its first placeholder, HTML-escaped as React writes it: what the page must contain. */
function marker(locale: string, key: string, values: Record<string, string | number> = {}): string {
  if (!catalogs.has(locale)) catalogs.set(locale, JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Catalog);
  const text = key.split(".").reduce<unknown>((node, part) => (node as Catalog)[part], catalogs.get(locale)) as string;
  const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  const plain = filled.split("{")[0];
  return plain.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

const cookie = (c: BenchConsortium, role: BenchRole) => ({ cookie: `authjs.session-token=${c.sessions[role]!.token}` });
const contains = (text: string) => (response: { body: string }) => response.body.includes(text);
const needsRole = (role: BenchRole) => (c: BenchConsortium) => (c.sessions[role] ? null : `no ${role.toLowerCase()} account in ${c.slug}`);

function dashboard(role: BenchRole, floor: FloorQuery): BenchTarget {
  return {
    name: `${role.toLowerCase()} dashboard`,
    role,
    budget: BUDGETS.dashboard,
    floor,
    request: (c) => ({ path: `/${c.locale}/c/${c.slug}`, headers: cookie(c, role), check: contains(marker(c.locale, `dashboard.title.${role}`)) }),
    missing: needsRole(role),
  };
}

export const TARGETS: BenchTarget[] = [
  {
    name: "career page",
    role: null,
    budget: BUDGETS.public,
    floor: careerFloor,
    request: (c) => ({ path: `/${c.locale}/c/${c.slug}/jobs`, check: contains(marker(c.locale, "careers.title", { consortium: c.name })) }),
  },
  {
    name: "posting page",
    role: null,
    budget: BUDGETS.public,
    floor: postingFloor,
    request: (c, n) => ({ path: `/${c.locale}/c/${c.slug}/jobs/${c.postingIds[n % c.postingIds.length]}`, check: contains(marker(c.locale, "careers.aboutRole")) }),
    missing: (c) => (c.postingIds.length ? null : `no published posting in ${c.slug}`),
  },
  dashboard("COORDINATOR", coordinatorFloor),
  dashboard("EMPLOYER", employerFloor),
  dashboard("STEERING", steeringFloor),
  dashboard("APPLICANT", applicantFloor),
  dashboard("TRAINEE", traineeFloor),
  {
    name: "review table",
    role: "COORDINATOR",
    budget: BUDGETS.review,
    floor: reviewFloor,
    request: (c, n) => {
      const review = c.review[n % c.review.length];
      const text = review.pages > 1 ? marker(c.locale, "review.pageOf", { page: review.page, pages: review.pages }) : marker(c.locale, "review.title");
      return { path: `/${c.locale}/c/${c.slug}/applications?${review.query}`, headers: cookie(c, "COORDINATOR"), check: contains(text) };
    },
    missing: (c) => needsRole("COORDINATOR")(c) ?? (c.review.length ? null : `no open campaign in ${c.slug}`),
  },
  {
    // A name search over the whole campaign must stay within the review table's budget.
    name: "review search",
    role: "COORDINATOR",
    budget: BUDGETS.review,
    floor: searchFloor,
    request: (c, n) => ({
      path: `/${c.locale}/c/${c.slug}/applications?${c.searches[n % c.searches.length].query}`,
      headers: cookie(c, "COORDINATOR"),
      check: contains(marker(c.locale, "review.title")),
    }),
    missing: (c) => needsRole("COORDINATOR")(c) ?? (c.searches.length ? null : `no open campaign in ${c.slug}`),
  },
  {
    name: "outcomes page",
    role: "STEERING",
    budget: BUDGETS.outcomes,
    floor: outcomesFloor,
    request: (c) => ({ path: `/${c.locale}/c/${c.slug}/outcomes`, headers: cookie(c, "STEERING"), check: contains(marker(c.locale, "outcomes.openReport")) }),
    missing: needsRole("STEERING"),
  },
  {
    name: "metrics JSON",
    role: "STEERING",
    budget: BUDGETS.metrics,
    floor: metricsFloor,
    request: (c) => ({ path: `/api/c/${c.slug}/metrics`, headers: { ...cookie(c, "STEERING"), accept: "application/json" }, check: contains(`"cohorts":[{`) }),
    missing: needsRole("STEERING"),
  },
];
