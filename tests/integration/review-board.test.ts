import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { sendBulkEmailAction } from "@/lib/review/actions";
import { listBoard } from "@/lib/review/board";
import { parseReviewFilters } from "@/lib/review/schemas";
import { listApplications } from "@/lib/review/service";
import { createApplicationIn, createPostingIn, createTenant, createUser, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
let other: TenantFixture;
let ids: Record<"first" | "second" | "rated" | "short" | "draft", string>;
let otherEmployerId: string;

const db = () => systemDb();

async function rank(applicationId: string, postingId: string, rank: number) {
  await db().applicationPreference.create({ data: { consortiumId: t.id, applicationId, postingId, rank } });
}

async function rate(applicationId: string, ratings: number[]) {
  const reviewers = [t.membershipIds.COORDINATOR, t.membershipIds.EMPLOYER];
  await db().evaluation.createMany({ data: ratings.map((rating, i) => ({ consortiumId: t.id, applicationId, reviewerId: reviewers[i], rating })) });
}

const emailOf = async (applicationId: string) =>
  (await db().application.findUniqueOrThrow({ where: { id: applicationId }, include: { applicant: true } })).applicant.email;

beforeAll(async () => {
  t = await createTenant("board");
  other = await createTenant("board-other");
  ids = {
    first: await createApplicationIn(t, "SUBMITTED", { firstName: "Frida" }),
    second: await createApplicationIn(t, "SUBMITTED", { firstName: "Sven" }),
    rated: await createApplicationIn(t, "SCREENING", { firstName: "Rut" }),
    short: await createApplicationIn(t, "SHORTLISTED", { firstName: "Sara" }),
    draft: await createApplicationIn(t, "DRAFT", { firstName: "Dan" }),
  };
  const own = await createPostingIn(t, "PUBLISHED");
  const employer = await db().employer.create({
    data: { consortiumId: t.id, name: "Region Test", orgNumber: "232100-0000", sector: "PUBLIC", sizeBand: "FROM_250", municipality: "Karlstad", memberSince: new Date("2025-01-01") },
  });
  otherEmployerId = employer.id;
  const { id: theirs } = await db().posting.create({
    data: { consortiumId: t.id, employerId: employer.id, campaignId: t.campaignId, title: "Trainee region", description: "x", field: "IT", educationLevel: "MASTER", municipality: "Karlstad", places: 1, status: "PUBLISHED" },
  });
  await rank(ids.first, own, 1);
  await rank(ids.second, theirs, 1);
  await rank(ids.second, own, 2);
  await rank(ids.rated, theirs, 3);
  await rate(ids.rated, [5, 4]);
  await rate(ids.second, [3, 2]);
});

const filters = (query: Record<string, string>) => parseReviewFilters(query);
const list = (query: Record<string, string>) => withTenant(t.id, null, (tx) => listApplications(tx, t.id, t.campaignId, filters(query)));
const board = (query: Record<string, string>) => withTenant(t.id, null, (tx) => listBoard(tx, t.id, t.campaignId, filters(query)));
const idsOf = (result: { items: { id: string }[] }) => result.items.map((i) => i.id).sort();

describe("review filters: preference rank and rating", () => {
  it("finds who ranked an employer's posting as choice ≤ N", async () => {
    expect(idsOf(await list({ employer: t.employerId }))).toEqual([ids.first, ids.second].sort());
    expect(idsOf(await list({ employer: t.employerId, rank: "1" }))).toEqual([ids.first]);
    expect(idsOf(await list({ employer: otherEmployerId, rank: "2" }))).toEqual([ids.second]);
    expect(idsOf(await list({ employer: otherEmployerId, rank: "3" }))).toEqual([ids.rated, ids.second].sort());
  });

  it("keeps applications whose average rating reaches the minimum", async () => {
    expect(idsOf(await list({ rating: "4" }))).toEqual([ids.rated]);
    expect(idsOf(await list({ rating: "2" }))).toEqual([ids.rated, ids.second].sort());
    expect((await list({ rating: "9" })).total).toBe(4);
  });
});

describe("review board", () => {
  it("groups the filtered applications by stage with counts, drafts left out", async () => {
    const result = await board({});
    expect(result.total).toBe(4);
    const columns = Object.fromEntries(result.columns.map((c) => [c.stage, c]));
    expect(result.columns.map((c) => c.stage)).toEqual(["SUBMITTED", "SCREENING", "SHORTLISTED", "INTERVIEW", "OFFER", "HIRED", "REJECTED", "WITHDRAWN"]);
    expect(columns.SUBMITTED.count).toBe(2);
    expect(columns.SUBMITTED.cards.map((c) => c.id).sort()).toEqual([ids.first, ids.second].sort());
    expect(columns.SCREENING.cards[0]).toMatchObject({ id: ids.rated, rating: 4.5, ratingCount: 2 });
    expect(columns.OFFER.count).toBe(0);
    expect((await board({ rating: "4" })).columns.find((c) => c.stage === "SCREENING")!.count).toBe(1);
  });

  it("numbers anonymised cards as the table does and reveals the shortlisted", async () => {
    const table = await list({ anon: "1" });
    const cards = (await board({ anon: "1" })).columns.flatMap((c) => c.cards);
    for (const card of cards) expect(card.number).toBe(table.items.find((i) => i.id === card.id)!.number);
    expect(cards.find((c) => c.id === ids.first)).toMatchObject({ name: null, university: null });
    expect(cards.find((c) => c.id === ids.short)!.name).toMatch(/^Sara /);
  });
});

describe("bulk email", () => {
  it("sends one email per applicant in their own language, and audits each", async () => {
    const user = await createUser("board-en");
    await db().user.update({ where: { id: user.id }, data: { locale: "en" } });
    const applicantId = (await db().application.findUniqueOrThrow({ where: { id: ids.rated } })).applicantId;
    await db().applicant.update({ where: { id: applicantId }, data: { userId: user.id } });

    const result = await sendBulkEmailAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [ids.first, ids.rated, ids.first], kind: "update" });
    expect(result).toEqual({ ok: true, data: { sent: 2 } });

    const [swedish] = await db().outboxEmail.findMany({ where: { consortiumId: t.id, to: await emailOf(ids.first) } });
    expect(swedish).toMatchObject({ locale: "sv", subject: `Nytt om din ansökan till Test board` });
    expect(swedish.text).toContain("Skickad");
    const english = await db().outboxEmail.findMany({ where: { consortiumId: t.id, to: await emailOf(ids.rated) } });
    expect(english).toHaveLength(1);
    expect(english[0]).toMatchObject({ locale: "en", subject: "News about your application to Test board" });
    expect(english[0].text).toContain("Screening");

    const audit = await db().auditEvent.findMany({ where: { consortiumId: t.id, action: "application.emailed" } });
    expect(audit.map((a) => [a.targetId, a.data])).toEqual(
      expect.arrayContaining([
        [ids.first, { kind: "update" }],
        [ids.rated, { kind: "update" }],
      ]),
    );
    expect(audit).toHaveLength(2);
  });

  it("uses the campaign's own wording when the coordinator wrote one", async () => {
    await db().campaign.update({
      where: { id: t.campaignId },
      data: { emailTemplates: { moreInfo: { sv: { subject: "Komplettera, {name}", body: "Hej {name}, skicka betygen." } } } },
    });
    expect(await sendBulkEmailAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [ids.second], kind: "moreInfo" })).toMatchObject({ ok: true });
    const [mail] = await db().outboxEmail.findMany({ where: { consortiumId: t.id, to: await emailOf(ids.second) } });
    expect(mail.subject).toBe("Komplettera, Sven");
  });

  it("sends nothing when an id is another consortium's or a draft", async () => {
    const before = await db().outboxEmail.count({ where: { consortiumId: { in: [t.id, other.id] } } });
    const foreign = await createApplicationIn(other);
    expect(await sendBulkEmailAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [ids.short, foreign], kind: "shortlisted" })).toMatchObject({
      ok: false,
      error: "notFound",
    });
    expect(await sendBulkEmailAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [ids.short, ids.draft], kind: "shortlisted" })).toMatchObject({
      ok: false,
      error: "notSubmitted",
    });
    expect(await db().outboxEmail.count({ where: { consortiumId: { in: [t.id, other.id] } } })).toBe(before);
    expect(await db().auditEvent.count({ where: { consortiumId: t.id, action: "application.emailed", data: { equals: { kind: "shortlisted" } } } })).toBe(0);
  });

  it("refuses more than 500 applications and unknown templates", async () => {
    const many = Array.from({ length: 501 }, (_, i) => `id${i}`);
    expect(await sendBulkEmailAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: many, kind: "update" })).toMatchObject({ ok: false, error: "validation" });
    expect(await sendBulkEmailAction.runAs(t.users.COORDINATOR, t.slug, { applicationIds: [ids.first], kind: "offer" })).toMatchObject({ ok: false, error: "validation" });
  });
});
