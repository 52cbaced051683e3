// Reads one scale consortium through the app's own service functions, as the role held by
// row-level security, and prints what they compute: proof that the seeded rows are ones the app
// understands. Exits non-zero when a figure contradicts the plan. Run by `npm run seed:scale` in a
// process of its own (the app's pools live until the process ends), with the scale database's
// DATABASE_URL and DATABASE_APP_URL:
//
//   tsx scripts/lib/scale/check.ts scale-01
import { appDb } from "../../../lib/db/client";
import { withTenant } from "../../../lib/db/tenant";
import { loadOutcomeReport } from "../../../lib/metrics/report";
import { listApplications, listReviewCampaigns } from "../../../lib/review/service";
import { parseReviewFilters } from "../../../lib/review/schemas";
import { listOpenPostings } from "../../../lib/careers/service";
import { loadCoordinatorDashboard } from "../../../lib/dashboards/coordinator";
import { loadApplicantDashboard, loadEmployerDashboard, loadSteeringDashboard } from "../../../lib/dashboards/others";
import { loadTraineeDashboard } from "../../../lib/dashboards/trainee";
import { CAMPAIGNS, CLOSED_APPLICATIONS, HIRES, OPEN_PUBLISHED, RUNNING_YEAR } from "./plan";

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(`scale check failed: ${what}`);
}

async function checkInApp(slug: string): Promise<void> {
  try {
    const consortium = await appDb().consortium.findUniqueOrThrow({ where: { slug }, select: { id: true, timeZone: true } });
    const cid = consortium.id;
    const users = await appDb().user.findMany({ where: { email: { endsWith: `@${slug}.example` } }, select: { id: true, email: true } });
    const user = (role: string) => users.find((u) => u.email.startsWith(`${role}@`))!.id;
    const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
      const from = performance.now();
      const result = await work();
      console.log(`  ${label.padEnd(42)} ${(performance.now() - from).toFixed(0).padStart(6)} ms`);
      return result;
    };

    console.log(`\nThe app's own queries on ${slug} (first call, cold process):`);
    const report = await time("loadOutcomeReport (all years)", () => withTenant(cid, null, (tx) => loadOutcomeReport(tx, cid, {})));
    const campaigns = await withTenant(cid, null, (tx) => listReviewCampaigns(tx, cid));
    const open = campaigns.find((c) => c.status === "OPEN")!;
    const review = await time("listApplications (open campaign, page 1)", () =>
      withTenant(cid, null, (tx) => listApplications(tx, cid, open.id, parseReviewFilters({}))));
    const screening = await time("listApplications (stage SCREENING, page 2)", () =>
      withTenant(cid, null, (tx) => listApplications(tx, cid, open.id, parseReviewFilters({ stage: "SCREENING", page: "2" }))));
    const career = await time("listOpenPostings (career page)", () => listOpenPostings(cid, {}));
    const coordinator = await time("loadCoordinatorDashboard", () => withTenant(cid, user("coordinator"), (tx) => loadCoordinatorDashboard(tx, cid, consortium.timeZone)));
    const { employerId } = await withTenant(cid, null, (tx) =>
      tx.membership.findFirstOrThrow({ where: { consortiumId: cid, userId: user("employer") }, select: { employerId: true } }));
    const employer = await time("loadEmployerDashboard (first employer)", () => withTenant(cid, user("employer"), (tx) => loadEmployerDashboard(tx, cid, employerId!)));
    const steering = await time("loadSteeringDashboard", () => withTenant(cid, user("steering"), (tx) => loadSteeringDashboard(tx, cid)));
    const applicant = await time("loadApplicantDashboard", () => withTenant(cid, user("applicant"), (tx) => loadApplicantDashboard(tx, cid, user("applicant"))));
    const trainee = await time("loadTraineeDashboard", () =>
      withTenant(cid, user("trainee"), (tx) => loadTraineeDashboard(tx, cid, user("trainee"), consortium.timeZone)));

    console.log("\n  cohort   status     applicants places per-place interviewed offered hired completed in-region-end y1 y3");
    for (const c of report.cohorts) {
      const f = c.funnel;
      const o = c.outcomes;
      const share = (x: { count: number; known: number }) => `${x.count}/${x.known}`;
      console.log(
        `  ${c.name.padEnd(8)} ${c.status.padEnd(10)} ${String(f.applicants).padStart(10)} ${String(f.places).padStart(6)} ${String(f.applicantsPerPlace).padStart(9)} ` +
          `${String(f.interviewed).padStart(11)} ${String(f.offered).padStart(7)} ${String(f.hired).padStart(5)} ${share(o.completed).padStart(9)} ` +
          `${share(o.inRegionEnd).padStart(13)} ${share(o.inRegion1y)} ${share(o.inRegion3y)}`,
      );
    }
    const years = report.members.years.map((y) => `${y.year}: ${y.total} (${y.active} active)`).join(", ");
    console.log(`  members per year: ${years}`);
    console.log(`  review table: ${review.total} sent applications in the open campaign, ${review.pages} pages; SCREENING page 2 has ${screening.items.length} rows`);
    console.log(`  career page: ${career.postings.length} postings, ${career.fields.length} fields, ${career.municipalities.length} municipalities`);
    console.log(`  coordinator: ${coordinator.openPostingCount} open postings, campaign ${coordinator.campaign?.cohort.name} with ${coordinator.campaign?.total} sent, ${coordinator.checkIns.due.length} check-ins due`);
    console.log(`  employer: ${employer.postings.length} postings, ${employer.placements.length} active placements; steering: ${steering.length} cohorts`);
    console.log(`  applicant: ${applicant.map((a) => `${a.campaign.cohort.name} ${a.stage}`).join(", ")}; trainee: ${trainee?.cohort.name} at ${trainee?.placement?.employer.name}`);

    expect(report.cohorts.length === CAMPAIGNS, `${report.cohorts.length} cohorts in the report`);
    const closed = report.cohorts.filter((c) => c.year <= RUNNING_YEAR);
    expect(closed.every((c) => c.funnel.hired === HIRES && c.funnel.places === HIRES), "hires and places per cohort");
    expect(closed.every((c) => (c.funnel.applicants ?? 0) > CLOSED_APPLICATIONS * 0.9), "applicants per closed campaign");
    expect(career.postings.length === OPEN_PUBLISHED, "published postings on the career page");
    expect(review.total > 800 && review.items.length === 50, "the open campaign's review table");
    expect(employer.postings.some((p) => p.status === "PUBLISHED" && p._count.preferences > 0), "the employer account's ranked postings");
    expect(applicant.some((a) => a.stage === "SUBMITTED"), "the applicant account's submitted application");
    expect(trainee?.cohort.name.startsWith(String(RUNNING_YEAR)) === true && trainee.placement !== null, "the trainee account's placement");
  } finally {
    await appDb().$disconnect();
  }
}

try {
  await checkInApp(process.argv[2] ?? "scale-01");
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
// The app's pools would keep idle connections (and so the process) open for a while.
process.exit();
