import type { Tx } from "../db/tenant";
import { translatorFor } from "../i18n/messages";
import type { AppLocale } from "../i18n/routing";
import { utcToZoned } from "../i18n/zoned-time";
import { toCsv, type CsvCell } from "../server/csv";
import { AppError } from "../server/errors";
import { listInvoiceLines, LINE_STATUSES, type LineFilter } from "./lines";
import { minorToDecimal } from "./money";
import { dayOf, MAX_YEAR, MIN_YEAR } from "./period";

// The lines of a year as CSV for the consortium's spreadsheet or accounting system: headers and
// statuses in the reader's language, amounts as exact decimals in major units (spreadsheets sum
// them), with the currency code beside them since a sum is meaningless without it.

const COLUMNS = [
  "member",
  "orgNumber",
  "periodStart",
  "periodEnd",
  "kind",
  "description",
  "quantity",
  "unitPrice",
  "computedAmount",
  "amount",
  "currency",
  "status",
  "adjustmentReason",
  "invoicedAt",
  "paidAt",
] as const;

/** The filter of the export's query string: ?year=2025&status=INVOICED&employer=…; bad values are a 400. */
export function exportFilterOf(url: URL, fallbackYear: number): LineFilter {
  const params = url.searchParams;
  const year = params.has("year") ? Number(params.get("year")) : fallbackYear;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new AppError("validation", { year: "validation.format" });
  const status = params.get("status") || undefined;
  if (status && !(LINE_STATUSES as readonly string[]).includes(status)) throw new AppError("validation", { status: "validation.choice" });
  const employerId = params.get("employer") || undefined;
  return { year, status: status as LineFilter["status"], employerId };
}

export async function invoiceLinesCsv(
  tx: Tx,
  consortium: { id: string; timeZone: string },
  filter: LineFilter,
  locale: AppLocale,
): Promise<string> {
  const lines = await listInvoiceLines(tx, consortium.id, { all: true }, filter);
  const t = translatorFor(locale, "invoices");
  const kinds = translatorFor(locale, "fees");
  const decimal = locale === "en" ? "." : ",";
  const money = (minor: number) => minorToDecimal(minor, decimal);
  const day = (instant: Date | null) => (instant ? utcToZoned(instant, consortium.timeZone).slice(0, 10) : null);
  const rows: CsvCell[][] = lines.map((line) => [
    line.employer.name,
    line.employer.orgNumber,
    dayOf(line.periodStart),
    dayOf(line.periodEnd),
    line.feeRule ? kinds(`kind.${line.feeRule.kind}`) : null,
    line.description,
    line.quantity,
    money(line.unitAmountMinor),
    money(line.computedAmountMinor),
    money(line.amountMinor),
    line.currency,
    t(`status.${line.status}`),
    line.adjustmentReason,
    day(line.invoicedAt),
    day(line.paidAt),
  ]);
  return toCsv(COLUMNS.map((c) => t(`csv.${c}`)), rows, locale);
}
