import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { checkImportAction, runImportAction } from "@/lib/import/actions";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { campaignsCsv, csvFile, importCounts, importStamps, traineesCsv, twoYears } from "../support/imports";

// A good import of two years (tests/support/imports.ts → twoYears), checked against figures worked
// out by hand from those rows; then the same files again, and one corrected value.
const db = systemDb();
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("importing two years of history", () => {
  let t: TenantFixture;
  let files: { trainees: File; campaigns: File };
  let orgNumber: string;

  beforeAll(async () => {
    t = await createTenant("import");
    orgNumber = (await db.employer.findUniqueOrThrow({ where: { id: t.employerId } })).orgNumber!;
    const { trainees, campaigns } = twoYears(orgNumber);
    // Semicolons and a byte-order mark, as Excel saves "CSV UTF-8" in Sweden; commas in the other.
    files = { trainees: csvFile(`\uFEFF${traineesCsv(trainees, ";")}`), campaigns: csvFile(campaignsCsv(campaigns)) };
  });

  it("the dry run finds no problem, tells what would change and writes nothing", async () => {
    const before = await importCounts(t.id);
    const result = await checkImportAction.runAs(t.users.COORDINATOR, t.slug, files);
    expect(result).toEqual({
      ok: true,
      data: {
        errors: [],
        rows: { trainees: 6, campaigns: 2 },
        rowsWithProblems: 0,
        summary: {
          cohorts: { new: 2, changed: 0, unchanged: 0 },
          employers: { new: 3, changed: 1, unchanged: 0 },
          trainees: { new: 6, changed: 0, unchanged: 0 },
        },
      },
    });
    expect(await importCounts(t.id)).toEqual(before);
  });

  it("writes the cohorts, closed campaigns with their figures, employers, trainees, placements and answers", async () => {
    const before = await importCounts(t.id);
    const result = await runImportAction.runAs(t.users.COORDINATOR, t.slug, files);
    expect(result.ok).toBe(true);
    expect(await importCounts(t.id)).toEqual({
      ...before,
      cohorts: before.cohorts + 2,
      campaigns: before.campaigns + 2,
      employers: before.employers + 3,
      trainees: before.trainees + 6,
      placements: before.placements + 6,
      followUps: before.followUps + 8,
      audits: before.audits + 1,
    });

    const cohorts = await db.cohort.findMany({ where: { consortiumId: t.id, imported: true }, include: { campaign: true }, orderBy: { startDate: "asc" } });
    expect(cohorts.map((c) => [c.name, c.startDate, c.endDate, c.status, c.programmeMonths, c.checkInMonths])).toEqual([
      ["2021/22", day("2021-09-01"), day("2022-08-31"), "FINISHED", 12, []],
      ["2022/23", day("2022-09-01"), day("2023-08-31"), "FINISHED", 12, []],
    ]);
    expect(cohorts.map((c) => c.campaign)).toMatchObject([
      { status: "CLOSED", applicantsTotal: 150, placesTotal: 10, applicantsOutside: 60, interviewedTotal: 25, offeredTotal: null },
      { status: "CLOSED", applicantsTotal: 180, placesTotal: 12, applicantsOutside: 70, interviewedTotal: 30, offeredTotal: null },
    ]);

    const employers = await db.employer.findMany({ where: { consortiumId: t.id }, orderBy: { name: "asc" } });
    expect(employers.map((e) => [e.name, e.orgNumber, e.sector, e.status, e.memberSince, e.memberUntil, e.sizeBand, e.municipality])).toEqual([
      ["Arvika kommun", "212000-1111", "PUBLIC", "LEFT", day("2021-09-01"), day("2022-08-31"), null, null],
      // Matched by its organisation number: the file's other name is ignored; membership widened back.
      ["Employer import", orgNumber, "PRIVATE", "ACTIVE", day("2022-09-01"), null, "FROM_10_TO_49", "Karlstad"],
      ["Lilla Byrån", null, "PRIVATE", "LEFT", day("2022-09-01"), day("2023-08-31"), null, null],
      ["Nordic Steel AB", "556000-2222", "PRIVATE", "LEFT", day("2021-09-01"), day("2023-08-31"), null, null],
    ]);

    const trainees = await db.trainee.findMany({
      where: { consortiumId: t.id, importKey: { not: null } },
      include: { placements: { include: { employer: true } }, followUps: { orderBy: { wave: "asc" } } },
      orderBy: { name: "asc" },
    });
    const summary = trainees.map((x) => ({
      key: x.importKey,
      email: x.email,
      gender: x.gender,
      education: x.educationLevel,
      field: x.field,
      ties: x.ties,
      status: x.status,
      offered: x.offeredJob,
      accepted: x.acceptedOffer,
      at: x.placements.map((p) => [p.employer.name, p.startDate.toISOString().slice(0, 10), p.endDate.toISOString().slice(0, 10)]),
      lives: x.followUps.map((f) => `${f.wave}:${f.livesInRegion}`),
    }));
    expect(summary).toEqual([
      { key: JSON.stringify(["2021/22", "email", "anna.ek@example.se"]), email: "anna.ek@example.se", gender: "WOMAN", education: "MASTER", field: "Samhällsplanering", ties: ["GREW_UP"], status: "COMPLETED", offered: "YES", accepted: "YES", at: [["Arvika kommun", "2021-09-01", "2022-08-31"]], lives: ["END:YES", "YEAR_1:YES", "YEAR_3:NO"] },
      { key: JSON.stringify(["2021/22", "name", "bo ström"]), email: null, gender: "MAN", education: "BACHELOR", field: "IT", ties: ["GREW_UP", "STUDIED"], status: "COMPLETED", offered: "YES", accepted: "NO", at: [["Nordic Steel AB", "2021-09-01", "2022-08-31"]], lives: ["END:YES", "YEAR_1:NO"] },
      { key: JSON.stringify(["2021/22", "email", "cilla.dahl@example.se"]), email: "cilla.dahl@example.se", gender: "OTHER", education: null, field: null, ties: [], status: "DROPPED_OUT", offered: "NO", accepted: "UNKNOWN", at: [["Arvika kommun", "2021-09-01", "2022-08-31"]], lives: [] },
      { key: JSON.stringify(["2022/23", "email", "dan.holm@example.se"]), email: "dan.holm@example.se", gender: "MAN", education: "PHD", field: "Data", ties: ["NONE"], status: "COMPLETED", offered: "YES", accepted: "YES", at: [["Nordic Steel AB", "2022-09-01", "2023-08-31"]], lives: ["END:YES"] },
      { key: JSON.stringify(["2022/23", "email", "eva.lund@example.se"]), email: "eva.lund@example.se", gender: "WOMAN", education: "MASTER", field: "Ekonomi", ties: ["PARTNER_FAMILY"], status: "ACTIVE", offered: "UNKNOWN", accepted: "UNKNOWN", at: [["Lilla Byrån", "2022-09-01", "2023-08-31"]], lives: [] },
      { key: JSON.stringify(["2022/23", "email", "frida.sjo@example.se"]), email: "frida.sjo@example.se", gender: "WOMAN", education: "MASTER", field: "Juridik", ties: ["GREW_UP"], status: "COMPLETED", offered: "NO", accepted: "UNKNOWN", at: [["Employer import", "2022-09-01", "2023-08-31"]], lives: ["END:NO", "YEAR_1:NO"] },
    ]);
    // Imported answers are not surveys: no link, nothing sent, and no mail at all.
    const answers = trainees.flatMap((x) => x.followUps);
    expect(answers.every((f) => f.tokenHash === null && f.sentAt === null && f.email === null)).toBe(true);
    expect(await db.checkIn.count({ where: { traineeId: { in: trainees.map((x) => x.id) } } })).toBe(0);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { consortiumId: t.id, action: "import.history" } });
    expect(audit).toMatchObject({ actorUserId: t.users.COORDINATOR.id, data: { source: "web", rows: { trainees: 6, campaigns: 2 }, trainees: { new: 6 } } });
  });

  it("importing the same files again changes nothing: same rows, same updatedAt, no audit", async () => {
    const [counts, stamps] = [await importCounts(t.id), await importStamps(t.id)];
    const result = await runImportAction.runAs(t.users.COORDINATOR, t.slug, files);
    expect(result).toMatchObject({
      ok: true,
      data: { summary: { cohorts: { new: 0, changed: 0, unchanged: 2 }, employers: { new: 0, changed: 0, unchanged: 4 }, trainees: { new: 0, changed: 0, unchanged: 6 } } },
    });
    expect(await importCounts(t.id)).toEqual(counts);
    expect(await importStamps(t.id)).toEqual(stamps);
  });

  it("a corrected value in a re-import updates just that trainee and that campaign", async () => {
    const { trainees, campaigns } = twoYears(orgNumber);
    trainees[4] = { ...trainees[4], completed: "yes", in_region_end: "yes" };
    campaigns[1] = { ...campaigns[1], interviewed: "31" };
    const [counts, stamps] = [await importCounts(t.id), await importStamps(t.id)];
    const result = await runImportAction.runAs(t.users.COORDINATOR, t.slug, { trainees: csvFile(traineesCsv(trainees)), campaigns: csvFile(campaignsCsv(campaigns)) });
    expect(result).toMatchObject({ ok: true, data: { summary: { cohorts: { changed: 1, unchanged: 1 }, trainees: { changed: 1, unchanged: 5 } } } });
    expect(await importCounts(t.id)).toEqual({ ...counts, followUps: counts.followUps + 1, audits: counts.audits + 1 });
    const eva = await db.trainee.findFirstOrThrow({ where: { consortiumId: t.id, importKey: JSON.stringify(["2022/23", "email", "eva.lund@example.se"]) }, include: { followUps: true } });
    expect(eva.status).toBe("COMPLETED");
    expect(eva.followUps.map((f) => [f.wave, f.livesInRegion])).toEqual([["END", "YES"]]);
    const campaign = await db.campaign.findFirstOrThrow({ where: { consortiumId: t.id, cohort: { name: "2022/23" } } });
    expect(campaign.interviewedTotal).toBe(31);
    const after = await importStamps(t.id);
    const bumped = Object.keys(after).filter((id) => after[id] !== stamps[id]).sort();
    expect(bumped).toEqual([eva.id, campaign.id].sort());
  });

  it("a campaigns file alone may name a cohort imported before", async () => {
    const result = await checkImportAction.runAs(t.users.COORDINATOR, t.slug, {
      trainees: csvFile(traineesCsv([twoYears(orgNumber).trainees[0]])),
      campaigns: csvFile(campaignsCsv([{ cohort: "2022/23", applicants: "180", places: "12", applicants_outside_region: "70", interviewed: "31" }])),
    });
    expect(result).toMatchObject({ ok: true, data: { errors: [], summary: { cohorts: { unchanged: 2 } } } });
  });
});
