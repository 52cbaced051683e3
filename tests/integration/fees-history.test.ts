import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { generateInvoiceLinesAction } from "@/lib/fees/actions";
import { runImportAction } from "@/lib/import/actions";
import { addMember, createTenant, type TenantFixture } from "../support/fixtures";
import { createEmployerIn, createHostedTrainee, createRuleIn } from "../support/fees";
import { csvFile, traineeRow, traineesCsv } from "../support/imports";

// Imported history is never billed (docs/decisions/0020): the import's cohorts are made through
// the import itself, with an employer it creates (LEFT, member over its old cohort) and a row at
// the fixture's own member, whose 2024/25 placement must not count as a trainee-year either.
const db = systemDb();
let t: TenantFixture;
const ids: Record<string, string> = {};
const rules: Record<string, string> = {};

beforeAll(async () => {
  t = await createTenant("fee-history");
  ids.A = t.employerId; // member since 2025-01-01, with a contact account
  const orgNumber = (await db.employer.findUniqueOrThrow({ where: { id: ids.A } })).orgNumber!;
  const cohort = { cohort: "2024/25", cohort_start: "2024-09-01", cohort_end: "2025-08-31" };
  const old = { employer: "Gamla Verkstaden AB", employer_org_number: "556000-7777", employer_sector: "private" };
  const rows = [
    traineeRow({ ...cohort, ...old, trainee_name: "Ida Berg", trainee_email: "ida.berg@example.se" }),
    traineeRow({ ...cohort, ...old, trainee_name: "Jon Ek", trainee_email: "jon.ek@example.se" }),
    traineeRow({ ...cohort, employer: "Employer fee-history", employer_org_number: orgNumber, trainee_name: "Kim Ås", trainee_email: "kim.as@example.se" }),
  ];
  const imported = await runImportAction.runAs(t.users.COORDINATOR, t.slug, { trainees: csvFile(traineesCsv(rows)) });
  if (!imported.ok) throw new Error(`${imported.error} ${JSON.stringify(imported.fieldErrors)}`);
  ids.old = (await db.employer.findFirstOrThrow({ where: { consortiumId: t.id, orgNumber: "556000-7777" } })).id;
  // A real member hosting a trainee of a cohort run in Kohort.
  ids.B = await createEmployerIn(t.id, "B");
  await createHostedTrainee(t.id, t.cohortId, [[ids.B, "2025-02-01", "2025-11-30"]]);
  // A real member that left in March: it had a contact account, so its last year is billed.
  ids.left = await createEmployerIn(t.id, "Left in March", { memberUntil: "2025-03-31" });
  await db.employer.update({ where: { id: ids.left }, data: { status: "LEFT" } });
  await addMember(t.id, "EMPLOYER", ids.left, "fee-history-left");
  rules.flat = await createRuleIn(t.id, "MEMBERSHIP_FLAT", 1_000_000);
  rules.turnover = await createRuleIn(t.id, "MEMBERSHIP_TIER_TURNOVER", 100, { minThreshold: 0n });
  rules.hosted = await createRuleIn(t.id, "PER_TRAINEE_YEAR", 500_000);
  rules.oneOff = await createRuleIn(t.id, "ONE_OFF", 50_000, { validFrom: "2025-03-01", description: "Jubileum" });
});

const keyed = (map: Record<string, string>, id: string | null) => Object.keys(map).find((k) => map[k] === id) ?? id;

describe("generating a year that imported history reaches into", () => {
  it("the import made what the test needs: an imported cohort, a LEFT employer member over it, placements", async () => {
    const cohort = await db.cohort.findFirstOrThrow({ where: { consortiumId: t.id, name: "2024/25" } });
    expect(cohort.imported).toBe(true);
    expect(await db.employer.findUniqueOrThrow({ where: { id: ids.old } })).toMatchObject({
      status: "LEFT",
      memberSince: new Date("2024-09-01"),
      memberUntil: new Date("2025-08-31"),
    });
    expect(await db.placement.count({ where: { consortiumId: t.id, trainee: { cohortId: cohort.id } } })).toBe(3);
  });

  it("bills neither the employer only history knows nor any placement of an imported cohort", async () => {
    const result = await generateInvoiceLinesAction.runAs(t.users.COORDINATOR, t.slug, { year: 2025 });
    if (!result.ok) throw new Error(result.error);
    const lines = await db.invoiceLine.findMany({ where: { consortiumId: t.id, periodStart: new Date("2025-01-01") } });
    const table = Object.fromEntries(lines.map((l) => [`${keyed(ids, l.employerId)}/${keyed(rules, l.feeRuleId)}`, l.quantity]));
    expect(table).toEqual({
      "A/flat": 1,
      "A/oneOff": 1, // no A/hosted: its only 2025 trainee came with the import
      "B/flat": 1,
      "B/oneOff": 1,
      "B/hosted": 1,
      "left/flat": 1,
      "left/oneOff": 1, // still a member on 1 March
    });
    expect(lines.some((l) => l.employerId === ids.old)).toBe(false);
    // Nor is it listed as a member the turnover tier could not bill.
    expect(result.data.unbilled.map((u) => keyed(ids, u.employerId)).sort()).toEqual(["A", "B", "left"]);
    expect(result.data.created).toBe(7);
  });

  it("bills an employer the import made once it is a member again in Kohort", async () => {
    await db.employer.update({ where: { id: ids.old }, data: { status: "ACTIVE", memberUntil: null } });
    const result = await generateInvoiceLinesAction.runAs(t.users.COORDINATOR, t.slug, { year: 2025 });
    expect(result).toMatchObject({ ok: true, data: { created: 2 } });
    const lines = await db.invoiceLine.findMany({ where: { consortiumId: t.id, employerId: ids.old } });
    expect(lines.map((l) => keyed(rules, l.feeRuleId)).sort()).toEqual(["flat", "oneOff"]);
  });
});
