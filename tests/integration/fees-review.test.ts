import { beforeAll, describe, expect, it } from "vitest";
import { resolveTenant } from "@/lib/auth/tenant-context";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { adjustInvoiceLineAction, markInvoicedAction, markPaidAction } from "@/lib/fees/actions";
import { latestInvoiceYear, lineScopeOf, listInvoiceLines } from "@/lib/fees/lines";
import { addMember, createTenant, type TenantFixture } from "../support/fixtures";
import { createEmployerIn, createLineIn } from "../support/fees";

// Reviewing lines: adjusting a draft with a reason, the order draft → invoiced → paid, locked
// lines, and a member's contact seeing their own lines only.
const db = systemDb();
let t: TenantFixture;
let B: string;

beforeAll(async () => {
  t = await createTenant("fee-review");
  B = await createEmployerIn(t.id, "B");
});

const line = (id: string) => db.invoiceLine.findUniqueOrThrow({ where: { id } });
const adjust = (input: Record<string, unknown>) => adjustInvoiceLineAction.runAs(t.users.COORDINATOR, t.slug, { locale: "sv", ...input });

describe("adjusting a line", () => {
  it("changes the amount with the reason, keeps what the schedule gave, and logs it", async () => {
    const id = await createLineIn(t, "DRAFT", { amountMinor: 3_000_000 });
    expect(await adjust({ id, amount: "4,35", reason: "Delårsmedlem" })).toEqual({ ok: true, data: undefined });
    expect(await line(id)).toMatchObject({
      amountMinor: 435,
      computedAmountMinor: 3_000_000,
      unitAmountMinor: 3_000_000,
      adjustmentReason: "Delårsmedlem",
      adjustedById: t.users.COORDINATOR.id,
      status: "DRAFT",
    });
    expect((await line(id)).adjustedAt).toBeInstanceOf(Date);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { consortiumId: t.id, action: "invoice.adjust", targetId: id } });
    expect(audit.data).toEqual({ from: 3_000_000, to: 435, reason: "Delårsmedlem" });
  });

  it.each([
    ["without a reason", { amount: "100", reason: " " }, { reason: "validation.required" }],
    ["to a negative amount", { amount: "-100", reason: "Kredit" }, { amount: "invoices.validation.negative" }],
    ["to something that is not an amount", { amount: "tusen", reason: "Kredit" }, { amount: "invoices.validation.amount" }],
  ])("refuses %s with a translated message and changes nothing", async (_, input, fieldErrors) => {
    const id = await createLineIn(t);
    const before = await line(id);
    expect(await adjust({ id, ...input })).toEqual({ ok: false, error: "validation", fieldErrors });
    expect(await line(id)).toEqual(before);
  });

  it.each(["INVOICED", "PAID"] as const)("refuses a %s line (invoiceLocked) and changes nothing", async (status) => {
    const id = await createLineIn(t, status);
    const before = await line(id);
    expect(await adjust({ id, amount: "1", reason: "För sent" })).toEqual({ ok: false, error: "invoiceLocked" });
    expect(await line(id)).toEqual(before);
  });
});

describe("invoiced, then paid", () => {
  it("marks several drafts invoiced at once, then paid, logging each line", async () => {
    const ids = [await createLineIn(t), await createLineIn({ id: t.id, employerId: B })];
    expect(await markInvoicedAction.runAs(t.users.COORDINATOR, t.slug, { ids })).toEqual({ ok: true, data: { count: 2 } });
    for (const id of ids) expect(await line(id)).toMatchObject({ status: "INVOICED", invoicedAt: expect.any(Date), paidAt: null });
    expect(await markPaidAction.runAs(t.users.COORDINATOR, t.slug, { ids })).toEqual({ ok: true, data: { count: 2 } });
    for (const id of ids) expect(await line(id)).toMatchObject({ status: "PAID", paidAt: expect.any(Date) });
    expect(await db.auditEvent.count({ where: { consortiumId: t.id, targetId: { in: ids }, action: { in: ["invoice.invoiced", "invoice.paid"] } } })).toBe(4);
  });

  it("pays nothing that was not invoiced (notInvoiced), and invoices nothing twice (invoiceLocked): the whole batch stays", async () => {
    const draft = await createLineIn(t);
    const invoiced = await createLineIn(t, "INVOICED");
    const paid = await createLineIn(t, "PAID");
    const before = await Promise.all([draft, invoiced, paid].map(line));
    expect(await markPaidAction.runAs(t.users.COORDINATOR, t.slug, { ids: [invoiced, draft] })).toEqual({ ok: false, error: "notInvoiced" });
    expect(await markPaidAction.runAs(t.users.COORDINATOR, t.slug, { ids: [paid] })).toEqual({ ok: false, error: "notInvoiced" });
    expect(await markInvoicedAction.runAs(t.users.COORDINATOR, t.slug, { ids: [draft, invoiced] })).toEqual({ ok: false, error: "invoiceLocked" });
    expect(await Promise.all([draft, invoiced, paid].map(line))).toEqual(before);
  });

  it("refuses an empty selection with a translated message", async () => {
    expect(await markInvoicedAction.runAs(t.users.COORDINATOR, t.slug, { ids: [] })).toMatchObject({ ok: false, error: "validation" });
  });
});

describe("a member's contact", () => {
  it("sees their own employer's lines only, whatever they ask for, and cannot change them", async () => {
    const own = await createLineIn(t, "DRAFT", { year: 2029 });
    const theirs = await createLineIn({ id: t.id, employerId: B }, "DRAFT", { year: 2029 });
    const ctx = (await resolveTenant(t.users.EMPLOYER, t.slug))!;
    const scope = lineScopeOf(ctx);
    expect(scope).toEqual({ all: false, employerId: t.employerId });
    const seen = await withTenant(t.id, null, async (tx) => [
      ...(await listInvoiceLines(tx, t.id, scope, { year: 2029 })),
      ...(await listInvoiceLines(tx, t.id, scope, { year: 2029, employerId: B })),
    ]);
    expect(seen.map((l) => l.id)).toEqual([own, own]);
    expect(seen.map((l) => l.id)).not.toContain(theirs);
    expect(await adjustInvoiceLineAction.runAs(t.users.EMPLOYER, t.slug, { id: own, amount: "1", reason: "x", locale: "sv" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await markPaidAction.runAs(t.users.EMPLOYER, t.slug, { ids: [own] })).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("opens on their own latest year, and a contact without an employer sees none", async () => {
    await createLineIn(t, "DRAFT", { year: 2030 });
    await createLineIn({ id: t.id, employerId: B }, "DRAFT", { year: 2099 });
    const ctx = (await resolveTenant(t.users.EMPLOYER, t.slug))!;
    expect(await withTenant(t.id, null, (tx) => latestInvoiceYear(tx, t.id, lineScopeOf(ctx)))).toBe(2030);
    const coordinator = (await resolveTenant(t.users.COORDINATOR, t.slug))!;
    expect(await withTenant(t.id, null, (tx) => latestInvoiceYear(tx, t.id, lineScopeOf(coordinator)))).toBe(2099);
    const loose = await addMember(t.id, "EMPLOYER", null, "fee-loose");
    const looseScope = lineScopeOf((await resolveTenant(loose, t.slug))!);
    expect(await withTenant(t.id, null, (tx) => listInvoiceLines(tx, t.id, looseScope, { year: 2030 }))).toEqual([]);
  });
});
