import type { ReactNode } from "react";
import { PersonShell } from "@/components/layout/person-shell";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <PersonShell returnTo="/account">{children}</PersonShell>;
}
