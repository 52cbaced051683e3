import { recordAudit } from "../audit/record";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { utcToZoned } from "../i18n/zoned-time";
import { AppError } from "../server/errors";
import { listPostingScope, ON_LIST, type ListActor } from "./actor";
import { listReadiness } from "./readiness";
import { drawLists, type ListEntry } from "./snapshot";

/** What a published list names the posting by, as it was that day. */
export interface ListHeading {
  title: string;
  employer: string;
  municipality: string;
  cohort: string;
  closesAt: string;
}

/**
 * Draws up and publishes a posting's public and extended lists, once: a snapshot of everyone on
 * the list that day (docs/decisions/0051). Refused before the deadline and while a request is
 * open (`listNotReady`), and a second time (`listPublished`).
 */
export async function publishLists(tx: Tx, actor: ListActor, postingId: string, now = new Date()) {
  const posting = await tx.posting.findFirst({
    where: { id: postingId, ...listPostingScope(actor) },
    select: {
      id: true,
      title: true,
      municipality: true,
      employer: { select: { name: true } },
      campaign: { select: { closesAt: true, cohort: { select: { name: true } } } },
      applicantList: { select: { id: true } },
    },
  });
  if (!posting) throw new AppError("notFound");
  // Two people pressing at once: the second waits here and then finds the list published.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`applicant-list:${posting.id}`}, 0))`;
  if (posting.applicantList || (await tx.applicantList.count({ where: { postingId: posting.id, consortiumId: actor.consortium.id } }))) {
    throw new AppError("listPublished");
  }
  const readiness = await listReadiness(tx, actor.consortium.id, { id: posting.id, closesAt: posting.campaign.closesAt }, now);
  if (!readiness.ready) throw new AppError("listNotReady");
  const applications = await tx.application.findMany({
    where: { consortiumId: actor.consortium.id, ...ON_LIST, preferences: { some: { postingId: posting.id } } },
    select: {
      id: true,
      applicant: {
        select: {
          firstName: true, lastName: true, gender: true, birthYear: true, currentPosition: true, homeMunicipality: true,
          educationLevel: true, field: true, university: true, graduationYear: true, workExperience: true,
        },
      },
      listExemptions: { where: { postingId: posting.id, status: "GRANTED" }, select: { id: true } },
    },
  });
  const entries: ListEntry[] = applications.map(({ id, applicant: a, listExemptions }) => ({
    applicationId: id,
    firstName: a.firstName,
    lastName: a.lastName,
    gender: a.gender,
    birthYear: a.birthYear,
    position: a.currentPosition,
    municipality: a.homeMunicipality,
    education: { level: a.educationLevel, field: a.field, university: a.university, graduationYear: a.graduationYear },
    experience: a.workExperience,
    exempted: listExemptions.length > 0,
  }));
  const year = Number(utcToZoned(now, actor.consortium.timeZone).slice(0, 4));
  const lists = drawLists(entries, year, actor.consortium.defaultLocale === "sv" ? "sv" : "nb");
  const heading: ListHeading = {
    title: posting.title,
    employer: posting.employer.name,
    municipality: posting.municipality,
    cohort: posting.campaign.cohort.name,
    closesAt: posting.campaign.closesAt.toISOString(),
  };
  const list = await tx.applicantList.create({
    data: {
      consortiumId: actor.consortium.id,
      postingId: posting.id,
      publishedAt: now,
      publishedById: actor.userId,
      heading: heading as unknown as Prisma.InputJsonObject,
      total: lists.total,
      genders: lists.genders,
      publicRows: lists.publicRows as unknown as Prisma.InputJsonArray,
      extendedRows: lists.extendedRows as unknown as Prisma.InputJsonArray,
      applicationIds: lists.applicationIds,
    },
  });
  await recordAudit(tx, {
    consortiumId: actor.consortium.id,
    actorUserId: actor.userId,
    action: "applicantList.publish",
    targetType: "Posting",
    targetId: posting.id,
    data: { total: lists.total, exempted: entries.filter((e) => e.exempted).length },
  });
  return { id: list.id, total: lists.total };
}
