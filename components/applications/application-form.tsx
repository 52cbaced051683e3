"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { saveDraftAction, submitApplicationAction } from "@/lib/applications/actions";
import { applicationSchema, GENDERS, HEARD_FROM, REGION_TIES, type DraftData } from "@/lib/applications/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { EDUCATION_LEVELS } from "@/lib/postings/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";
import { CvUpload, type CvInfo } from "./cv-upload";

export interface FormValues {
  firstName: string;
  lastName: string;
  phone: string;
  educationLevel: string;
  field: string;
  university: string;
  graduationYear: string;
  ties: string[];
  livesInRegion: boolean;
  heardFrom: string;
  gender: string;
  genderDescription: string;
  coverLetter: string;
  videoUrl: string;
  videoConfirmed: boolean;
  preferences: string[];
  extraAnswers: Record<string, string>;
  processingConsent: boolean;
  talentPoolConsent: boolean;
}

export interface ApplicationFormProps {
  slug: string;
  locale: AppLocale;
  campaign: {
    id: string;
    open: boolean;
    maxPreferences: number;
    talentPoolMonths: number;
    consentText: string;
    questions: { key: string; label: string; required: boolean }[];
  };
  postings: { id: string; label: string }[];
  initial: DraftData;
  cv: CvInfo | null;
  /** The application already sent, if any: the form then sends changes. */
  sent: boolean;
  preselect?: string;
}

const AUTOSAVE_MS = 1500;

function toFormValues(d: DraftData, maxPreferences: number, preselect?: string): FormValues {
  const preferences = Array.from({ length: maxPreferences }, (_, i) => d.preferences?.[i] ?? "");
  if (preselect && !preferences.includes(preselect) && !preferences[0]) preferences[0] = preselect;
  return {
    firstName: d.firstName ?? "",
    lastName: d.lastName ?? "",
    phone: d.phone ?? "",
    educationLevel: d.educationLevel ?? "",
    field: d.field ?? "",
    university: d.university ?? "",
    graduationYear: d.graduationYear ? String(d.graduationYear) : "",
    ties: d.ties ?? [],
    livesInRegion: d.livesInRegion ?? false,
    heardFrom: d.heardFrom ?? "",
    gender: d.gender ?? "UNDISCLOSED",
    genderDescription: d.genderDescription ?? "",
    coverLetter: d.coverLetter ?? "",
    videoUrl: d.videoUrl ?? "",
    videoConfirmed: d.videoConfirmed ?? false,
    preferences,
    extraAnswers: d.extraAnswers ?? {},
    processingConsent: d.processingConsent ?? false,
    talentPoolConsent: d.talentPoolConsent ?? false,
  };
}

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "local" } | { kind: "closed" };

/**
 * The one application: saves itself as the applicant types (to the server, and to this device
 * in case the server cannot be reached), and sends or re-sends it idempotently.
 */
export function ApplicationForm({ slug, locale, campaign, postings, initial, cv, sent, preselect }: ApplicationFormProps) {
  const t = useTranslations("apply.form");
  const options = useTranslations("options");
  const format = useFormatter();
  const fieldError = useFieldError();
  const router = useRouter();
  const storageKey = `kohort:application:${campaign.id}`;
  const form = useForm<FormValues>({
    resolver: zodResolver(applicationSchema.omit({ campaignId: true })) as unknown as Resolver<FormValues>,
    defaultValues: toFormValues(initial, campaign.maxPreferences, preselect),
  });
  const { errors } = form.formState;
  const [saveState, setSaveState] = useState<SaveState>(campaign.open ? { kind: "idle" } : { kind: "closed" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A copy on this device, newer than the server's, wins: it holds what could not be saved.
  useEffect(() => {
    const local = window.localStorage.getItem(storageKey);
    if (!local) return;
    try {
      const { values } = JSON.parse(local) as { values: FormValues };
      form.reset({ ...form.getValues(), ...values });
    } catch {
      window.localStorage.removeItem(storageKey);
    }
  }, [form, storageKey]);

  useEffect(() => {
    if (!campaign.open) return;
    const subscription = form.watch((values) => {
      window.localStorage.setItem(storageKey, JSON.stringify({ values }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(async () => {
        setSaveState({ kind: "saving" });
        try {
          const result = await saveDraftAction(slug, { campaignId: campaign.id, data: form.getValues() });
          if (result.ok) {
            window.localStorage.removeItem(storageKey);
            setSaveState({ kind: "saved", at: new Date(result.data.savedAt) });
          } else setSaveState(result.error === "campaignClosed" ? { kind: "closed" } : { kind: "local" });
        } catch {
          setSaveState({ kind: "local" });
        }
      }, AUTOSAVE_MS);
    });
    return () => subscription.unsubscribe();
  }, [form, slug, campaign.id, campaign.open, storageKey]);

  const { onSubmit, formError } = useActionForm(
    form,
    (values) => {
      if (timer.current) clearTimeout(timer.current);
      return submitApplicationAction(slug, { ...values, campaignId: campaign.id, locale });
    },
    () => {
      window.localStorage.removeItem(storageKey);
      router.push({ pathname: `/c/${slug}/me`, query: { sent: "1" } });
      router.refresh();
    },
  );
  const closed = saveState.kind === "closed";

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      {closed ? <Alert tone="error">{t("closed")}</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <p role="status" aria-live="polite" className="text-sm text-muted">
        {saveState.kind === "saving"
          ? t("saving")
          : saveState.kind === "saved"
            ? t("saved", { time: format.dateTime(saveState.at, { hour: "2-digit", minute: "2-digit", second: "2-digit" }) })
            : saveState.kind === "local"
              ? t("savedLocally")
              : null}
      </p>
      <fieldset disabled={closed} className="space-y-8">
        <section aria-labelledby="profile-heading" className="grid gap-4 sm:grid-cols-2">
          <h2 id="profile-heading" className="text-xl font-semibold sm:col-span-2">{t("profileHeading")}</h2>
          <Field label={t("firstName")} error={fieldError(errors.firstName?.message)}>
            {(c) => <input autoComplete="given-name" {...c} {...form.register("firstName")} />}
          </Field>
          <Field label={t("lastName")} error={fieldError(errors.lastName?.message)}>
            {(c) => <input autoComplete="family-name" {...c} {...form.register("lastName")} />}
          </Field>
          <Field label={t("phone")} hint={t("optional")} error={fieldError(errors.phone?.message)}>
            {(c) => <input type="tel" autoComplete="tel" {...c} {...form.register("phone")} />}
          </Field>
          <Field label={t("educationLevel")} error={fieldError(errors.educationLevel?.message)}>
            {(c) => (
              <select {...c} {...form.register("educationLevel")}>
                <option value="">{t("choose")}</option>
                {EDUCATION_LEVELS.map((l) => <option key={l} value={l}>{options(`educationLevel.${l}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t("field")} hint={t("fieldHint")} error={fieldError(errors.field?.message)}>
            {(c) => <input {...c} {...form.register("field")} />}
          </Field>
          <Field label={t("university")} error={fieldError(errors.university?.message)}>
            {(c) => <input {...c} {...form.register("university")} />}
          </Field>
          <Field label={t("graduationYear")} error={fieldError(errors.graduationYear?.message)}>
            {(c) => <input inputMode="numeric" {...c} {...form.register("graduationYear")} />}
          </Field>
          <Field label={t("heardFrom")} hint={t("optional")} error={fieldError(errors.heardFrom?.message)}>
            {(c) => (
              <select {...c} {...form.register("heardFrom")}>
                <option value="">{t("choose")}</option>
                {HEARD_FROM.map((h) => <option key={h} value={h}>{options(`heardFrom.${h}`)}</option>)}
              </select>
            )}
          </Field>
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium">{t("ties")}</legend>
            <p className="text-xs text-muted">{t("tiesHint")}</p>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {REGION_TIES.map((tie) => (
                <label key={tie} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" value={tie} {...form.register("ties")} />
                  {options(`tie.${tie}`)}
                </label>
              ))}
            </div>
            <label className="mt-3 flex items-center gap-2 text-sm">
              <input type="checkbox" {...form.register("livesInRegion")} />
              {t("livesInRegion")}
            </label>
          </fieldset>
          <Field label={t("gender")} hint={t("genderHint")} error={fieldError(errors.gender?.message)}>
            {(c) => (
              <select {...c} {...form.register("gender")}>
                {GENDERS.map((g) => <option key={g} value={g}>{options(`gender.${g}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t("genderDescription")} hint={t("optional")} error={fieldError(errors.genderDescription?.message)}>
            {(c) => <input {...c} {...form.register("genderDescription")} />}
          </Field>
        </section>

        <section aria-labelledby="postings-heading" className="space-y-4">
          <h2 id="postings-heading" className="text-xl font-semibold">{t("postingsHeading")}</h2>
          <p className="text-sm text-muted">{t("postingsHint", { count: campaign.maxPreferences })}</p>
          {errors.preferences?.message ? <p className="text-sm text-red-800" role="alert">{fieldError(errors.preferences.message)}</p> : null}
          <div className="grid gap-4 sm:grid-cols-2">
            {Array.from({ length: campaign.maxPreferences }, (_, i) => (
              <Field key={i} label={t("choice", { rank: i + 1 })}>
                {(c) => (
                  <select {...c} {...form.register(`preferences.${i}`)}>
                    <option value="">{t("noChoice")}</option>
                    {postings.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
                  </select>
                )}
              </Field>
            ))}
          </div>
        </section>

        <section aria-labelledby="letter-heading" className="space-y-4">
          <h2 id="letter-heading" className="text-xl font-semibold">{t("letterHeading")}</h2>
          <Field label={t("coverLetter")} hint={t("coverLetterHint")} error={fieldError(errors.coverLetter?.message)}>
            {(c) => <textarea rows={10} {...c} {...form.register("coverLetter")} />}
          </Field>
          <CvUpload slug={slug} campaignId={campaign.id} initial={cv} disabled={closed} serverError={fieldError((errors as Record<string, { message?: string } | undefined>).cv?.message)} />
          <Field label={t("videoUrl")} hint={t("videoHint")} error={fieldError(errors.videoUrl?.message)}>
            {(c) => <input type="url" inputMode="url" {...c} {...form.register("videoUrl")} />}
          </Field>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-1" aria-describedby={errors.videoConfirmed ? "video-confirm-error" : undefined} {...form.register("videoConfirmed")} />
            <span>{t("videoConfirm")}</span>
          </label>
          {errors.videoConfirmed?.message ? <p id="video-confirm-error" className="text-sm text-red-800">{fieldError(errors.videoConfirmed.message)}</p> : null}
        </section>

        {campaign.questions.length ? (
          <section aria-labelledby="questions-heading" className="space-y-4">
            <h2 id="questions-heading" className="text-xl font-semibold">{t("questionsHeading")}</h2>
            {campaign.questions.map((q) => (
              <Field key={q.key} label={q.label} hint={q.required ? undefined : t("optional")} error={fieldError(errors.extraAnswers?.[q.key]?.message)}>
                {(c) => <textarea rows={3} {...c} {...form.register(`extraAnswers.${q.key}`)} />}
              </Field>
            ))}
          </section>
        ) : null}

        <section aria-labelledby="consent-heading" className="space-y-3">
          <h2 id="consent-heading" className="text-xl font-semibold">{t("consentHeading")}</h2>
          <p className="whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-sm">{campaign.consentText}</p>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-1" aria-describedby={errors.processingConsent ? "consent-error" : undefined} {...form.register("processingConsent")} />
            <span>{t("processingConsent")}</span>
          </label>
          {errors.processingConsent?.message ? <p id="consent-error" className="text-sm text-red-800">{fieldError(errors.processingConsent.message)}</p> : null}
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-1" {...form.register("talentPoolConsent")} />
            <span>{t("talentPoolConsent", { months: campaign.talentPoolMonths })}</span>
          </label>
        </section>

        <Button type="submit" disabled={form.formState.isSubmitting || closed}>
          {form.formState.isSubmitting ? t("sending") : sent ? t("sendChanges") : t("send")}
        </Button>
      </fieldset>
    </form>
  );
}
