// Last year's invoice lines, generated from each consortium's fee schedule by the app's own
// generateInvoiceLines (as a coordinator would), then sent in January and mostly paid, like the
// demo data: the fee rules are the app's business logic, so the seed does not repeat them in SQL.
import type { Client } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/db/generated/client";
import { generateInvoiceLines } from "../../../lib/fees/generate";
import { RUNNING_YEAR } from "./plan";
import type { ScaleConsortium } from "./registry-members";

const YEAR = RUNNING_YEAR - 1;

export async function seedInvoiceLines(ownerUrl: string, client: Client, consortia: ScaleConsortium[], coordinatorOf: (c: number) => string): Promise<number> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerUrl }) });
  try {
    for (const k of consortia) {
      const consortium = { id: k.id, currency: k.lang === "sv" ? "SEK" : "NOK", defaultLocale: k.lang, timeZone: k.timeZone };
      await db.$transaction((tx) => generateInvoiceLines(tx, { consortium, userId: coordinatorOf(k.c) }, YEAR), { timeout: 60_000 });
    }
  } finally {
    await db.$disconnect();
  }
  // Invoiced mid-January; one member in ten (by id) has not paid yet.
  const result = await client.query(
    `UPDATE "InvoiceLine" SET status = CASE WHEN hashtext("employerId") % 10 = 0 THEN 'INVOICED' ELSE 'PAID' END::"InvoiceLineStatus",
            "invoicedAt" = $2::timestamp, "paidAt" = CASE WHEN hashtext("employerId") % 10 = 0 THEN NULL ELSE $3::timestamp END, "updatedAt" = $3::timestamp
      WHERE "consortiumId" = ANY($1::text[]) AND "periodStart" = $4::date`,
    [consortia.map((k) => k.id), `${YEAR + 1}-01-15 09:00`, `${YEAR + 1}-02-12 09:00`, `${YEAR}-01-01`],
  );
  return result.rowCount ?? 0;
}
