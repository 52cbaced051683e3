import type { ReactNode } from "react";
import { PersonShell } from "@/components/layout/person-shell";

export default function ConsortiaLayout({ children }: { children: ReactNode }) {
  return <PersonShell returnTo="/consortia">{children}</PersonShell>;
}
