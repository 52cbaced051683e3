"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { createPostingAction, editPublishedPostingAction, updatePostingAction } from "@/lib/postings/actions";
import { EDUCATION_LEVELS, postingSchema, type PostingInput } from "@/lib/postings/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

interface Option {
  id: string;
  label: string;
}

interface PostingFormProps {
  slug: string;
  campaigns: Option[];
  /** Given to coordinators, who post on behalf of a member. */
  employers?: Option[];
  postingId?: string;
  defaults?: PostingInput;
  /** An approved or published posting, changed in place by the coordinator. */
  published?: boolean;
}

export function PostingForm({ slug, campaigns, employers, postingId, defaults, published = false }: PostingFormProps) {
  const t = useTranslations("postings.form");
  const levels = useTranslations("options.educationLevel");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<PostingInput>({
    resolver: zodResolver(postingSchema),
    defaultValues: defaults ?? {
      campaignId: campaigns[0]?.id ?? "",
      employerId: "",
      title: "",
      description: "",
      field: "",
      educationLevel: "MASTER",
      municipality: "",
      places: 1,
    },
  });
  const { errors } = form.formState;
  const save = ({ campaignId, employerId, ...fields }: PostingInput) =>
    postingId
      ? (published ? editPublishedPostingAction : updatePostingAction)(slug, { ...fields, id: postingId })
      : createPostingAction(slug, { ...fields, campaignId, employerId });
  const { onSubmit, formError } = useActionForm(form, save, (data) => {
    router.push(`/c/${slug}/postings/${data.id}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      {formError ? <div className="sm:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
      {!postingId ? (
        <Field label={t("campaign")} error={fieldError(errors.campaignId?.message)}>
          {(c) => (
            <select {...c} {...form.register("campaignId")}>
              {campaigns.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
            </select>
          )}
        </Field>
      ) : null}
      {!postingId && employers ? (
        <Field label={t("employer")} error={fieldError(errors.employerId?.message)}>
          {(c) => (
            <select {...c} {...form.register("employerId")}>
              <option value="">{t("chooseEmployer")}</option>
              {employers.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
            </select>
          )}
        </Field>
      ) : null}
      <div className="sm:col-span-2">
        <Field label={t("title")} error={fieldError(errors.title?.message)}>
          {(c) => <input {...c} {...form.register("title")} />}
        </Field>
      </div>
      <Field label={t("field")} hint={t("fieldHint")} error={fieldError(errors.field?.message)}>
        {(c) => <input {...c} {...form.register("field")} />}
      </Field>
      <Field label={t("educationLevel")} error={fieldError(errors.educationLevel?.message)}>
        {(c) => (
          <select {...c} {...form.register("educationLevel")}>
            {EDUCATION_LEVELS.map((l) => <option key={l} value={l}>{levels(l)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t("municipality")} error={fieldError(errors.municipality?.message)}>
        {(c) => <input {...c} {...form.register("municipality")} />}
      </Field>
      <Field label={t("places")} error={fieldError(errors.places?.message)}>
        {(c) => <input type="number" min={1} max={20} {...c} {...form.register("places")} />}
      </Field>
      <div className="sm:col-span-2">
        <Field label={t("description")} hint={t("descriptionHint")} error={fieldError(errors.description?.message)}>
          {(c) => <textarea rows={10} {...c} {...form.register("description")} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>{postingId ? t("save") : t("create")}</Button>
      </div>
    </form>
  );
}
