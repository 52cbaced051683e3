import { INVITABLE_ROLES } from "../auth/permissions";
import { email, z } from "../validation";

const withEmployer = <T extends { role: string; employerId?: string }>(v: T) =>
  v.role !== "EMPLOYER" || Boolean(v.employerId);
const employerRequired = { message: "validation.employerRequired", path: ["employerId"] };

export const inviteSchema = z
  .object({
    email,
    role: z.enum(INVITABLE_ROLES),
    employerId: z.string().optional().transform((v) => v || undefined),
    locale: z.enum(["sv", "nb", "en"]),
  })
  .strict()
  .refine(withEmployer, employerRequired);

export type InviteInput = z.input<typeof inviteSchema>;

export const changeRoleSchema = z
  .object({
    membershipId: z.string().min(1),
    role: z.enum(INVITABLE_ROLES),
    employerId: z.string().optional().transform((v) => v || undefined),
  })
  .strict()
  .refine(withEmployer, employerRequired);

export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

export const membershipIdSchema = z.object({ membershipId: z.string().min(1) }).strict();
export const invitationIdSchema = z.object({ invitationId: z.string().min(1) }).strict();
export const acceptInvitationSchema = z.object({ slug: z.string().min(1), token: z.string().min(20).max(100) }).strict();
