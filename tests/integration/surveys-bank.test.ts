import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import {
  archiveQuestionAction,
  createQuestionAction,
  moveQuestionAction,
  restoreQuestionAction,
  updateMunicipalitiesAction,
  updateQuestionAction,
} from "@/lib/surveys/actions";
import { listQuestions, snapshotQuestions } from "@/lib/surveys/bank";
import { DEFAULT_QUESTIONS, ensureQuestionBank } from "@/lib/surveys/defaults";
import { readSnapshot } from "@/lib/surveys/types";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { createAlumnus, createEndedCohort, sendSurveyTo } from "../support/surveys";

// The question bank: ready-made questions, the coordinator's own, what may change; the region's municipalities.
const db = systemDb();
const label = (en: string) => ({ sv: `${en} sv`, nb: `${en} nb`, en });
let t: TenantFixture;

beforeAll(async () => {
  t = await createTenant("surv-bank");
});

const bank = () => withTenant(t.id, null, (tx) => listQuestions(tx, t.id));
const keyed = async (key: string) => (await bank()).find((q) => q.key === key)!;

describe("ready-made questions", () => {
  it("are created on the first read, once, even when two reads race", async () => {
    const fresh = await createTenant("surv-bank-race");
    expect(await db.surveyQuestion.count({ where: { consortiumId: fresh.id } })).toBe(0);
    await Promise.all([1, 2, 3].map(() => withTenant(fresh.id, null, (tx) => ensureQuestionBank(tx, fresh.id))));
    const rows = await db.surveyQuestion.findMany({ where: { consortiumId: fresh.id } });
    expect(rows).toHaveLength(DEFAULT_QUESTIONS.length);
    expect(rows.filter((q) => q.audience === "TRAINEE").map((q) => q.key)).toEqual(
      expect.arrayContaining(["residence", "works_in_region", "work_municipality", "offered_job", "accepted_offer", "would_have_moved", "scale_courses", "scale_network", "scale_follow_up"]),
    );
    expect(rows.filter((q) => q.audience === "EMPLOYER")).toHaveLength(4);
  });

  it("that feed the outcomes keep their options and cannot be archived; their wording can change", async () => {
    const works = await keyed("works_in_region");
    const options = works.options as { value: string; label: object }[];
    const dropped = await updateQuestionAction.runAs(t.users.COORDINATOR, t.slug, { id: works.id, label: label("Work?"), required: true, options: options.slice(0, 1).concat([{ value: "", label: label("Maybe") }]) });
    expect(dropped).toMatchObject({ ok: false, error: "validation", fieldErrors: { options: "surveys.bank.validation.fixedOptions" } });
    const archived = await archiveQuestionAction.runAs(t.users.COORDINATOR, t.slug, { id: works.id });
    expect(archived).toMatchObject({ ok: false, error: "validation" });
    expect((await keyed("works_in_region")).archivedAt).toBeNull();
    const reworded = await updateQuestionAction.runAs(t.users.COORDINATOR, t.slug, {
      id: works.id,
      label: label("Is your job in the region?"),
      required: true,
      options: options.map((o) => ({ value: o.value, label: label(o.value === "yes" ? "Yes indeed" : "No") })),
    });
    expect(reworded).toMatchObject({ ok: true });
    const after = await keyed("works_in_region");
    expect(after.label).toEqual(label("Is your job in the region?"));
    expect((after.options as { value: string }[]).map((o) => o.value)).toEqual(["yes", "no"]);
  });
});

describe("the coordinator's own questions", () => {
  it("get stable option values, move, archive out of new surveys and come back", async () => {
    const created = await createQuestionAction.runAs(t.users.COORDINATOR, t.slug, {
      audience: "TRAINEE",
      kind: "CHOICE",
      label: label("How did you hear of us?"),
      required: false,
      options: [{ label: label("Friends") }, { label: label("Ads") }],
    });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    let q = (await bank()).find((x) => x.id === id)!;
    expect((q.options as { value: string }[]).map((o) => o.value)).toEqual(["1", "2"]);
    // Removing "Friends" and adding "Radio" keeps "Ads" as 2 and gives the new one 3.
    await updateQuestionAction.runAs(t.users.COORDINATOR, t.slug, { id, label: label("How did you hear of us?"), required: true, options: [{ value: "2", label: label("Ads") }, { label: label("Radio") }] });
    q = (await bank()).find((x) => x.id === id)!;
    expect((q.options as { value: string }[]).map((o) => o.value)).toEqual(["2", "3"]);

    const trainees = () => bank().then((all) => all.filter((x) => x.audience === "TRAINEE" && !x.archivedAt).map((x) => x.id));
    const before = await trainees();
    expect(before.at(-1)).toBe(id);
    await moveQuestionAction.runAs(t.users.COORDINATOR, t.slug, { id, direction: "up" });
    const moved = await trainees();
    expect(moved.at(-2)).toBe(id);

    expect(await archiveQuestionAction.runAs(t.users.COORDINATOR, t.slug, { id })).toMatchObject({ ok: true });
    const snapshot = await withTenant(t.id, null, (tx) => snapshotQuestions(tx, t.id, "TRAINEE", "END"));
    expect(snapshot.map((x) => x.id)).not.toContain(id);
    expect(await restoreQuestionAction.runAs(t.users.COORDINATOR, t.slug, { id })).toMatchObject({ ok: true });
    const audit = await db.auditEvent.findMany({ where: { consortiumId: t.id, targetId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["survey.question.created", "survey.question.updated", "survey.question.archived", "survey.question.restored"]);
  });

  it("refuses a choice question with fewer than two options", async () => {
    const result = await createQuestionAction.runAs(t.users.COORDINATOR, t.slug, { audience: "EMPLOYER", kind: "CHOICE", label: label("One?"), required: false, options: [{ label: label("Only") }] });
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { options: "surveys.bank.validation.twoOptions" } });
  });

  it("edits after sending never change a sent survey", async () => {
    const cohortId = await createEndedCohort(t.id, 1);
    const sent = await sendSurveyTo(t.id, await createAlumnus(t, cohortId));
    const residence = await keyed("residence");
    await updateQuestionAction.runAs(t.users.COORDINATOR, t.slug, { id: residence.id, label: label("Where is home these days?"), required: true, options: [] });
    const stored = readSnapshot((await db.followUp.findUniqueOrThrow({ where: { id: sent.id } })).questions);
    expect(stored.find((x) => x.key === "residence")!.label).toEqual(residence.label);
  });
});

describe("the region's municipalities", () => {
  it("are saved one a line, trimmed, without duplicates, sorted, and audited", async () => {
    const result = await updateMunicipalitiesAction.runAs(t.users.COORDINATOR, t.slug, { municipalities: "Torsby\n  Arvika \n\narvika\nÅmål\nKarlstad\r\n" });
    expect(result).toEqual({ ok: true, data: { count: 4 } });
    expect((await db.consortium.findUniqueOrThrow({ where: { id: t.id } })).municipalities).toEqual(["Arvika", "Karlstad", "Torsby", "Åmål"]);
    expect(await db.auditEvent.count({ where: { consortiumId: t.id, action: "consortium.municipalities" } })).toBe(1);
  });

  it("refuses a name longer than 80 characters, changing nothing", async () => {
    const result = await updateMunicipalitiesAction.runAs(t.users.COORDINATOR, t.slug, { municipalities: `Arvika\n${"x".repeat(81)}` });
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { municipalities: "settings.municipalities.tooLong" } });
    expect((await db.consortium.findUniqueOrThrow({ where: { id: t.id } })).municipalities).toHaveLength(4);
  });
});
