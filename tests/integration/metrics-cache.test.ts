import { expect, it } from "vitest";
import { invalidateConsortium } from "@/lib/careers/cache";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { loadCachedOutcomeReport } from "@/lib/metrics/cached-report";
import { createTenant } from "../support/fixtures";

// The outcome report is kept for a short while per consortium and filter; an import (which
// invalidates the consortium) shows at once, and one consortium's entry never answers another.
it("serves the kept report until the consortium is invalidated, and per consortium", async () => {
  const [t, other] = [await createTenant("mcache"), await createTenant("mcache")];
  const completed = async (consortiumId: string, cohortId: string) =>
    (await withTenant(consortiumId, null, (tx) => loadCachedOutcomeReport(tx, consortiumId, { cohortId }))).cohorts[0].outcomes.completed;
  const before = await completed(t.id, t.cohortId);
  expect(before.count).toBe(0);
  await systemDb().trainee.update({ where: { id: t.traineeId }, data: { status: "COMPLETED" } });
  expect(await completed(t.id, t.cohortId)).toEqual(before);
  expect((await completed(other.id, other.cohortId)).count).toBe(0);
  invalidateConsortium(t.id);
  expect((await completed(t.id, t.cohortId)).count).toBe(1);
});
