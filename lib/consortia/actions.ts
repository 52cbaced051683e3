"use server";

import { userAction } from "../server/action";
import { createConsortiumSchema } from "./schemas";
import { createConsortium } from "./service";

export const createConsortiumAction = userAction({ schema: createConsortiumSchema }, async (input, user) => {
  const consortium = await createConsortium(user, input);
  return { slug: consortium.slug };
});
