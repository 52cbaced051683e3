import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { generateInvoiceLinesAction } from "@/lib/fees/actions";
import { groupByMember, listInvoiceLines } from "@/lib/fees/lines";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { createEmployerIn, createEventIn, createHostedTrainee, createRuleIn } from "../support/fees";

// Invoice lines of 2025 from a schedule and what happened, with every expected figure worked out
// by hand below. Amounts end in odd öre so that any float on the way would show.
const db = systemDb();
let g: TenantFixture;
const ids: Record<string, string> = {};
const rules: Record<string, string> = {};

const generate = (tenant: TenantFixture, year = 2025) => generateInvoiceLinesAction.runAs(tenant.users.COORDINATOR, tenant.slug, { year });
const linesOf = (consortiumId: string, year = 2025) =>
  db.invoiceLine.findMany({ where: { consortiumId, periodStart: new Date(`${year}-01-01`) }, orderBy: { id: "asc" } });

beforeAll(async () => {
  g = await createTenant("fee-gen");
  ids.A = g.employerId; // member since 2025-01-01
  await db.employer.update({ where: { id: ids.A }, data: { name: "A", employeeCount: 149 } });
  ids.B = await createEmployerIn(g.id, "B", { employeeCount: 150 });
  ids.C = await createEmployerIn(g.id, "C", { memberSince: "2026-03-01", employeeCount: 10 });
  ids.D = await createEmployerIn(g.id, "D", { memberUntil: "2024-12-31", employeeCount: 10 });
  ids.E = await createEmployerIn(g.id, "E", { memberUntil: "2025-03-31" });
  rules.tierLow = await createRuleIn(g.id, "MEMBERSHIP_TIER_EMPLOYEES", 2_500_000, { minThreshold: 0n, maxThreshold: 150n });
  rules.tierHigh = await createRuleIn(g.id, "MEMBERSHIP_TIER_EMPLOYEES", 4_500_000, { minThreshold: 150n });
  rules.posting = await createRuleIn(g.id, "PER_POSTING", 1_000_010);
  rules.hire = await createRuleIn(g.id, "PER_HIRE", 3_000_000);
  rules.oldHire = await createRuleIn(g.id, "PER_HIRE", 999, { validFrom: "2018-01-01", validUntil: "2019-12-31" });
  rules.hosted = await createRuleIn(g.id, "PER_TRAINEE_YEAR", 1_500_033);
  rules.oneOffAll = await createRuleIn(g.id, "ONE_OFF", 50_005, { validFrom: "2025-06-01", description: "Jubileum" });
  rules.oneOffC = await createRuleIn(g.id, "ONE_OFF", 70_000, { validFrom: "2025-03-01", description: "Extra utbildning", employerId: ids.C });
  rules.oneOffOld = await createRuleIn(g.id, "ONE_OFF", 10_000, { validFrom: "2024-05-01", description: "Gammal" });
  // Stockholm is UTC+1 at new year: 23:30 UTC on 31 December is already the next year there.
  for (const at of ["2024-12-31T23:30:00Z", "2025-06-15T10:00:00Z", "2025-12-31T22:59:59Z", "2025-12-31T23:00:00Z", "2024-12-31T22:59:00Z"]) {
    await createEventIn(g.id, ids.A, "POSTING_PUBLISHED", at);
  }
  await createEventIn(g.id, ids.B, "TRAINEE_HIRED", "2025-04-07T08:00:00Z");
  await createEventIn(g.id, ids.B, "TRAINEE_HIRED", "2026-04-07T08:00:00Z");
  await createHostedTrainee(g.id, g.cohortId, [[ids.A, "2025-09-01", "2026-08-31"]]);
  await createHostedTrainee(g.id, g.cohortId, [[ids.A, "2025-01-01", "2025-02-28"], [ids.B, "2025-03-01", "2025-04-30"], [ids.A, "2025-05-01", "2025-12-31"]]);
  await createHostedTrainee(g.id, g.cohortId, [[ids.B, "2024-01-01", "2024-12-31"]]);
});

/** Lines keyed "member/rule" → [quantity, unit, amount]. */
async function table(consortiumId: string, names: Record<string, string>, ruleNames: Record<string, string>) {
  const byId = (map: Record<string, string>, id: string | null) => Object.keys(map).find((k) => map[k] === id);
  return Object.fromEntries(
    (await linesOf(consortiumId)).map((l) => [`${byId(names, l.employerId)}/${byId(ruleNames, l.feeRuleId)}`, [l.quantity, l.unitAmountMinor, l.amountMinor]]),
  );
}

describe("generating a year's lines", () => {
  it("bills memberships by tier, postings, hires, trainees hosted and one-off items, exactly", async () => {
    const result = await generate(g);
    if (!result.ok) throw new Error(result.error);
    expect(result.data).toEqual({
      year: 2025, created: 9, updated: 0, removed: 0, unchanged: 0, kept: 0,
      unbilled: [{ employerId: ids.E, employerName: "E", kind: "MEMBERSHIP_TIER_EMPLOYEES", reason: "noFigure" }],
    });
    expect(await table(g.id, ids, rules)).toEqual({
      "A/tierLow": [1, 2_500_000, 2_500_000], // 149 employees: below 150
      "A/posting": [3, 1_000_010, 3_000_030], // three of five events fall in 2025 on the Stockholm clock
      "A/hosted": [2, 1_500_033, 3_000_066], // two trainees; the one who left and came back counts once
      "A/oneOffAll": [1, 50_005, 50_005],
      "B/tierHigh": [1, 4_500_000, 4_500_000], // exactly 150: the upper tier
      "B/hire": [1, 3_000_000, 3_000_000],
      "B/hosted": [1, 1_500_033, 1_500_033],
      "B/oneOffAll": [1, 50_005, 50_005],
      "C/oneOffC": [1, 70_000, 70_000], // an item for one member, whatever its membership
    });
    for (const line of await linesOf(g.id)) {
      expect(line).toMatchObject({ computedAmountMinor: line.amountMinor, currency: "SEK", status: "DRAFT", periodEnd: new Date("2025-12-31") });
    }
    const posting = (await linesOf(g.id)).find((l) => l.feeRuleId === rules.posting)!;
    expect(posting.description).toBe("Per publicerad annons");
    const listed = await withTenant(g.id, null, (tx) => listInvoiceLines(tx, g.id, { all: true }, { year: 2025 }));
    const { members, total } = groupByMember(listed);
    expect(members.map((m) => [m.name, m.total])).toEqual([["A", 8_550_101n], ["B", 9_050_038n], ["C", 70_000n]]);
    expect(total).toBe(17_670_139n);
    expect(await db.auditEvent.count({ where: { consortiumId: g.id, action: "invoice.generate" } })).toBe(1);
  });

  it("changes nothing when run again on the same facts", async () => {
    const before = await linesOf(g.id);
    expect(await generate(g)).toMatchObject({ ok: true, data: { created: 0, updated: 0, removed: 0, unchanged: 9, kept: 0 } });
    expect(await linesOf(g.id)).toEqual(before);
  });
});
