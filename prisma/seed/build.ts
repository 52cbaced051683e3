// Builds every demo row in memory: the demo accounts' users, then each consortium with its
// members, fee schedule, three cohorts and their recruitment.
import { randomUUID } from "node:crypto";
import { DEMO_ACCOUNTS } from "../demo-accounts";
import { buildApplicantLists } from "./applicant-lists";
import { buildCohortWithCampaign, campaignWindow } from "./campaigns";
import { buildFinishedTrainees, buildRunningTrainees } from "./cohorts";
import { CONSORTIA, type ConsortiumSpec } from "./consortia";
import { buildEmployers } from "./employers";
import { buildCheckIns, buildGatherings, buildMentors } from "./programme";
import { Rng, day } from "./random";
import { buildClosedRecruitment, buildDemoApplicant, buildOpenRecruitment } from "./recruitment";
import { emptyRows, type Ctx, type SeedRows } from "./types";

/** The demo trainee account signs in as one of the running cohort's trainees (one who rotates). */
function linkDemoTrainee(ctx: Ctx, traineeId: string, account: { email: string; name: string }, userId: string): void {
  const trainee = ctx.rows.trainees.find((t) => t.id === traineeId)!;
  const applicant = ctx.rows.applicants.find((a) => a.id === trainee.applicantId);
  const [firstName, ...rest] = account.name.split(" ");
  Object.assign(trainee, { userId, name: account.name, email: account.email, alumniConsentAt: trainee.createdAt });
  if (applicant) Object.assign(applicant, { userId, firstName, lastName: rest.join(" "), email: account.email });
}

export function buildSeedRows(): SeedRows {
  const rows = emptyRows();
  const userIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    if (userIds.has(account.email)) continue;
    const id = randomUUID();
    userIds.set(account.email, id);
    const spec = CONSORTIA.find((c) => c.slug === account.consortiumSlug);
    rows.users.push({ id, email: account.email, name: account.name, locale: spec?.defaultLocale ?? "en" });
  }
  for (const spec of CONSORTIA) buildConsortium(rows, spec, userIds);
  return rows;
}

function buildConsortium(rows: SeedRows, spec: ConsortiumSpec, userIds: Map<string, string>): void {
  const consortiumId = randomUUID();
  rows.consortia.push({
    id: consortiumId,
    slug: spec.slug,
    name: spec.name,
    country: spec.country,
    currency: spec.currency,
    defaultLocale: spec.defaultLocale,
    timeZone: spec.timeZone,
    retentionMonths: 24,
    municipalities: [...new Set([...spec.people.regionMunicipalities, ...spec.extraMunicipalities])].sort((a, b) => a.localeCompare(b, spec.defaultLocale)),
    createdAt: day("2023-01-01"),
  });
  const accounts = DEMO_ACCOUNTS.filter((a) => a.consortiumSlug === spec.slug);
  const memberships = accounts.map((account) => ({ account, id: randomUUID(), userId: userIds.get(account.email) as string }));
  const membershipOf = (role: string) => {
    const found = memberships.find((m) => m.account.role === role);
    if (!found) throw new Error(`${spec.slug} has no demo ${role}`);
    return found;
  };
  const ctx: Ctx = {
    consortiumId,
    spec,
    lang: spec.lang,
    rng: new Rng(spec.slug),
    rows,
    employers: [],
    coordinatorUserId: membershipOf("COORDINATOR").userId,
    coordinatorMembershipId: membershipOf("COORDINATOR").id,
    employerMembershipId: membershipOf("EMPLOYER").id,
    emailCounter: 0,
  };
  ctx.employers = buildEmployers(ctx);
  for (const m of memberships) {
    rows.memberships.push({
      id: m.id,
      consortiumId,
      userId: m.userId,
      role: m.account.role,
      employerId: m.account.role === "EMPLOYER" ? ctx.employers[0].id : null,
      createdAt: day("2023-01-01"),
    });
  }
  for (const rule of spec.feeRules) {
    rows.feeRules.push({
      id: randomUUID(),
      consortiumId,
      kind: rule.kind,
      amountMinor: rule.amountMinor,
      minThreshold: rule.minThreshold ?? null,
      maxThreshold: rule.maxThreshold ?? null,
      description: rule.description,
      validFrom: day(spec.feesValidFrom),
    });
  }

  const finished = buildCohortWithCampaign(ctx, "finished");
  const finishedHires = buildClosedRecruitment(ctx, "finished", finished, campaignWindow(ctx, "finished"));
  const alumni = buildFinishedTrainees(ctx, finished, finishedHires);

  const running = buildCohortWithCampaign(ctx, "running");
  const runningHires = buildClosedRecruitment(ctx, "running", running, campaignWindow(ctx, "running"));
  const trainees = buildRunningTrainees(ctx, running, runningHires);
  const trainee = membershipOf("TRAINEE");
  linkDemoTrainee(ctx, trainees[1].id, trainee.account, trainee.userId);
  buildGatherings(ctx, running.cohortId, trainees);
  buildMentors(ctx, trainees, alumni);
  buildCheckIns(ctx, trainees);

  const recruiting = buildCohortWithCampaign(ctx, "recruiting");
  const window = campaignWindow(ctx, "recruiting");
  buildOpenRecruitment(ctx, recruiting, window);
  const applicant = membershipOf("APPLICANT");
  buildDemoApplicant(ctx, recruiting, applicant.account, applicant.userId);
  buildApplicantLists(ctx, running, recruiting);
  rows.auditEvents.push({
    id: randomUUID(),
    consortiumId,
    actorUserId: ctx.coordinatorUserId,
    action: "campaign.open",
    targetType: "Campaign",
    targetId: recruiting.id,
    data: { cohort: "2027/28" },
    createdAt: window.opensAt,
  });
}
