import { randomUUID } from "node:crypto";
import { checkImportAction, runImportAction } from "@/lib/import/actions";
import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";
import { campaignsCsv, csvFile, traineeRow, traineesCsv } from "./imports";

// The authorization matrix's entries for the import actions (see authorization.ts). Each call
// gets files of a cohort of its own, so an allowed import really writes something.
function historyFiles() {
  const cohort = `History ${randomUUID().slice(0, 8)}`;
  return {
    trainees: csvFile(traineesCsv([traineeRow({ cohort, trainee_email: `${randomUUID().slice(0, 8)}@example.se` })])),
    campaigns: csvFile(campaignsCsv([{ cohort, applicants: "40", places: "2", applicants_outside_region: "10", interviewed: "8" }])),
  };
}

export const IMPORT_MATRIX_ACTIONS: MatrixAction[] = [
  { name: "checkImportAction", action: checkImportAction, allowed: ["COORDINATOR"], input: async () => historyFiles() },
  { name: "runImportAction", action: runImportAction, allowed: ["COORDINATOR"], input: async () => historyFiles() },
];
