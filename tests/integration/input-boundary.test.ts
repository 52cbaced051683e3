import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createFeeRuleAction } from "@/lib/fees/actions";
import { checkImportAction } from "@/lib/import/actions";
import { updateEmployerAction } from "@/lib/members/actions";
import { moveApplicationsAction } from "@/lib/review/actions";
import { ruleInput } from "../support/fees";
import { createApplicationIn, createTenant, type TenantFixture } from "../support/fixtures";
import { csvFile, traineeRow, traineesCsv } from "../support/imports";

// A NUL byte in an action's input (the probe's updateEmployer, moveApplications, createFeeRule)
// reached PostgreSQL, which refuses it, and came back "unexpected". Now it is the translated
// validation message at its field, and nothing is written (docs/decisions/0036-input-boundary.md).

let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("boundary");
});

const invalidAt = (field: string) => ({ ok: false, error: "validation", fieldErrors: { [field]: "validation.invalidCharacters" } });

describe("the input boundary of actions", () => {
  it("answers a NUL in a field of updateEmployer, moveApplications and createFeeRule with the field's validation message", async () => {
    const employer = await systemDb().employer.findUniqueOrThrow({ where: { id: t.employerId } });
    const edit = {
      id: t.employerId,
      name: "Bad\u0000Name",
      orgNumber: employer.orgNumber!,
      sector: employer.sector,
      sizeBand: "FROM_10_TO_49",
      municipality: "Karlstad",
      memberSince: "2025-01-01",
      status: "ACTIVE",
    };
    expect(await updateEmployerAction.runAs(t.users.COORDINATOR, t.slug, edit)).toMatchObject(invalidAt("name"));
    expect((await systemDb().employer.findUniqueOrThrow({ where: { id: t.employerId } })).name).toBe(employer.name);

    const application = await createApplicationIn(t);
    expect(await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [`${application}\u0000`], stage: "SCREENING" })).toMatchObject(
      invalidAt("applicationIds.0"),
    );
    expect(await moveApplicationsAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [application], stage: "SCREEN\u0000ING" })).toMatchObject(invalidAt("stage"));

    const rules = await systemDb().feeRule.count({ where: { consortiumId: t.id } });
    expect(await createFeeRuleAction.runAs(t.users.COORDINATOR, t.slug, ruleInput({ kind: "ONE_OFF", description: "Jubi\u0000leum" }))).toMatchObject(invalidAt("description"));
    expect(await systemDb().feeRule.count({ where: { consortiumId: t.id } })).toBe(rules);
  });

  it("refuses a lone surrogate, a control character and an overlong value the same way, and a NUL in the slug finds nothing", async () => {
    const input = ruleInput({ kind: "ONE_OFF", description: "ok" });
    expect(await createFeeRuleAction.runAs(t.users.COORDINATOR, t.slug, { ...input, description: "x\ud800" })).toMatchObject(invalidAt("description"));
    expect(await createFeeRuleAction.runAs(t.users.COORDINATOR, t.slug, { ...input, description: "\u001b[31m" })).toMatchObject(invalidAt("description"));
    expect(await createFeeRuleAction.runAs(t.users.COORDINATOR, t.slug, { ...input, description: "y".repeat(30_000) })).toMatchObject({
      ok: false,
      fieldErrors: { description: "validation.tooBig" },
    });
    expect(await createFeeRuleAction.runAs(t.users.COORDINATOR, `${t.slug}\u0000`, input)).toMatchObject({ ok: false, error: "notFound" });
  });

  it("refuses a CSV import with NUL bytes (a UTF-16 file without a byte-order mark) as not UTF-8 text", async () => {
    const text = traineesCsv([traineeRow({ trainee_name: "Nils\u0000son" })]);
    expect(await checkImportAction.runAs(t.users.COORDINATOR, t.slug, { trainees: csvFile(text) })).toMatchObject({
      ok: false,
      error: "importEncoding",
    });
  });
});
