"use server";

import { userAction } from "../server/action";
import { z } from "../validation";
import { signOutEverywhere } from "./service";

/** "Sign out everywhere": every session of the person ends; the next request anywhere needs a new sign-in link. */
export const signOutEverywhereAction = userAction({ schema: z.object({}).strict() }, async (_input, user) => {
  return { ended: await signOutEverywhere(user.id) };
});
