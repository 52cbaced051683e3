// Last year's invoice lines of the demo consortia, generated from their fee schedules as a
// coordinator would, then sent in January and mostly paid by now, so the invoices page, the
// employer's own view and the CSV export have something to show on a fresh database.
import type { Prisma } from "../../lib/db/generated/client";
import { generateInvoiceLines } from "../../lib/fees/generate";
import { TODAY } from "./random";
import type { SeedRows } from "./types";

type Tx = Prisma.TransactionClient;

const INVOICED_ON = new Date("2026-01-15T09:00:00Z");
const PAID_ON = new Date("2026-02-12T09:00:00Z");
/** Members who have not paid yet, so the demo has lines waiting for payment. */
const UNPAID_MEMBERS = 2;

export async function seedInvoiceLines(tx: Tx, rows: SeedRows): Promise<void> {
  const year = TODAY.getUTCFullYear() - 1;
  for (const c of rows.consortia) {
    const consortium = { id: c.id!, currency: c.currency, defaultLocale: c.defaultLocale, timeZone: c.timeZone };
    await generateInvoiceLines(tx, { consortium, userId: null }, year);
    await tx.invoiceLine.updateMany({ where: { consortiumId: consortium.id }, data: { status: "INVOICED", invoicedAt: INVOICED_ON } });
    const unpaid = await tx.employer.findMany({
      where: { consortiumId: consortium.id, invoiceLines: { some: {} } },
      orderBy: { name: "desc" },
      take: UNPAID_MEMBERS,
      select: { id: true },
    });
    await tx.invoiceLine.updateMany({
      where: { consortiumId: consortium.id, employerId: { notIn: unpaid.map((e) => e.id) } },
      data: { status: "PAID", paidAt: PAID_ON },
    });
  }
}
