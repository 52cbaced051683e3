import { randomUUID } from "node:crypto";
import type { FollowUpWave } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import type { ImportPlan } from "./plan";
import type { TraineePlan } from "./plan-trainees";

// Writes an import plan: new rows in bulk, changed rows field by field, unchanged rows not at all
// (so their updatedAt stays). The caller's transaction makes it all or nothing.

async function writeCohorts(tx: Tx, consortiumId: string, plan: ImportPlan) {
  for (const cohort of plan.cohorts) {
    if (cohort.kind === "unchanged") continue;
    if (cohort.kind === "new") {
      // No check-ins for history: the trainee year is long over (and jobs skip imported cohorts).
      await tx.cohort.create({ data: { id: cohort.id, consortiumId, name: cohort.name, imported: true, checkInMonths: [], ...cohort.fields! } });
    } else if (Object.keys(cohort.changedFields).length) {
      await tx.cohort.update({ where: { id: cohort.id, consortiumId }, data: cohort.changedFields });
    }
    const start = cohort.fields?.startDate;
    if (!cohort.campaignId) {
      // The recruitment round behind the cohort, closed, with the figures of the campaigns file.
      const day = start ?? (await tx.cohort.findFirstOrThrow({ where: { id: cohort.id, consortiumId }, select: { startDate: true } })).startDate;
      await tx.campaign.create({ data: { consortiumId, cohortId: cohort.id, opensAt: day, closesAt: day, status: "CLOSED", ...(cohort.figures ?? {}) } });
    } else if (cohort.figures) {
      await tx.campaign.update({ where: { id: cohort.campaignId, consortiumId }, data: cohort.figures });
    }
  }
}

async function writeEmployers(tx: Tx, consortiumId: string, plan: ImportPlan) {
  const created = plan.employers.filter((e) => e.kind === "new");
  if (created.length) {
    await tx.employer.createMany({
      data: created.map((e) => ({ id: e.id, consortiumId, ...e.create!, sizeBand: null, municipality: null, status: "LEFT" as const })),
    });
  }
  for (const employer of plan.employers.filter((e) => e.kind === "changed")) {
    await tx.employer.update({ where: { id: employer.id, consortiumId }, data: employer.update });
  }
}

const followUpRows = (consortiumId: string, traineeId: string, answers: TraineePlan["answersToWrite"]) =>
  (Object.entries(answers) as [FollowUpWave, "YES" | "NO"][]).map(([wave, livesInRegion]) => ({ id: randomUUID(), consortiumId, traineeId, wave, livesInRegion }));

async function writeTrainees(tx: Tx, consortiumId: string, plan: ImportPlan) {
  const created = plan.trainees.filter((t) => t.kind === "new");
  if (created.length) {
    await tx.trainee.createMany({ data: created.map((t) => ({ id: t.id, consortiumId, importKey: t.importKey, ...t.fields })) });
    await tx.placement.createMany({ data: created.map((t) => ({ consortiumId, traineeId: t.id, ...t.placement })) });
    const answers = created.flatMap((t) => followUpRows(consortiumId, t.id, t.answers));
    if (answers.length) await tx.followUp.createMany({ data: answers });
  }
  for (const trainee of plan.trainees.filter((t) => t.kind === "changed")) {
    if (Object.keys(trainee.changedFields).length) await tx.trainee.update({ where: { id: trainee.id, consortiumId }, data: trainee.changedFields });
    if (trainee.placementChanged) {
      await tx.placement.deleteMany({ where: { consortiumId, traineeId: trainee.id } });
      await tx.placement.create({ data: { consortiumId, traineeId: trainee.id, ...trainee.placement } });
    }
    for (const row of followUpRows(consortiumId, trainee.id, trainee.answersToWrite)) {
      const { count } = await tx.followUp.updateMany({ where: { consortiumId, traineeId: trainee.id, wave: row.wave }, data: { livesInRegion: row.livesInRegion } });
      if (!count) await tx.followUp.create({ data: row });
    }
    if (trainee.answersToRemove.length) {
      await tx.followUp.deleteMany({ where: { consortiumId, traineeId: trainee.id, wave: { in: trainee.answersToRemove }, sentAt: null } });
    }
  }
}

/** Writes what the plan says differs; cohorts first, then employers, then the trainees that name both. */
export async function writePlan(tx: Tx, consortiumId: string, plan: ImportPlan): Promise<void> {
  await writeCohorts(tx, consortiumId, plan);
  await writeEmployers(tx, consortiumId, plan);
  await writeTrainees(tx, consortiumId, plan);
}
