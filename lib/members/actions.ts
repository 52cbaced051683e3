"use server";

import { tenantAction } from "../server/action";
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
