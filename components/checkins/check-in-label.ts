/** A translator of the `checkIns` namespace, from next-intl on the server or in the browser. */
export type CheckInsT = (key: string, values?: Record<string, string | number>) => string;

/** Which check-in it is: "1 month", "6 months" … or the end of the programme. */
export function whichCheckIn(t: CheckInsT, monthOffset: number | null): string {
  return monthOffset === null ? t("which.end") : t("which.months", { months: monthOffset });
}
