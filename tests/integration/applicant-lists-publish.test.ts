import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteMyDataAction } from "@/lib/applications/actions";
import { decideExemptionAction, publishListsAction } from "@/lib/applicant-lists/actions";
import { listCsv } from "@/lib/applicant-lists/csv";
import { getListForApplicant, getPublishedList } from "@/lib/applicant-lists/lists";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { eraseExpiredApplicants } from "@/lib/retention/job";
import { addExemption, addListApplicant, closedListPosting, listPostingIn, refusedOpen } from "../support/applicant-lists";
import { addMember, createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";

// Publishing a posting's lists: only after the deadline and once nothing is open, a snapshot of
// everyone on the list that day (decision 0051), the extended list for those on it, CSV, erasure.

let t: TenantFixture;
let se: TenantFixture;
const coordinator = () => ({ consortium: { id: t.id, slug: t.slug, name: "", country: "NO" as const, timeZone: "Europe/Oslo", defaultLocale: "nb" as const }, userId: t.users.COORDINATOR.id, ownEmployerId: null });

beforeAll(async () => {
  [t, se] = await Promise.all([createTenant("lists-publish", { norway: true }), createTenant("lists-publish-se")]);
});

const publish = (postingId: string) => publishListsAction.runAs(t.users.COORDINATOR, t.slug, { postingId });
const listOf = (postingId: string) => withTenant(t.id, null, (tx) => getPublishedList(tx, coordinator(), postingId));

describe("publishing the lists", () => {
  it("waits for the deadline, for every decision and for every refused applicant's date", async () => {
    const open = await listPostingIn(t);
    await addListApplicant(t, [open]);
    expect(await publish(open)).toMatchObject({ ok: false, error: "listNotReady" });

    const postingId = await closedListPosting(t);
    const asker = await addListApplicant(t, [postingId]);
    const exemptionId = await addExemption(t, asker.applicationId, postingId);
    expect(await publish(postingId)).toMatchObject({ ok: false, error: "listNotReady" });
    await systemDb().listExemption.update({ where: { id: exemptionId }, data: refusedOpen() });
    expect(await publish(postingId)).toMatchObject({ ok: false, error: "listNotReady" });
    await systemDb().listExemption.update({ where: { id: exemptionId }, data: { answer: "KEPT", answeredAt: new Date() } });
    expect(await publish(postingId)).toMatchObject({ ok: true, data: { total: 1 } });
    expect(await publish(postingId)).toMatchObject({ ok: false, error: "listPublished" });
    expect(await systemDb().auditEvent.count({ where: { targetId: postingId, action: "applicantList.publish" } })).toBe(1);
  });

  it("shows the exempted as exempted, last, and counts everyone's gender; leaves out who withdrew", async () => {
    const postingId = await closedListPosting(t);
    await addListApplicant(t, [postingId], { firstName: "Åse", lastName: "Ødegård", gender: "WOMAN", birthYear: 1998 });
    await addListApplicant(t, [postingId], { firstName: "Per", lastName: "Berg", gender: "MAN", birthYear: null });
    const hidden = await addListApplicant(t, [postingId], { firstName: "Aksel", lastName: "Aas", gender: "MAN" });
    await addListApplicant(t, [postingId], { firstName: "Vera", lastName: "Vik", stage: "WITHDRAWN" });
    const exemptionId = await addExemption(t, hidden.applicationId, postingId);
    expect(await decideExemptionAction.runAs(t.users.COORDINATOR, t.slug, { exemptionId, decision: "GRANT", note: "Innvilget." })).toMatchObject({ ok: true });
    expect(await publish(postingId)).toMatchObject({ ok: true, data: { total: 3 } });
    const list = await listOf(postingId);
    const year = new Date().getUTCFullYear();
    expect(list.publicRows).toEqual([
      { name: "Per Berg", age: null, position: "Masterstudent", municipality: "Hamar" },
      { name: "Åse Ødegård", age: year - 1998, position: "Masterstudent", municipality: "Hamar" },
      { exempted: true },
    ]);
    expect(JSON.stringify(list.publicRows)).not.toContain("Aksel");
    // Norwegian order: "Aa" is "Å", the last letter, so Aas comes after Ødegård.
    expect(list.extendedRows.map((r) => r.name)).toEqual(["Per Berg", "Åse Ødegård", "Aksel Aas"]);
    expect(list.extendedRows[2]).toMatchObject({ experience: "Sommerjobb i kommunen.", education: { level: "MASTER", university: "Universitetet i Innlandet" } });
    expect(list.genders).toEqual({ WOMAN: 1, MAN: 2, OTHER: 0, UNDISCLOSED: 0 });
    // Published means decided: the request can no longer change.
    const late = await addExemption(t, (await addListApplicant(t, [postingId])).applicationId, postingId);
    expect(await decideExemptionAction.runAs(t.users.COORDINATOR, t.slug, { exemptionId: late, decision: "GRANT", note: "x" })).toMatchObject({ ok: false, error: "listPublished" });

    // CSV as a spreadsheet reads it: BOM, ";" in Norwegian, every line as wide as the header.
    const rows = parse(listCsv(list, "public", "nb"), { bom: true, delimiter: ";" }) as string[][];
    expect(rows[0]).toEqual(["Nr.", "Navn", "Alder", "Stilling eller yrke", "Bostedskommune"]);
    expect(rows[3]).toEqual(["3", "Unntatt offentlighet (offentleglova § 25)", "", "", ""]);
    expect(rows.slice(4).map((r) => r[1])).toEqual(["Antall søkere: 3", "Kvinner: 1", "Menn: 2", "Annet eller ikke oppgitt: 0"]);
    const extended = parse(listCsv(list, "extended", "en"), { bom: true, delimiter: "," }) as string[][];
    expect(extended[3]).toEqual(["3", "Aksel Aas", String(year - 2000), "Masterstudent", "Hamar", "Master's degree in Økonomi, Universitetet i Innlandet (2026)", "Sommerjobb i kommunen."]);
  });

  it("never makes a list of a private posting, nor anything in a Swedish consortium", async () => {
    await systemDb().employer.update({ where: { id: t.employerId }, data: { sector: "PRIVATE" } });
    const privatePosting = await closedListPosting(t);
    await systemDb().employer.update({ where: { id: t.employerId }, data: { sector: "PUBLIC" } });
    const other = await systemDb().employer.create({ data: { consortiumId: t.id, name: "Mjøsdata AS", orgNumber: "999888777", sector: "PRIVATE", memberSince: new Date("2025-01-01") } });
    await systemDb().posting.update({ where: { id: privatePosting }, data: { employerId: other.id } });
    expect(await publish(privatePosting)).toMatchObject({ ok: false, error: "notFound" });
    await systemDb().employer.update({ where: { id: se.employerId }, data: { sector: "PUBLIC" } });
    const swedish = await createPostingIn(se, "PUBLISHED");
    expect(await publishListsAction.runAs(se.users.COORDINATOR, se.slug, { postingId: swedish })).toMatchObject({ ok: false, error: "notFound" });
    expect(await systemDb().applicantList.count({ where: { postingId: { in: [privatePosting, swedish] } } })).toBe(0);
  });
});

describe("after publication", () => {
  it("opens the extended list to those on it only, keeps it through an applicant's erasure, and erases its rows with the campaign", async () => {
    const postingId = await closedListPosting(t);
    const [onIt, elsewhere] = [await addMember(t.id, "APPLICANT", null, "on"), await addMember(t.id, "APPLICANT", null, "off")];
    await addListApplicant(t, [postingId], { userId: onIt.id, email: onIt.email, firstName: "Ingrid" });
    await addListApplicant(t, [await closedListPosting(t)], { userId: elsewhere.id, email: elsewhere.email });
    expect(await publish(postingId)).toMatchObject({ ok: true });
    const mine = (user: { id: string }) => withTenant(t.id, user.id, (tx) => getListForApplicant(tx, t.id, user.id, postingId));
    expect((await mine(onIt)).extendedRows[0].name).toContain("Ingrid");
    await expect(mine(elsewhere)).rejects.toMatchObject({ code: "notFound" });

    // The person erases their data: what was published stays as published (decision 0051).
    expect(await deleteMyDataAction.runAs(onIt, t.slug, { confirm: true })).toMatchObject({ ok: true });
    expect((await listOf(postingId)).extendedRows[0].name).toContain("Ingrid");

    // The retention period ends: the rows go, the date, heading and counts stay.
    const run = await eraseExpiredApplicants({ consortiumId: t.id, now: new Date(Date.now() + 40 * 30 * 86_400_000) });
    expect(run.applicants).toBeGreaterThan(0);
    const erased = await listOf(postingId);
    expect(erased).toMatchObject({ publicRows: [], extendedRows: [], total: 1 });
    expect(erased.erasedAt).not.toBeNull();
  });
});
