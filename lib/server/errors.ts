import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isConnectionFailure, isDatabaseDown } from "../db/availability";

// Expected failures carry a code that the browser translates (messages: errors.<code>). Anything
// else is logged with a request id and reaches the user only as "unexpected" plus that id.
export const ERROR_CODES = [
  "validation",
  "unauthenticated",
  "notFound",
  "forbidden",
  "conflict",
  "rateLimited",
  "lastCoordinator",
  "invitationInvalid",
  "invitationEmailMismatch",
  "slugTaken",
  "orgNumberTaken",
  "alreadyMember",
  "postingLocked",
  "campaignClosed",
  "stageLocked",
  "selectionChanged",
  "offerNotPending",
  "postingNotEditable",
  "staffCannotApply",
  "offerPending",
  "offerClosed",
  "notShortlisted",
  "notInvited",
  "slotFull",
  "slotPast",
  "slotBooked",
  "deadlineNotPassed",
  "notSubmitted",
  "placementOverlap",
  "placementOutsideCohort",
  "traineeEnded",
  "buddySameCohort",
  "placementStarted",
  "notInvitedToGathering",
  "gatheringNotStarted",
  "gatheringHeld",
  "surveyInvalid",
  "surveyExpired",
  "surveyAnswered",
  "noAlumniConsent",
  "feeTierOverlap",
  "invoiceLocked",
  "notInvoiced",
  "importInvalid",
  "importEncoding",
  "importBusy",
  "cohortUnknown",
  "listNotReady",
  "listPublished",
  "exemptionDecided",
  "withdrawClosed",
  "apiUnauthenticated",
  "tokenInvalid",
  "tokenReadOnly",
  "unavailable",
  "unexpected",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, "unexpected">,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(code);
    this.name = "AppError";
  }
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ErrorCode; fieldErrors?: Record<string, string>; requestId?: string };

/** Field → first message key, as react-hook-form expects. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export function toActionError(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof AppError) return { ok: false, error: error.code, fieldErrors: error.fieldErrors };
  if (error instanceof z.ZodError) return { ok: false, error: "validation", fieldErrors: fieldErrorsOf(error) };
  if (isUniqueViolation(error)) return { ok: false, error: "conflict" };
  // Nothing was saved and nothing is wrong with the input: the person sends again in a minute.
  if (isConnectionFailure(error) || isDatabaseDown()) return { ok: false, error: "unavailable" };
  const requestId = randomUUID();
  console.error(`[kohort] request ${requestId} failed`, error);
  return { ok: false, error: "unexpected", requestId };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** For pages: a missing (or foreign) object becomes null, so the page can answer 404. */
export async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "notFound") return null;
    throw error;
  }
}
