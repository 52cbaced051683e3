"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

export interface EmployerOption {
  id: string;
  name: string;
  status: "ACTIVE" | "PAUSED" | "LEFT";
}

/** The consortium's member employers as a select; one that has left the consortium says so. */
export function EmployerSelect({ employers, control, register }: {
  employers: EmployerOption[];
  control: { id: string; "aria-invalid": boolean; "aria-describedby"?: string; className: string };
  register: UseFormRegisterReturn;
}) {
  const t = useTranslations("placements");
  return (
    <select {...control} {...register}>
      <option value="">{t("chooseEmployer")}</option>
      {employers.map((e) => (
        <option key={e.id} value={e.id}>
          {e.status === "LEFT" ? t("employerLeft", { name: e.name }) : e.name}
        </option>
      ))}
    </select>
  );
}
