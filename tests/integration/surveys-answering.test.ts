import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { sendEmployerSurveysAction, submitSurveyAction } from "@/lib/surveys/actions";
import { surveyToken } from "@/lib/surveys/notify";
import { ELSEWHERE, readSnapshot, type SnapshotQuestion } from "@/lib/surveys/types";
import { createTenant, type TenantFixture } from "../support/fixtures";
import { createAlumnus, createEndedCohort, sendSurveyTo } from "../support/surveys";

// Answering by personal link, signed out: what the answers change, and every way a submit is refused.
const db = systemDb();
let t: TenantFixture;
let other: TenantFixture;
let cohortId: string;

/** A client address of its own per call, so the rate limit is not what a test measures. */
const ip = () => `203.0.113.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;
const submit = (raw: object) => submitSurveyAction.runFrom(ip(), raw);

beforeAll(async () => {
  [t, other] = await Promise.all([createTenant("surv-ans"), createTenant("surv-ans-other")]);
  await db.consortium.update({ where: { id: t.id }, data: { municipalities: ["Arvika", "Karlstad", "Torsby"] } });
  cohortId = await createEndedCohort(t.id, 1);
});

async function freshSurvey(wave: "END" | "YEAR_1" = "END", sentAt = new Date()) {
  const traineeId = await createAlumnus(t, cohortId);
  const sent = await sendSurveyTo(t.id, traineeId, wave, sentAt);
  const questions = readSnapshot(sent.survey.questions);
  const q = (key: string) => questions.find((x) => x.key === key)!.id;
  return { traineeId, ...sent, questions, q };
}

/** Answers to every ready-made END question: lives and works in Karlstad, offered a job and took it. */
function goodAnswers(id: (key: string) => string) {
  return {
    [id("residence")]: "karlstad",
    [id("works_in_region")]: "yes",
    [id("work_municipality")]: "Karlstad",
    [id("offered_job")]: "yes",
    [id("accepted_offer")]: "yes",
    [id("would_have_moved")]: "no",
    [id("scale_courses")]: "4",
  };
}

const unchanged = async (id: string) => {
  const row = await db.followUp.findUniqueOrThrow({ where: { id }, include: { trainee: true } });
  expect(row).toMatchObject({ answeredAt: null, answers: {}, municipality: null, livesInRegion: "UNKNOWN" });
  expect(row.trainee).toMatchObject({ residenceMunicipality: null, offeredJob: "UNKNOWN", acceptedOffer: "UNKNOWN" });
};

describe("answers feed the outcomes", () => {
  it("an END answer sets the follow-up and the trainee's outcome in one go", async () => {
    const s = await freshSurvey();
    const result = await submit({ slug: t.slug, token: s.token, answers: goodAnswers(s.q) });
    expect(result).toEqual({ ok: true, data: { answered: true } });
    const row = await db.followUp.findUniqueOrThrow({ where: { id: s.id }, include: { trainee: true } });
    expect(row).toMatchObject({ municipality: "Karlstad", livesInRegion: "YES", worksInRegion: "YES" });
    expect(row.answeredAt).toBeInstanceOf(Date);
    expect(row.answers).toMatchObject({ [s.q("residence")]: "Karlstad", [s.q("scale_courses")]: 4, [s.q("offered_job")]: "yes" });
    expect(row.trainee).toMatchObject({ residenceMunicipality: "Karlstad", offeredJob: "YES", acceptedOffer: "YES", otherJobInRegion: "NO" });
    expect(await db.auditEvent.count({ where: { consortiumId: t.id, action: "survey.answered", targetId: s.id } })).toBe(1);
  });

  it("a municipality outside the region counts as living elsewhere; a later wave leaves the trainee's columns alone", async () => {
    const s = await freshSurvey("YEAR_1");
    const answers = { [s.q("residence")]: ELSEWHERE, [s.q("works_in_region")]: "no" };
    expect(await submit({ slug: t.slug, token: s.token, answers, other: { [s.q("residence")]: "Oslo" } })).toMatchObject({ ok: true });
    const row = await db.followUp.findUniqueOrThrow({ where: { id: s.id }, include: { trainee: true } });
    expect(row).toMatchObject({ municipality: "Oslo", livesInRegion: "NO", worksInRegion: "NO" });
    expect(row.trainee).toMatchObject({ residenceMunicipality: null, otherJobInRegion: "UNKNOWN" });
  });

  it("an employer's answers land on its own survey, found by the same kind of link", async () => {
    await sendEmployerSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId });
    const survey = await db.employerFollowUp.findFirstOrThrow({ where: { cohortId } });
    const q = (key: string) => readSnapshot(survey.questions).find((x) => x.key === key)!.id;
    const answers = { [q("employer_continue")]: "undecided", [q("employer_offered")]: "no", [q("employer_offer_why")]: "No budget this year." };
    expect(await submit({ slug: t.slug, token: surveyToken("employer", survey.id), answers })).toMatchObject({ ok: true });
    const row = await db.employerFollowUp.findUniqueOrThrow({ where: { id: survey.id } });
    expect(row.answeredAt).toBeInstanceOf(Date);
    expect(row.answers).toMatchObject({ [q("employer_continue")]: "undecided" });
  });
});

describe("a link opens exactly one survey", () => {
  it("the token alone decides: answering A's link changes A's survey and nobody else's", async () => {
    const [a, b] = [await freshSurvey(), await freshSurvey()];
    // An attempt to name B's survey beside A's token is not even accepted.
    const named = await submit({ slug: t.slug, token: a.token, answers: goodAnswers(a.q), id: b.id });
    expect(named).toMatchObject({ ok: false, error: "validation" });
    // B's question ids under A's token are simply A's questions (the same bank), answered for A.
    expect(await submit({ slug: t.slug, token: a.token, answers: goodAnswers(b.q) })).toMatchObject({ ok: true });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: a.id } })).answeredAt).toBeInstanceOf(Date);
    await unchanged(b.id);
  });

  it("a link reused after answering → surveyAnswered, the first answers kept", async () => {
    const s = await freshSurvey();
    await submit({ slug: t.slug, token: s.token, answers: goodAnswers(s.q) });
    const before = await db.followUp.findUniqueOrThrow({ where: { id: s.id } });
    const again = await submit({ slug: t.slug, token: s.token, answers: { ...goodAnswers(s.q), [s.q("residence")]: "Torsby" } });
    expect(again).toMatchObject({ ok: false, error: "surveyAnswered" });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: s.id } })).toEqual(before);
  });

  it("two submits at the same moment: one is saved, the other told it was answered", async () => {
    const s = await freshSurvey();
    const results = await Promise.all([submit({ slug: t.slug, token: s.token, answers: goodAnswers(s.q) }), submit({ slug: t.slug, token: s.token, answers: goodAnswers(s.q) })]);
    expect(results.map((r) => (r.ok ? "ok" : r.error)).sort()).toEqual(["ok", "surveyAnswered"]);
  });

  it("an expired link → surveyExpired, nothing changed", async () => {
    const s = await freshSurvey("END", new Date(Date.now() - 61 * 86_400_000));
    expect(await submit({ slug: t.slug, token: s.token, answers: goodAnswers(s.q) })).toMatchObject({ ok: false, error: "surveyExpired" });
    await unchanged(s.id);
  });

  it("a tampered or unknown token, or a valid one under another consortium's address → surveyInvalid, nothing changed", async () => {
    const s = await freshSurvey();
    const flipped = `${s.token.slice(0, -1)}${s.token.endsWith("A") ? "B" : "A"}`;
    for (const raw of [
      { slug: t.slug, token: flipped },
      { slug: t.slug, token: randomBytes(32).toString("base64url") },
      { slug: t.slug, token: "short" },
      { slug: other.slug, token: s.token },
      { slug: "no-such-consortium", token: s.token },
    ]) {
      expect(await submit({ ...raw, answers: goodAnswers(s.q) })).toMatchObject({ ok: false, error: "surveyInvalid" });
    }
    await unchanged(s.id);
  });
});

describe("answers must match the questions sent", () => {
  let s: Awaited<ReturnType<typeof freshSurvey>>;
  beforeAll(async () => {
    s = await freshSurvey();
  });
  const refused = async (answers: Record<string, string>, field: string, key: string, other?: Record<string, string>) => {
    const result = await submit({ slug: t.slug, token: s.token, answers, other });
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { [field]: key } });
    await unchanged(s.id);
  };
  const scale = (q: SnapshotQuestion[]) => q.find((x) => x.kind === "SCALE")!.id;

  it("an unknown question id", () => refused({ ...goodAnswers(s.q), "not-a-question": "x" }, "answers", "survey.validation.unknownQuestion"));
  it("a scale of 7", () => refused({ ...goodAnswers(s.q), [scale(s.questions)]: "7" }, `answers.${scale(s.questions)}`, "survey.validation.scale"));
  it("a choice not offered", () => refused({ ...goodAnswers(s.q), [s.q("offered_job")]: "maybe" }, `answers.${s.q("offered_job")}`, "validation.choice"));
  it("a municipality not in the list", () => refused({ ...goodAnswers(s.q), [s.q("residence")]: "Gotham" }, `answers.${s.q("residence")}`, "validation.choice"));
  it("'elsewhere' without saying where", () => refused({ ...goodAnswers(s.q), [s.q("residence")]: ELSEWHERE }, `other.${s.q("residence")}`, "survey.validation.elsewhere"));
  it("a required answer missing", () => {
    const { [s.q("residence")]: _, ...rest } = goodAnswers(s.q);
    return refused(rest, `answers.${s.q("residence")}`, "validation.required");
  });
});

describe("the public action's own guard", () => {
  it("rate-limits one address, counting before it looks at the input", async () => {
    const address = ip();
    const results = [];
    for (let i = 0; i < 21; i++) results.push(await submitSurveyAction.runFrom(address, { slug: t.slug, token: "x", answers: {} }));
    expect(results.slice(0, 20).every((r) => !r.ok && r.error !== "rateLimited")).toBe(true);
    expect(results[20]).toMatchObject({ ok: false, error: "rateLimited" });
  });
});
