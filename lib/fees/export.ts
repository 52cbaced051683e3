import type { Tx } from "../db/tenant";
import { translatorFor } from "../i18n/messages";
import type { AppLocale } from "../i18n/routing";
import { utcToZoned } from "../i18n/zoned-time";
import { toCsv, type CsvCell } from "../server/csv";
import { day, num, text, toXlsx, type XlsxCell } from "../server/xlsx";
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

const calendarDay = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`);

/**
 * The same lines as an .xlsx with typed cells: the organisation number and texts as text (a
 * spreadsheet in any locale leaves "947 147 994" as it is), quantities and amounts as numbers in
 * major units with two decimals, periods and dates as dates.
 */
export async function invoiceLinesXlsx(tx: Tx, consortium: { id: string; timeZone: string }, filter: LineFilter, locale: AppLocale): Promise<Buffer> {
  const lines = await listInvoiceLines(tx, consortium.id, { all: true }, filter);
  const t = translatorFor(locale, "invoices");
  const kinds = translatorFor(locale, "fees");
  const money = (minor: number | bigint) => num(Number(minor) / 100, "#,##0.00");
  const zonedDay = (instant: Date | null) => (instant ? day(calendarDay(utcToZoned(instant, consortium.timeZone).slice(0, 10))) : null);
  const rows: XlsxCell[][] = lines.map((line) => [
    text(line.employer.name),
    text(line.employer.orgNumber),
    day(calendarDay(dayOf(line.periodStart))),
    day(calendarDay(dayOf(line.periodEnd))),
    text(line.feeRule ? kinds(`kind.${line.feeRule.kind}`) : null),
    text(line.description),
    num(line.quantity),
    money(line.unitAmountMinor),
    money(line.computedAmountMinor),
    money(line.amountMinor),
    text(line.currency),
    text(t(`status.${line.status}`)),
    text(line.adjustmentReason),
    zonedDay(line.invoicedAt),
    zonedDay(line.paidAt),
  ]);
  return toXlsx(t("csv.sheet"), COLUMNS.map((c) => t(`csv.${c}`)), rows);
}
