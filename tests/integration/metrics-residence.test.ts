import { expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { loadOutcomeReport } from "@/lib/metrics/report";
import { createTenant } from "../support/fixtures";

// Where a trainee lives while still in the programme is not "living in the region at the end":
// the recorded municipality counts only once their programme has ended.
it("counts the recorded municipality as the end outcome only after the programme ended", async () => {
  const t = await createTenant("mres");
  const db = systemDb();
  await db.consortium.update({ where: { id: t.id }, data: { municipalities: ["Karlstad"] } });
  await db.trainee.update({ where: { id: t.traineeId }, data: { residenceMunicipality: "Karlstad" } });
  const load = async () =>
    (await withTenant(t.id, null, (tx) => loadOutcomeReport(tx, t.id, { cohortId: t.cohortId }))).cohorts[0].outcomes.inRegionEnd;
  expect(await load()).toEqual({ count: 0, known: 0, share: null });
  await db.trainee.update({ where: { id: t.traineeId }, data: { status: "COMPLETED" } });
  expect(await load()).toEqual({ count: 1, known: 1, share: 1 });
});
