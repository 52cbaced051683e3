import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { generateInvoiceLinesAction, markAllLinesAction, markInvoicedAction } from "@/lib/fees/actions";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { createEmployerIn, createLineIn, createRuleIn } from "../support/fees";

// "Select all" on a big year: 170 members and three rules make 510 lines (more than one request of
// ids used to allow). The page then moves lines by its filter, all or none, and only the lines it
// showed: when the filter holds another number than the page saw, nothing moves (conflict).
const db = systemDb();
const MEMBERS = 170;
let t: TenantFixture;

const lines = (where: object = {}) => db.invoiceLine.findMany({ where: { consortiumId: t.id, periodStart: new Date("2025-01-01"), ...where }, orderBy: { id: "asc" } });
const markAll = (input: Record<string, unknown>) => markAllLinesAction.runAs(t.users.COORDINATOR, t.slug, { year: 2025, ...input });

beforeAll(async () => {
  t = await createTenant("fee-bulk");
  // The fixture's member joined in 2025 too; 169 more make 170.
  await db.employer.createMany({
    data: Array.from({ length: MEMBERS - 1 }, (_, i) => ({ consortiumId: t.id, name: `Member ${String(i).padStart(3, "0")}`, sector: "PRIVATE" as const, memberSince: new Date("2020-01-01") })),
  });
  await createRuleIn(t.id, "MEMBERSHIP_FLAT", 1_000_000);
  await createRuleIn(t.id, "ONE_OFF", 20_000, { validFrom: "2025-03-01", description: "Kick-off" });
  await createRuleIn(t.id, "ONE_OFF", 30_000, { validFrom: "2025-10-01", description: "Julbord" });
  expect(await generateInvoiceLinesAction.runAs(t.users.COORDINATOR, t.slug, { year: 2025 })).toMatchObject({ ok: true, data: { created: MEMBERS * 3 } });
});

describe("select all, then mark invoiced and paid", () => {
  it("refuses a page that no longer matches (conflict), and a step that does not fit every line (invoiceLocked); nothing moves", async () => {
    const before = await lines();
    expect(await markAll({ to: "INVOICED", expected: MEMBERS * 3 - 1 })).toEqual({ ok: false, error: "conflict" });
    expect(await markAll({ to: "PAID", expected: MEMBERS * 3 })).toEqual({ ok: false, error: "notInvoiced" });
    expect(await markAll({ to: "INVOICED", expected: 0 })).toMatchObject({ ok: false, error: "validation" });
    expect(await markAll({ to: "SENT", expected: 1 })).toMatchObject({ ok: false, error: "validation" });
    expect(await lines()).toEqual(before);
  });

  it("marks one member's lines by the member filter, and only theirs", async () => {
    const own = await lines({ employerId: t.employerId });
    expect(await markAll({ employerId: t.employerId, to: "INVOICED", expected: 3 })).toEqual({ ok: true, data: { count: 3 } });
    expect((await lines({ status: "INVOICED" })).map((l) => l.id)).toEqual(own.map((l) => l.id));
    // Now the whole year holds invoiced lines: all of it cannot be invoiced, nothing moves.
    expect(await markAll({ to: "INVOICED", expected: MEMBERS * 3 })).toEqual({ ok: false, error: "invoiceLocked" });
    expect(await lines({ status: "INVOICED" })).toHaveLength(3);
  });

  it("marks all 507 drafts invoiced in one step by the status filter, then all 510 lines paid, logging each", async () => {
    expect(await markAll({ status: "DRAFT", to: "INVOICED", expected: MEMBERS * 3 - 3 })).toEqual({ ok: true, data: { count: MEMBERS * 3 - 3 } });
    expect(await lines({ status: "INVOICED" })).toHaveLength(MEMBERS * 3);
    expect(await markAll({ to: "PAID", expected: MEMBERS * 3 })).toEqual({ ok: true, data: { count: MEMBERS * 3 } });
    expect(await lines({ status: "PAID", paidAt: { not: null } })).toHaveLength(MEMBERS * 3);
    expect(await db.auditEvent.count({ where: { consortiumId: t.id, action: "invoice.invoiced" } })).toBe(MEMBERS * 3);
    expect(await db.auditEvent.count({ where: { consortiumId: t.id, action: "invoice.paid" } })).toBe(MEMBERS * 3);
  });

  it("takes 'all but a few' by ids too: more than 500 at once", async () => {
    const other = await createEmployerIn(t.id, "Many lines");
    const ids = [];
    for (let i = 0; i < 520; i++) ids.push(await createLineIn({ id: t.id, employerId: other }, "DRAFT", { year: 2026, amountMinor: 100 + i }));
    expect(await markInvoicedAction.runAs(t.users.COORDINATOR, t.slug, { ids })).toEqual({ ok: true, data: { count: 520 } });
    expect(await db.invoiceLine.count({ where: { id: { in: ids }, status: "INVOICED" } })).toBe(520);
  });
});
