import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guards";
import { AppHeader } from "./app-header";

/** A signed-in page outside any consortium (the picker, the person's account): header and main. */
export async function PersonShell({ returnTo, children }: { returnTo: string; children: ReactNode }) {
  const user = await requireUser(returnTo);
  return (
    <>
      <AppHeader userEmail={user.email} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
