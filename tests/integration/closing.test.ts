import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { finishRecruitmentAction } from "@/lib/campaigns/actions";
import { systemDb } from "@/lib/db/client";
import type { ApplicationStage, Locale } from "@/lib/db/generated/enums";
import { formatDay } from "@/lib/i18n/format";
import { erasureDate } from "@/lib/retention/rules";
import en from "../../messages/en.json";
import nb from "../../messages/nb.json";
import sv from "../../messages/sv.json";
import { addMember, createClosedCampaign, createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
let campaignId: string;
let postingId: string;
const people: Record<string, { email: string; applicationId: string; applicantId: string }> = {};

/** An applicant of the closed campaign at a stage; with an account in `locale` when given. */
async function applicant(name: string, stage: ApplicationStage, locale?: Locale | null, talentPoolExpiresAt?: Date) {
  const user = locale !== undefined ? await addMember(t.id, "APPLICANT", null, `closing-${name}`) : null;
  if (user && locale) await systemDb().user.update({ where: { id: user.id }, data: { locale } });
  const email = user?.email ?? `closing-${name}-${randomUUID().slice(0, 6)}@test.example`;
  const created = await systemDb().applicant.create({
    data: {
      consortiumId: t.id,
      userId: user?.id,
      firstName: name,
      lastName: "Test",
      email,
      educationLevel: "BACHELOR",
      field: "IT",
      university: "Högskolan i Innlandet",
      graduationYear: 2026,
      talentPoolConsentAt: talentPoolExpiresAt ? new Date() : null,
      talentPoolExpiresAt: talentPoolExpiresAt ?? null,
    },
  });
  const application = await systemDb().application.create({
    data: { consortiumId: t.id, applicantId: created.id, campaignId, stage, submittedAt: stage === "DRAFT" ? null : new Date() },
  });
  people[name] = { email, applicationId: application.id, applicantId: created.id };
}

async function offer(name: string, status: "PENDING" | "ACCEPTED") {
  return systemDb().offer.create({
    data: { consortiumId: t.id, applicationId: people[name].applicationId, employerId: t.employerId, postingId, startDate: new Date("2027-09-01"), status },
  });
}

const mailTo = async (name: string) => {
  const mails = await systemDb().outboxEmail.findMany({ where: { consortiumId: t.id, to: people[name].email } });
  // Plain text is wrapped and dates may hold no-break spaces: compare with spaces made plain.
  return mails.map((m) => ({ ...m, text: m.text.replace(/\s+/g, " ") }));
};

beforeAll(async () => {
  t = await createTenant("closing");
  campaignId = await createClosedCampaign(t.id);
  postingId = await createPostingIn(t, "PUBLISHED");
  await systemDb().campaign.update({
    where: { id: campaignId },
    data: { emailTemplates: { closing: { nb: { subject: "Takk, {name}", body: "Egen tekst for {cohort}. Slettes {retainUntil}." } } } },
  });
  await applicant("Sigrid", "SUBMITTED", "en");
  await applicant("Sven", "SCREENING");
  await applicant("Nora", "INTERVIEW", "nb", new Date(Date.UTC(2040, 0, 15, 12)));
  await applicant("Olle", "OFFER", null);
  await applicant("Rut", "REJECTED");
  await applicant("Hilda", "OFFER");
  await applicant("Hugo", "HIRED");
  await applicant("Dan", "DRAFT");
  await applicant("Wilma", "WITHDRAWN");
  await offer("Olle", "PENDING");
  await offer("Hilda", "ACCEPTED");
  const campaign = await systemDb().campaign.findUniqueOrThrow({ where: { id: campaignId } });
  await systemDb().trainee.create({ data: { consortiumId: t.id, cohortId: campaign.cohortId, applicantId: people.Hugo.applicantId, name: "Hugo Test" } });
});

describe("finishing recruitment", () => {
  it("is refused before the deadline, with an error every language translates", async () => {
    const result = await finishRecruitmentAction.runAs(t.users.COORDINATOR, t.slug, { campaignId: t.campaignId });
    expect(result).toEqual({ ok: false, error: "deadlineNotPassed" });
    const texts = [sv, nb, en].map((catalog) => catalog.errors.deadlineNotPassed);
    expect(new Set(texts).size).toBe(3);
    expect(await systemDb().campaign.findUniqueOrThrow({ where: { id: t.campaignId } })).toMatchObject({ closingEmailsSentAt: null });
  });

  it("rejects every undecided application, withdraws pending offers and audits each move", async () => {
    const result = await finishRecruitmentAction.runAs(t.users.COORDINATOR, t.slug, { campaignId });
    expect(result).toEqual({ ok: true, data: { rejected: 4, emailed: 5 } });
    const stages = Object.fromEntries(
      await Promise.all(
        Object.entries(people).map(async ([name, p]) => [name, (await systemDb().application.findUniqueOrThrow({ where: { id: p.applicationId } })).stage]),
      ),
    );
    expect(stages).toEqual({
      Sigrid: "REJECTED",
      Sven: "REJECTED",
      Nora: "REJECTED",
      Olle: "REJECTED",
      Rut: "REJECTED",
      Hilda: "OFFER",
      Hugo: "HIRED",
      Dan: "DRAFT",
      Wilma: "WITHDRAWN",
    });
    const offers = await systemDb().offer.findMany({ where: { consortiumId: t.id }, select: { applicationId: true, status: true } });
    expect(offers.find((o) => o.applicationId === people.Olle.applicationId)?.status).toBe("WITHDRAWN");
    expect(offers.find((o) => o.applicationId === people.Hilda.applicationId)?.status).toBe("ACCEPTED");
    const moves = await systemDb().auditEvent.findMany({ where: { consortiumId: t.id, action: "application.stage" } });
    expect(moves.map((m) => m.targetId).sort()).toEqual(["Sigrid", "Sven", "Nora", "Olle"].map((n) => people[n].applicationId).sort());
    expect(moves.every((m) => m.actorUserId === t.users.COORDINATOR.id)).toBe(true);
  });

  it("sends one closing email to everyone not hired, in their language, with the erasure date", async () => {
    const campaign = await systemDb().campaign.findUniqueOrThrow({ where: { id: campaignId }, include: { cohort: true } });
    expect(campaign.closingEmailsSentAt).not.toBeNull();
    const erased = (locale: "sv" | "nb" | "en", pool?: Date) =>
      formatDay(erasureDate(campaign.closesAt, 24, pool), locale, "Europe/Stockholm").replace(/\s+/g, " ");

    const [sigrid] = await mailTo("Sigrid");
    expect(sigrid).toMatchObject({ locale: "en", template: "applicant", subject: `Your application to Test closing: recruitment is finished` });
    expect(sigrid.text).toContain(erased("en"));
    expect(sigrid.text).toContain(campaign.cohort.name);

    for (const name of ["Sven", "Olle", "Rut"]) {
      const mails = await mailTo(name);
      expect(mails, name).toHaveLength(1);
      expect(mails[0]).toMatchObject({ locale: "sv", subject: "Din ansökan till Test closing: rekryteringen är avslutad" });
      expect(mails[0].text).toContain(erased("sv"));
    }

    // The campaign's own Norwegian wording, and an erasure date pushed out by talent-pool consent.
    const [nora] = await mailTo("Nora");
    expect(nora).toMatchObject({ locale: "nb", subject: "Takk, Nora" });
    expect(nora.text).toContain(`Slettes ${erased("nb", new Date(Date.UTC(2040, 0, 15, 12)))}`);
    expect(nora.text).toContain("2040");

    for (const name of ["Hilda", "Hugo", "Dan", "Wilma"]) expect(await mailTo(name), name).toHaveLength(0);
  });

  it("sends nothing the second time", async () => {
    const before = await systemDb().outboxEmail.count({ where: { consortiumId: t.id } });
    const result = await finishRecruitmentAction.runAs(t.users.COORDINATOR, t.slug, { campaignId });
    expect(result).toEqual({ ok: true, data: { rejected: 0, emailed: 0 } });
    expect(await systemDb().outboxEmail.count({ where: { consortiumId: t.id } })).toBe(before);
  });
});
