import { email, z } from "../validation";

/** Only same-site paths, never "//host" or a full URL: no open redirect through sign-in. */
export const callbackPath = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .max(500)
  .optional();

export const signInSchema = z.object({ email, callbackUrl: callbackPath, locale: z.enum(["sv", "nb", "en"]) }).strict();
export type SignInInput = z.input<typeof signInSchema>;
