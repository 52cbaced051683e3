"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { submitApplicationAction } from "@/lib/applications/actions";
import { placePosting, type Placement } from "@/lib/applications/ranking";
import { withListRules } from "@/lib/applicant-lists/schemas";
import { applicationFormSchema, type DraftData } from "@/lib/applications/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { ListDetailsSection } from "../applicant-lists/list-details-section";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useActionForm } from "../ui/use-action-form";
import { ConsentSection } from "./consent-section";
import type { CvInfo } from "./cv-upload";
import { ErrorSummary } from "./error-summary";
import { draftOf, toFormValues, type FormQuestion, type FormValues } from "./form-values";
import { LetterSection } from "./letter-section";
import { ProfileSection } from "./profile-section";
import { QuestionsSection } from "./questions-section";
import { RankingSection } from "./ranking-section";
import { SaveStatus } from "./save-status";
import { useSummaryItems } from "./summary-items";
import { useDraftAutosave } from "./use-draft-autosave";
import { VideoSection, type VideoRecordingInfo } from "./video-section";
import type { StoredTake } from "../videos/use-take-upload";

export interface ApplicationFormProps {
  slug: string;
  locale: AppLocale;
  campaign: {
    id: string;
    open: boolean;
    maxPreferences: number;
    talentPoolMonths: number;
    consentText: string;
    questions: FormQuestion[];
  };
  postings: { id: string; label: string }[];
  initial: DraftData;
  cv: CvInfo | null;
  /** The recorded take stored now, and what the recorder's consent text names (decision 0047). */
  video: StoredTake | null;
  recording: VideoRecordingInfo;
  /** The application already sent, if any: the form then sends changes. */
  sent: boolean;
  /** The posting whose "Apply" led here: it goes into the ranking (lib/applications/ranking.ts). */
  preselect?: string;
  /** Public employers' postings: those that get an applicant list, and a note beside each (decision 0050). */
  publicPostings?: { list: string[]; notes: Record<string, string> };
}

const NO_PUBLIC_POSTINGS = { list: [], notes: {} };

/**
 * The one application. Each section owns its fields; this form checks them all in one pass with
 * the server's schema, lists every problem at the top, keeps the draft saved (useDraftAutosave)
 * and sends or re-sends it idempotently.
 */
export function ApplicationForm({ slug, locale, campaign, postings, initial, cv, video, recording, sent, preselect, publicPostings = NO_PUBLIC_POSTINGS }: ApplicationFormProps) {
  const t = useTranslations("apply.form");
  const router = useRouter();
  const schema = useMemo(
    () => withListRules(applicationFormSchema(campaign.questions.filter((q) => q.required).map((q) => q.key)), publicPostings.list),
    [campaign.questions, publicPostings.list],
  );
  const form = useForm<FormValues>({
    resolver: zodResolver(schema) as unknown as Resolver<FormValues>,
    defaultValues: toFormValues(initial, campaign.maxPreferences, cv, video),
    // Focus goes to the error summary, which lists every problem, not to the first field.
    shouldFocusError: false,
  });
  const draft = useDraftAutosave(form, { slug, campaignId: campaign.id, open: campaign.open });
  const [placement, setPlacement] = useState<Placement | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  const pendingFocus = useRef(false);
  const items = useSummaryItems(form.formState.errors, campaign.questions);
  const arrived = useRef(false);

  // Once: the copy on this device (what the server may lack), then the posting "Apply" named.
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    if (draft.restore()) draft.saveSoon();
    if (!preselect) return;
    const placed = placePosting(form.getValues("preferences"), preselect);
    if (placed.placement.kind === "added") form.setValue("preferences", placed.preferences, { shouldDirty: true });
    setPlacement(placed.placement);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on arrival only
  }, []);

  // react-hook-form reports "invalid" before it publishes the errors: focus once the summary shows.
  useEffect(() => {
    if (!pendingFocus.current || !summary.current) return;
    pendingFocus.current = false;
    summary.current.focus();
  }, [focusSummary, items.length]);

  const { onSubmit, formError } = useActionForm(
    form,
    async (values) => {
      draft.pause();
      try {
        const result = await submitApplicationAction(slug, { ...draftOf(values), campaignId: campaign.id, locale } as Parameters<typeof submitApplicationAction>[1]);
        if (!result.ok) draft.resume();
        return result;
      } catch (error) {
        draft.resume();
        throw error;
      }
    },
    (data) => {
      draft.forget();
      router.push({ pathname: `/c/${slug}/me`, query: data.firstSubmission ? { sent: "1" } : { updated: "1" } });
      router.refresh();
    },
    {
      onInvalid: () => {
        pendingFocus.current = true;
        setFocusSummary((n) => n + 1);
      },
    },
  );
  // A failure appears above the Send button and would push it off a phone's screen: keep both in view.
  const sendArea = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (formError) sendArea.current?.scrollIntoView({ block: "nearest" });
  }, [formError]);
  const closed = draft.state.kind === "closed";
  const postingLabel = postings.find((p) => p.id === preselect)?.label ?? "";

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-8 [&_input]:scroll-mt-24 [&_select]:scroll-mt-24 [&_textarea]:scroll-mt-24">
        <SaveStatus state={draft.state} />
        {closed ? <Alert tone="error">{t("closed")}</Alert> : null}
        {placement ? <Alert tone="info">{t(`placed.${placement.kind}`, { posting: postingLabel, rank: "rank" in placement ? placement.rank : 0, max: campaign.maxPreferences })}</Alert> : null}
        <ErrorSummary ref={summary} items={items} />
        <fieldset disabled={closed} className="min-w-0 space-y-8">
          <ProfileSection />
          <RankingSection postings={postings} maxPreferences={campaign.maxPreferences} notes={publicPostings.notes} />
          <ListDetailsSection listPostings={publicPostings.list} />
          <LetterSection slug={slug} campaignId={campaign.id} disabled={closed} />
          <VideoSection slug={slug} campaignId={campaign.id} disabled={closed} recording={recording} />
          <QuestionsSection questions={campaign.questions} />
          <ConsentSection consentText={campaign.consentText} talentPoolMonths={campaign.talentPoolMonths} />
          <div ref={sendArea} className="space-y-3">
            {formError ? <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">{formError}</p> : null}
            <Button type="submit" disabled={form.formState.isSubmitting || closed}>
              {form.formState.isSubmitting ? t("sending") : sent ? t("sendChanges") : t("send")}
            </Button>
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
