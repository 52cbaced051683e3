import type { CoordinatorInbox, EmployerInbox, SteeringInbox } from "@/lib/dashboards/inbox";
import type { TodoItem } from "./todo-inbox";

// Each inbox count with the list that shows exactly what it counts: the same filters in the
// link as in the count's query (lib/dashboards/inbox.ts).

export function coordinatorItems(slug: string, inbox: CoordinatorInbox): TodoItem[] {
  const base = `/c/${slug}`;
  const campaign: Record<string, string> = inbox.campaignId ? { campaign: inbox.campaignId } : {};
  const applications = (query: Record<string, string>) => ({ pathname: `${base}/applications`, query: { ...campaign, ...query } });
  return [
    { key: "toApprove", count: inbox.toApprove, href: { pathname: `${base}/postings`, query: { status: "SUBMITTED" } } },
    { key: "returned", count: inbox.returned, href: { pathname: `${base}/postings`, query: { status: "RETURNED" } } },
    { key: "newApplications", count: inbox.newApplications, href: applications(inbox.since ? { since: inbox.since.toISOString() } : {}) },
    { key: "unrated", count: inbox.unrated, href: applications({ unrated: "1" }) },
    { key: "unbooked", count: inbox.unbooked, href: applications({ stage: "INTERVIEW", unbooked: "1" }) },
    { key: "pendingOffers", count: inbox.pendingOffers, href: applications({ stage: "OFFER" }) },
    { key: "overdueCheckIns", count: inbox.overdueCheckIns, href: { pathname: `${base}/check-ins`, query: { overdue: "1" } } },
    { key: "withoutContact", count: inbox.withoutContact, href: { pathname: `${base}/members`, query: { contact: "none" } } },
  ];
}

export function employerItems(slug: string, inbox: EmployerInbox): TodoItem[] {
  const base = `/c/${slug}`;
  return [
    { key: "employerReturned", count: inbox.returned, href: { pathname: `${base}/postings`, query: { status: "RETURNED" } } },
    { key: "awaitingRating", count: inbox.awaitingRating, href: { pathname: `${base}/candidates`, query: { unrated: "1" } } },
    { key: "checkInsSoon", count: inbox.checkInsSoon, href: `${base}/trainees#next-check-ins` },
  ];
}

export function steeringItems(slug: string, inbox: SteeringInbox): TodoItem[] {
  const base = `/c/${slug}`;
  return [
    { key: "newAnswers", count: inbox.newAnswers, href: `${base}/outcomes` },
    { key: "endedCohorts", count: inbox.endedCohorts, href: `${base}/outcomes/report` },
  ];
}
