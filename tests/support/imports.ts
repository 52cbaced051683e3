import { systemDb } from "@/lib/db/client";
import { TRAINEE_COLUMNS, CAMPAIGN_COLUMNS } from "@/lib/import/columns";

// Spreadsheets for the import tests: rows written as objects, turned into CSV text and files.
export type TraineeCells = Partial<Record<(typeof TRAINEE_COLUMNS)[number], string>>;
export type CampaignCells = Partial<Record<(typeof CAMPAIGN_COLUMNS)[number], string>>;

const quote = (value: string, delimiter: string) => (/["\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value);

export function toCsv(columns: readonly string[], rows: Record<string, string | undefined>[], delimiter = ","): string {
  return [columns.join(delimiter), ...rows.map((r) => columns.map((c) => quote(r[c] ?? "", delimiter)).join(delimiter))].join("\n") + "\n";
}

/** A trainee row with every column filled sensibly; `cells` overrides. */
export function traineeRow(cells: TraineeCells = {}): TraineeCells {
  return {
    cohort: "2021/22",
    cohort_start: "2021-09-01",
    cohort_end: "2022-08-31",
    trainee_name: "Anna Ek",
    trainee_email: "anna.ek@example.se",
    gender: "woman",
    education_level: "master",
    field: "Samhällsplanering",
    ties: "grew_up",
    employer: "Arvika kommun",
    employer_org_number: "212000-1111",
    employer_sector: "public",
    completed: "yes",
    offered_job: "yes",
    accepted_offer: "yes",
    in_region_end: "yes",
    in_region_1y: "yes",
    in_region_3y: "no",
    ...cells,
  };
}

export const traineesCsv = (rows: TraineeCells[], delimiter = ",") => toCsv(TRAINEE_COLUMNS, rows, delimiter);
export const campaignsCsv = (rows: CampaignCells[], delimiter = ",") => toCsv(CAMPAIGN_COLUMNS, rows, delimiter);

export const csvFile = (content: string | Uint8Array, name = "import.csv") => new File([typeof content === "string" ? content : Buffer.from(content)], name, { type: "text/csv" });

/** Two finished cohorts, five employers' worth of rows (see tests/integration/import.test.ts). */
export function twoYears(fixtureOrgNumber: string) {
  const a = { cohort: "2021/22", cohort_start: "2021-09-01", cohort_end: "2022-08-31" };
  const b = { cohort: "2022/23", cohort_start: "2022-09-01", cohort_end: "2023-08-31" };
  const steel = { employer: "Nordic Steel AB", employer_org_number: "556000-2222", employer_sector: "private" };
  const unknownAfter = { in_region_1y: "unknown", in_region_3y: "unknown" };
  const trainees = [
    traineeRow({ ...a }),
    traineeRow({ ...a, ...steel, trainee_name: "Bo Ström", trainee_email: "", gender: "man", education_level: "bachelor", field: "IT", ties: "studied+grew_up", accepted_offer: "no", in_region_1y: "no", in_region_3y: "unknown" }),
    traineeRow({ ...a, trainee_name: "Cilla Dahl", trainee_email: "Cilla.Dahl@Example.se", gender: "other", education_level: "unknown", field: "", ties: "unknown", employer: "arvika KOMMUN", employer_org_number: "", completed: "no", offered_job: "no", accepted_offer: "unknown", in_region_end: "unknown", ...unknownAfter }),
    traineeRow({ ...b, ...steel, trainee_name: "Dan Holm", trainee_email: "dan.holm@example.se", gender: "man", education_level: "phd", field: "Data", ties: "none", ...unknownAfter }),
    traineeRow({ ...b, trainee_name: "Eva Lund", trainee_email: "eva.lund@example.se", field: "Ekonomi", ties: "partner_family", employer: "Lilla Byrån", employer_org_number: "", employer_sector: "private", completed: "unknown", offered_job: "unknown", accepted_offer: "unknown", in_region_end: "unknown", ...unknownAfter }),
    traineeRow({ ...b, trainee_name: "Frida Sjö", trainee_email: "frida.sjo@example.se", field: "Juridik", employer: "Renamed since", employer_org_number: fixtureOrgNumber, employer_sector: "private", offered_job: "no", accepted_offer: "unknown", in_region_end: "no", in_region_1y: "no", in_region_3y: "unknown" }),
  ];
  const campaigns = [
    { cohort: "2021/22", applicants: "150", places: "10", applicants_outside_region: "60", interviewed: "25" },
    { cohort: "2022/23", applicants: "180", places: "12", applicants_outside_region: "70", interviewed: "30" },
  ];
  return { trainees, campaigns };
}

/** How many rows an import could touch in a consortium, to show that nothing was written. */
export async function importCounts(consortiumId: string) {
  const db = systemDb();
  const where = { consortiumId };
  const [cohorts, campaigns, employers, trainees, placements, followUps, audits, mails] = await Promise.all([
    db.cohort.count({ where }),
    db.campaign.count({ where }),
    db.employer.count({ where }),
    db.trainee.count({ where }),
    db.placement.count({ where }),
    db.followUp.count({ where }),
    db.auditEvent.count({ where }),
    db.outboxEmail.count({ where }),
  ]);
  return { cohorts, campaigns, employers, trainees, placements, followUps, audits, mails };
}

/** Every updatedAt an import could bump, by row id. */
export async function importStamps(consortiumId: string) {
  const db = systemDb();
  const where = { consortiumId };
  const select = { id: true, updatedAt: true } as const;
  const rows = (await Promise.all([db.cohort.findMany({ where, select }), db.campaign.findMany({ where, select }), db.employer.findMany({ where, select }), db.trainee.findMany({ where, select }), db.placement.findMany({ where, select })])).flat();
  return Object.fromEntries(rows.map((r) => [r.id, r.updatedAt.toISOString()]));
}
