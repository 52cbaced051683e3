import { recordAudit } from "../audit/record";
import { invalidateConsortium } from "../careers/cache";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import type { ImportRowError } from "./columns";
import { planImport, type ImportSummary } from "./plan";
import { validateFiles } from "./validate";
import { writePlan } from "./write";

// Import of earlier years' spreadsheets (docs/decisions/0021-history-import.md): the web page and
// `npm run import` both come here. A dry run reports; a real run writes everything or nothing.

export interface ImportActor {
  consortiumId: string;
  /** Null from the command line, which has no signed-in person. */
  userId: string | null;
  source: "web" | "cli";
}

export interface ImportInput {
  trainees: Uint8Array;
  campaigns: Uint8Array | null;
}

export interface ImportReport {
  summary: ImportSummary;
  errors: ImportRowError[];
  /** Data rows read from each file, with or without problems. */
  rows: { trainees: number; campaigns: number };
  /** How many of them have a problem. */
  rowsWithProblems: number;
}

/**
 * Serialises imports of one consortium, so two at once cannot both add the same cohort or employer.
 * Tried, never waited for: waiting would count against the transaction's time limit (15 s, lib/db/
 * tenant.ts), and an import queued behind a slow one would fail as "unexpected" instead of saying why.
 */
const IMPORT_LOCK = 7_350_021;

async function prepare(tx: Tx, consortiumId: string, input: ImportInput, now: Date): Promise<ImportReport & { plan: Awaited<ReturnType<typeof planImport>> }> {
  const validated = await validateFiles(input.trainees, input.campaigns);
  const plan = await planImport(tx, consortiumId, validated, now);
  const rowsWithProblems = new Set(plan.errors.filter((e) => e.row > 1).map((e) => `${e.file}:${e.row}`)).size;
  return { summary: plan.summary, errors: plan.errors, rows: validated.read, rowsWithProblems, plan };
}

/** The dry run: every problem in both files, and what an import would add or change. Writes nothing. */
export async function checkImport(tx: Tx, actor: ImportActor, input: ImportInput, now = new Date()): Promise<ImportReport> {
  const { summary, errors, rows, rowsWithProblems } = await prepare(tx, actor.consortiumId, input, now);
  return { summary, errors, rows, rowsWithProblems };
}

/** "trainees.12.gender" → "import.codes.choice": the row errors as an action's field errors. */
export function rowFieldErrors(errors: ImportRowError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [`${e.file}.${e.row}.${e.column ?? ""}`, `import.codes.${e.code}`]));
}

/**
 * Imports both files in the caller's transaction when neither has a single problem; otherwise
 * throws importInvalid (with the row errors) and nothing is written; importBusy while another
 * import into the consortium is running. Rows already imported and
 * unchanged are left alone, so importing the same files again changes nothing.
 */
export async function runImport(tx: Tx, actor: ImportActor, input: ImportInput, now = new Date()): Promise<ImportReport> {
  const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${IMPORT_LOCK}::int, hashtext(${actor.consortiumId})) AS locked`;
  if (!locked) throw new AppError("importBusy");
  const { plan, ...report } = await prepare(tx, actor.consortiumId, input, now);
  if (report.errors.length) throw new AppError("importInvalid", rowFieldErrors(report.errors));
  const counts = Object.values(report.summary);
  // The same files again: nothing to write, and nothing to record either.
  if (counts.every((c) => c.new === 0 && c.changed === 0)) return report;
  await writePlan(tx, actor.consortiumId, plan);
  await recordAudit(tx, {
    consortiumId: actor.consortiumId,
    actorUserId: actor.userId,
    action: "import.history",
    targetType: "Consortium",
    targetId: actor.consortiumId,
    data: { source: actor.source, rows: { ...report.rows }, cohorts: { ...report.summary.cohorts }, employers: { ...report.summary.employers }, trainees: { ...report.summary.trainees } },
  });
  // Cached outcome figures of this process go; the cache's hold window covers the commit.
  invalidateConsortium(actor.consortiumId);
  return report;
}
