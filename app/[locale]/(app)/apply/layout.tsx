import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requireUser } from "@/lib/auth/guards";

export default async function ApplyLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/consortia");
  return (
    <>
      <AppHeader userEmail={user.email} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
