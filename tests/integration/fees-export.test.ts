import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/c/[slug]/exports/invoices/route";
import { newApiToken } from "@/lib/api-tokens/token";
import { systemDb } from "@/lib/db/client";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { createEmployerIn, createLineIn } from "../support/fees";

// The invoice lines CSV as a BI tool fetches it with a read-only token: BOM, the locale's
// separator and decimal mark, translated headers, exact amounts, and refusals.
const db = systemDb();
let t: TenantFixture;
let other: TenantFixture;
let token: string;

async function tokenOf(consortiumId: string, revoked = false) {
  const made = newApiToken();
  await db.apiToken.create({ data: { consortiumId, name: "BI", tokenHash: made.tokenHash, lastFour: made.lastFour, revokedAt: revoked ? new Date() : null } });
  return made.token;
}

const get = (query: string, bearer = token, slug = t.slug) =>
  exportRoute(new Request(`http://localhost/api/c/${slug}/exports/invoices${query}`, { headers: { authorization: `Bearer ${bearer}` } }), {
    params: Promise.resolve({ slug }),
  });

async function csvOf(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { bom: [...bytes.slice(0, 3)], lines: new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes).split("\r\n") };
}

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("fee-csv"), createTenant("fee-csv-other")]);
  await db.employer.update({ where: { id: t.employerId }, data: { name: "Arvika Mekaniska", orgNumber: "556000-1234" } });
  const adjusted = await createLineIn(t, "DRAFT", { amountMinor: 1_000_000 });
  await db.invoiceLine.update({ where: { id: adjusted }, data: { description: "Medlemsavgift 2030", amountMinor: 1_234_567, adjustmentReason: "Rabatt; ny medlem", adjustedAt: new Date() } });
  const formula = await createEmployerIn(t.id, "=HYPERLINK(\"x\")");
  const paid = await createLineIn({ id: t.id, employerId: formula }, "PAID", { amountMinor: 435 });
  await db.invoiceLine.update({ where: { id: paid }, data: { description: "Annonser", quantity: 3, unitAmountMinor: 145, invoicedAt: new Date("2030-02-01T10:00:00Z"), paidAt: new Date("2030-03-01T10:00:00Z") } });
  await createLineIn(t, "DRAFT", { year: 2029 });
  await createLineIn(other, "DRAFT");
  token = await tokenOf(t.id);
});

describe("the invoice lines CSV", () => {
  it("answers a token in the consortium's language: BOM, semicolons, decimal commas, exact amounts", async () => {
    const response = await get("?year=2030");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(`fakturarader-${t.slug}-2030.csv`);
    const { bom, lines } = await csvOf(response);
    expect(bom).toEqual([0xef, 0xbb, 0xbf]);
    const csv = sv.invoices.csv;
    expect(lines[0]).toBe([csv.member, csv.orgNumber, csv.periodStart, csv.periodEnd, csv.kind, csv.description, csv.quantity, csv.unitPrice, csv.computedAmount, csv.amount, csv.currency, csv.status, csv.adjustmentReason, csv.invoicedAt, csv.paidAt].join(";"));
    expect(lines).toContain(`Arvika Mekaniska;556000-1234;2030-01-01;2030-12-31;;Medlemsavgift 2030;1;"10000,00";"10000,00";"12345,67";SEK;Utkast;"Rabatt; ny medlem";;`);
    // A name a spreadsheet would run as a formula is defused; dates on the consortium's clock.
    expect(lines).toContain(`"'=HYPERLINK(""x"")";;2030-01-01;2030-12-31;;Annonser;3;"1,45";"4,35";"4,35";SEK;Betald;;2030-02-01;2030-03-01`);
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it("follows ?locale=en and filters by status", async () => {
    const { lines } = await csvOf(await get("?year=2030&locale=en&status=PAID"));
    expect(lines[0].startsWith(`${en.invoices.csv.member},${en.invoices.csv.orgNumber},`)).toBe(true);
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",,2030-01-01,2030-12-31,,Annonser,3,1.45,4.35,4.35,SEK,Paid,,2030-02-01,2030-03-01`);
    expect(lines.filter(Boolean)).toHaveLength(2);
  });

  it("exports the latest year with lines when no year is given", async () => {
    const { lines } = await csvOf(await get(""));
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it("refuses a bad year or status with a translated 400", async () => {
    for (const query of ["?year=abc", "?year=1999", "?year=2030&status=SENT"]) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "validation", message: sv.errors.validation });
    }
  });

  it("refuses a revoked token and another consortium's token with 401", async () => {
    expect((await get("?year=2030", await tokenOf(t.id, true))).status).toBe(401);
    expect((await get("?year=2030", await tokenOf(other.id))).status).toBe(401);
  });
});

describe("the invoice lines .xlsx", () => {
  it("keeps each cell's type: organisation numbers and texts as text, amounts as numbers, dates as dates", async () => {
    await db.employer.update({ where: { id: t.employerId }, data: { orgNumber: "947 147 994" } });
    const response = await get("?year=2030&format=xlsx&locale=nb");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain(".xlsx");
    // Read back by a spreadsheet library, as a spreadsheet program would.
    const { readSheet } = await import("read-excel-file/node");
    const rows = await readSheet(Buffer.from(await response.arrayBuffer()));
    const header = rows[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const csv = (await import("@/messages/nb.json")).default.invoices.csv;
    const line = rows.find((r) => r[col(csv.member)] === "Arvika Mekaniska")!;
    expect(line[col(csv.orgNumber)]).toBe("947 147 994");
    expect(line[col(csv.amount)]).toBe(12345.67);
    expect(line[col(csv.periodStart)]).toBeInstanceOf(Date);
    const paid = rows.find((r) => r[col(csv.description)] === "Annonser")!;
    expect([paid[col(csv.quantity)], paid[col(csv.unitPrice)]]).toEqual([3, 1.45]);
    expect((paid[col(csv.paidAt)] as unknown as Date).toISOString().slice(0, 10)).toBe("2030-03-01");
    await db.employer.update({ where: { id: t.employerId }, data: { orgNumber: "556000-1234" } });
  });
});
