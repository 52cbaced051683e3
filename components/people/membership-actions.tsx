"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { INVITABLE_ROLES } from "@/lib/auth/permissions";
import { useRouter } from "@/lib/i18n/navigation";
import { changeRoleAction, removeMembershipAction } from "@/lib/people/actions";
import type { ActionResult } from "@/lib/server/errors";
import { Button } from "../ui/button";
import type { EmployerOption } from "./invite-form";

interface MembershipActionsProps {
  slug: string;
  membershipId: string;
  personLabel: string;
  role: (typeof INVITABLE_ROLES)[number];
  employerId: string | null;
  employers: EmployerOption[];
}

/** Change a person's role (and employer) or remove them; errors are shown beside the row. */
export function MembershipActions({ slug, membershipId, personLabel, role, employerId, employers }: MembershipActionsProps) {
  const t = useTranslations("people");
  const roles = useTranslations("roles");
  const errors = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [nextRole, setNextRole] = useState(role);
  const [nextEmployer, setNextEmployer] = useState(employerId ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) setError(errors(result.fieldErrors?.employerId ? "validation" : result.error));
      else router.refresh();
    });
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="text-xs" htmlFor={`${id}-role`}>
        <span className="sr-only">{t("roleFor", { person: personLabel })}</span>
        <select id={`${id}-role`} value={nextRole} onChange={(e) => setNextRole(e.target.value as typeof role)} className="rounded border border-slate-400 px-2 py-1 text-sm">
          {INVITABLE_ROLES.map((r) => <option key={r} value={r}>{roles(r)}</option>)}
        </select>
      </label>
      {nextRole === "EMPLOYER" ? (
        <label className="text-xs" htmlFor={`${id}-employer`}>
          <span className="sr-only">{t("employerFor", { person: personLabel })}</span>
          <select id={`${id}-employer`} value={nextEmployer} onChange={(e) => setNextEmployer(e.target.value)} className="rounded border border-slate-400 px-2 py-1 text-sm">
            <option value="">{t("invite.chooseEmployer")}</option>
            {employers.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
          </select>
        </label>
      ) : null}
      <Button variant="secondary" disabled={pending} onClick={() => run(() => changeRoleAction(slug, { membershipId, role: nextRole, employerId: nextEmployer }))}>
        {t("saveRole")}
        <span className="sr-only"> {personLabel}</span>
      </Button>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() => {
          if (window.confirm(t("confirmRemove", { person: personLabel }))) run(() => removeMembershipAction(slug, { membershipId }));
        }}
      >
        {t("remove")}
        <span className="sr-only"> {personLabel}</span>
      </Button>
      {error ? <p role="alert" className="w-full text-sm text-red-800">{error}</p> : null}
    </div>
  );
}
