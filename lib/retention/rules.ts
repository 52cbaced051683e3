// The retention rule: personal data of applicants not hired is kept until the consortium's
// retention period after the campaign closed (default 24 months, long enough for a discrimination
// claim), or while talent-pool consent is still valid, whichever is later.

/** The same day `months` later (clamped to the month's last day), at the same time of day, UTC. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** When an application's personal data is erased unless the applicant is hired. */
export function retainUntil(campaignClosesAt: Date, retentionMonths: number): Date {
  return addMonths(campaignClosesAt, retentionMonths);
}

/** When an applicant not hired is erased: after retention, or when talent-pool consent ends if later. */
export function erasureDate(campaignClosesAt: Date, retentionMonths: number, talentPoolExpiresAt?: Date | null): Date {
  const retained = retainUntil(campaignClosesAt, retentionMonths);
  return talentPoolExpiresAt && talentPoolExpiresAt > retained ? talentPoolExpiresAt : retained;
}

/** The shortest and longest retention a consortium may choose, in months. */
export const RETENTION_MONTHS = { min: 12, max: 60, default: 24 } as const;
