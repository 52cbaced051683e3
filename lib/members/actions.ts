"use server";

import { tenantAction } from "../server/action";
import { deleteFiles } from "../storage";
import { fileUpload } from "../validation";
import { setEmployerLogo } from "./logo";
import { LOGO_MAX_BYTES, logoSrc } from "./logo-rules";
import { employerSchema, updateEmployerSchema } from "./schemas";
import { createEmployer, updateEmployer } from "./service";

export const createEmployerAction = tenantAction(
  { permission: "member.manage", schema: employerSchema },
  async (input, { tx, consortium, user }) => {
    const employer = await createEmployer(tx, { consortiumId: consortium.id, userId: user.id }, input);
    return { id: employer.id };
  },
);

export const updateEmployerAction = tenantAction(
  { permission: "member.manage", schema: updateEmployerSchema },
  async ({ id, ...input }, { tx, consortium, user }) => {
    await updateEmployer(tx, { consortiumId: consortium.id, userId: user.id }, id, input);
    return { id };
  },
);

const logoSchema = fileUpload("employerId", LOGO_MAX_BYTES, "validation.logoTooLarge");

export const uploadLogoAction = tenantAction({ permission: "member.manage", schema: logoSchema }, async ({ employerId, file }, ctx) => {
  const { replaced, key } = await setEmployerLogo(ctx.tx, { consortiumId: ctx.consortium.id, userId: ctx.user.id }, employerId, file);
  ctx.afterCommit(() => deleteFiles([replaced]));
  return { src: logoSrc(ctx.consortium.slug, { id: employerId, logoUrl: key }) };
});
