"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { createApiTokenSchema, type CreateApiTokenInput } from "@/lib/api-tokens/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/** Names a new token and shows it once: it cannot be seen again after leaving the page. */
export function CreateTokenForm({ slug }: { slug: string }) {
  const t = useTranslations("apiTokens");
  const router = useRouter();
  const fieldError = useFieldError();
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useForm<CreateApiTokenInput>({ resolver: zodResolver(createApiTokenSchema), defaultValues: { name: "", exact: false } });
  const { onSubmit, formError } = useActionForm(
    form,
    (values) => {
      setCreated(null);
      setCopied(false);
      return createApiTokenAction(slug, values);
    },
    (data) => {
      setCreated(data.token);
      form.reset({ name: "", exact: false });
      router.refresh();
    },
  );
  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <div className="space-y-4">
      {created ? (
        <div className="space-y-2 rounded-md border border-emerald-700 bg-emerald-50 p-4" role="status">
          <p className="font-semibold">{t("created.title")}</p>
          <p className="text-sm">{t("created.once")}</p>
          <label htmlFor="new-api-token" className="block text-sm font-medium">{t("created.label")}</label>
          <div className="flex flex-wrap gap-2">
            <input id="new-api-token" readOnly value={created} className="w-full max-w-xl rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
            <Button type="button" variant="secondary" onClick={copy}>{copied ? t("created.copied") : t("created.copy")}</Button>
          </div>
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-wrap items-end gap-3">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="min-w-64 flex-1">
          <Field label={t("form.name")} hint={t("form.nameHint")} error={fieldError(form.formState.errors.name?.message)}>
            {(c) => <input type="text" autoComplete="off" {...c} {...form.register("name")} />}
          </Field>
        </div>
        <div className="w-full">
          <input id="api-token-exact" type="checkbox" className="mr-2" aria-describedby="api-token-exact-hint" {...form.register("exact")} />
          <label htmlFor="api-token-exact" className="text-sm font-medium">{t("form.exact")}</label>
          <p id="api-token-exact-hint" className="ml-6 text-sm text-slate-700">{t("form.exactHint")}</p>
        </div>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("form.create")}</Button>
      </form>
    </div>
  );
}
