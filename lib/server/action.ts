import { clientAddress } from "./client-address";
import type { z } from "zod";
import { resolveTenant, type TenantContext } from "../auth/tenant-context";
import type { Permission } from "../auth/permissions";
import { hitRateLimit } from "../auth/rate-limit";
import { getCurrentUser, type CurrentUser } from "../auth/session";
import { isDatabaseDown } from "../db/availability";
import { withTenant, type Tx } from "../db/tenant";
import { kickOutbox } from "../email/worker";
import { AppError, fieldErrorsOf, toActionError, type ActionResult } from "./errors";
import { findInputProblem, isCleanText } from "./input-boundary";
import "../validation";

export type TenantActionContext = TenantContext & {
  tx: Tx;
  /** Work that must wait until the change is committed, such as deleting stored files. */
  afterCommit: (work: () => Promise<void>) => void;
};

async function runAfterCommit(work: (() => Promise<void>)[]) {
  for (const step of work) {
    // The change is committed; a failed clean-up is logged, not reported as the action failing.
    await step().catch((error) => console.error("[kohort] after-commit step failed", error));
  }
}

/**
 * The input boundary for actions (docs/decisions/0036-input-boundary.md): a string that could not
 * be stored or is longer than any field of ours is a validation error on its field, before zod.
 */
export function assertCleanInput(raw: unknown): void {
  const problem = findInputProblem(raw);
  if (problem) throw new AppError("validation", { [problem.field]: problem.message });
}

export interface TenantAction<T> {
  (slug: string, raw: unknown): Promise<ActionResult<T>>;
  /** The same action for a known person: what tests and the authorization matrix call. */
  runAs: (user: CurrentUser | null, slug: string, raw: unknown) => Promise<ActionResult<T>>;
  permission: Permission;
}

/**
 * The one way to mutate tenant data: checks sign-in, validates input with the form's zod schema,
 * resolves the consortium from the URL's slug (404 when foreign), checks the permission, and runs
 * the handler in a transaction with the tenant set for row-level security. Errors become codes.
 */
export function tenantAction<S extends z.ZodType, T>(
  definition: { permission: Permission; schema: S },
  handler: (input: z.output<S>, ctx: TenantActionContext) => Promise<T>,
): TenantAction<T> {
  const runAs = async (user: CurrentUser | null, slug: string, raw: unknown): Promise<ActionResult<T>> => {
    try {
      // While the database is away the session lookup fails quietly (next-auth logs it and says
      // "signed out"), so the outage is checked before anything else.
      if (isDatabaseDown()) throw new AppError("unavailable");
      if (!user) throw new AppError("unauthenticated");
      const ctx = typeof slug === "string" && isCleanText(slug) ? await resolveTenant(user, slug) : null;
      if (!ctx) throw new AppError("notFound");
      if (!ctx.can(definition.permission)) throw new AppError("forbidden");
      assertCleanInput(raw);
      const parsed = definition.schema.safeParse(raw);
      if (!parsed.success) throw new AppError("validation", fieldErrorsOf(parsed.error));
      const after: (() => Promise<void>)[] = [];
      const afterCommit = (work: () => Promise<void>) => void after.push(work);
      const data = await withTenant(ctx.consortium.id, user.id, (tx) => handler(parsed.data, { ...ctx, tx, afterCommit }));
      await runAfterCommit(after);
      void kickOutbox();
      return { ok: true, data };
    } catch (error) {
      return toActionError(error);
    }
  };
  const action = async (slug: string, raw: unknown) => runAs(await getCurrentUser(), slug, raw);
  return Object.assign(action, { runAs, permission: definition.permission });
}

export interface UserAction<T> {
  (raw: unknown): Promise<ActionResult<T>>;
  runAs: (user: CurrentUser | null, raw: unknown) => Promise<ActionResult<T>>;
}

/** For a signed-in person outside any one consortium (creating one, accepting an invitation). */
export function userAction<S extends z.ZodType, T>(
  definition: { schema: S },
  handler: (input: z.output<S>, user: CurrentUser) => Promise<T>,
): UserAction<T> {
  const runAs = async (user: CurrentUser | null, raw: unknown): Promise<ActionResult<T>> => {
    try {
      if (isDatabaseDown()) throw new AppError("unavailable");
      if (!user) throw new AppError("unauthenticated");
      assertCleanInput(raw);
      const parsed = definition.schema.safeParse(raw);
      if (!parsed.success) throw new AppError("validation", fieldErrorsOf(parsed.error));
      const data = await handler(parsed.data, user);
      void kickOutbox();
      return { ok: true, data };
    } catch (error) {
      return toActionError(error);
    }
  };
  const action = async (raw: unknown) => runAs(await getCurrentUser(), raw);
  return Object.assign(action, { runAs });
}


export interface PublicAction<T> {
  (raw: unknown): Promise<ActionResult<T>>;
  /** The same action from a known client address: what tests call. */
  runFrom: (ip: string, raw: unknown) => Promise<ActionResult<T>>;
}

/**
 * For people who hold a link's secret instead of a session (a survey's personal link): a rate
 * limit per client address, counted before anything else, then the zod schema; the handler finds
 * its consortium from the input and works inside withTenant itself. Errors become codes.
 */
export function publicAction<S extends z.ZodType, T>(
  definition: { schema: S; rateLimit: { bucket: string; limit: number; windowMs: number } },
  handler: (input: z.output<S>) => Promise<T>,
): PublicAction<T> {
  const runFrom = async (ip: string, raw: unknown): Promise<ActionResult<T>> => {
    try {
      if (isDatabaseDown()) throw new AppError("unavailable");
      const { bucket, limit, windowMs } = definition.rateLimit;
      if (!(await hitRateLimit(bucket, ip, limit, windowMs))) throw new AppError("rateLimited");
      assertCleanInput(raw);
      const parsed = definition.schema.safeParse(raw);
      if (!parsed.success) throw new AppError("validation", fieldErrorsOf(parsed.error));
      const data = await handler(parsed.data);
      void kickOutbox();
      return { ok: true, data };
    } catch (error) {
      return toActionError(error);
    }
  };
  const action = async (raw: unknown) => runFrom(await clientAddress(), raw);
  return Object.assign(action, { runFrom });
}
