import { cache } from "react";
import { auth } from "./auth";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  /** The consortium the person last worked in (the start page opens it). */
  lastConsortiumId?: string | null;
}

/** The signed-in person, or null; one lookup per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, lastConsortiumId: user.lastConsortiumId ?? null };
});
