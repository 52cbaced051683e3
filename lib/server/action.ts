import type { z } from "zod";
import { getTenantContext, type TenantContext } from "../auth/tenant-context";
import type { Permission } from "../auth/permissions";
import { getCurrentUser, type CurrentUser } from "../auth/session";
import { withScope, withTenant, type Tx } from "../db/tenant";
import { kickOutbox } from "../email/worker";
import { AppError, fieldErrorsOf, toActionError, type ActionResult } from "./errors";
import "../validation";

export type TenantActionContext = TenantContext & { tx: Tx };

/**
 * The one way to mutate tenant data: checks sign-in, validates input with the form's zod schema,
 * resolves the consortium from the URL's slug (404 when foreign), checks the permission, and runs
 * the handler in a transaction with the tenant set for row-level security. Errors become codes.
 */
export function tenantAction<S extends z.ZodType, T>(
  definition: { permission: Permission; schema: S },
  handler: (input: z.output<S>, ctx: TenantActionContext) => Promise<T>,
) {
  return async (slug: string, raw: unknown): Promise<ActionResult<T>> => {
    try {
      if (!(await getCurrentUser())) throw new AppError("unauthenticated");
      const parsed = definition.schema.safeParse(raw);
      if (!parsed.success) throw new AppError("validation", fieldErrorsOf(parsed.error));
      const ctx = typeof slug === "string" ? await getTenantContext(slug) : null;
      if (!ctx) throw new AppError("notFound");
      if (!ctx.can(definition.permission)) throw new AppError("forbidden");
      const data = await withTenant(ctx.consortium.id, ctx.user.id, (tx) => handler(parsed.data, { ...ctx, tx }));
      void kickOutbox();
      return { ok: true, data };
    } catch (error) {
      return toActionError(error);
    }
  };
}

/** For a signed-in person outside any one consortium (creating one, accepting an invitation). */
export function userAction<S extends z.ZodType, T>(
  definition: { schema: S },
  handler: (input: z.output<S>, ctx: { user: CurrentUser; scope: typeof withScope }) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError("unauthenticated");
      const parsed = definition.schema.safeParse(raw);
      if (!parsed.success) throw new AppError("validation", fieldErrorsOf(parsed.error));
      const data = await handler(parsed.data, { user, scope: withScope });
      void kickOutbox();
      return { ok: true, data };
    } catch (error) {
      return toActionError(error);
    }
  };
}
