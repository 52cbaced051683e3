"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveDraftAction } from "@/lib/applications/actions";
import { draftOf, type FormValues } from "./form-values";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  /** No connection: kept on this device, saved by itself when the connection returns. */
  | { kind: "offline" }
  /** The server could not save it right now: kept on this device, tried again shortly. */
  | { kind: "failed" }
  /** A text is longer than even a draft may be: kept on this device until it is shortened. */
  | { kind: "tooLong" }
  | { kind: "closed" };

const AUTOSAVE_MS = 1500;
const RETRY_MS = 15_000;

/**
 * The application saves itself as the applicant types: a copy on this device at once, the server
 * after a pause. "Saved" is said only once the server has confirmed the latest version; when the
 * connection returns, a pending version is saved without waiting for another keystroke.
 */
export function useDraftAutosave(form: UseFormReturn<FormValues>, { slug, campaignId, open }: { slug: string; campaignId: string; open: boolean }) {
  const storageKey = `kohort:application:${campaignId}`;
  const [state, setState] = useState<SaveState>(open ? { kind: "idle" } : { kind: "closed" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Each change bumps the version; a save confirms only the version it sent.
  const version = useRef(0);
  const confirmed = useRef(0);
  // While the application itself is being sent, no draft may be written: the sending deletes it.
  const paused = useRef(false);

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    const sending = version.current;
    if (sending === confirmed.current || paused.current) return;
    if (!navigator.onLine) return setState({ kind: "offline" });
    setState({ kind: "saving" });
    try {
      const result = await saveDraftAction(slug, { campaignId, data: draftOf(form.getValues()) });
      if (result.ok) {
        confirmed.current = Math.max(confirmed.current, sending);
        if (version.current !== sending) return; // newer changes are on their way
        window.localStorage.removeItem(storageKey);
        setState({ kind: "saved", at: new Date(result.data.savedAt) });
      } else if (result.error === "campaignClosed") setState({ kind: "closed" });
      else if (result.error === "validation") setState({ kind: "tooLong" });
      else setState({ kind: "failed" });
    } catch {
      setState({ kind: navigator.onLine ? "failed" : "offline" });
    }
  }, [form, slug, campaignId, storageKey]);

  const changed = useCallback(
    (values: FormValues) => {
      version.current += 1;
      window.localStorage.setItem(storageKey, JSON.stringify({ values: draftOf(values) }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
    },
    [save, storageKey],
  );

  /** Puts back a copy kept on this device (newer than the server's: it holds what was not saved). */
  const restore = useCallback((): boolean => {
    const local = window.localStorage.getItem(storageKey);
    if (!local) return false;
    try {
      const { values } = JSON.parse(local) as { values: Partial<FormValues> };
      form.reset({ ...form.getValues(), ...values, cv: form.getValues("cv"), video: form.getValues("video") });
      return true;
    } catch {
      window.localStorage.removeItem(storageKey);
      return false;
    }
  }, [form, storageKey]);

  useEffect(() => {
    if (!open) return;
    const subscription = form.watch((_values, { name }) => {
      // The CV and the recorded take are stored on their own; choosing one is no change to the draft.
      if (name !== "cv" && name !== "video") changed(form.getValues());
    });
    const online = () => void save();
    window.addEventListener("online", online);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("online", online);
    };
  }, [form, open, changed, save]);

  // A save the server could not take is tried again, as long as there is a connection.
  useEffect(() => {
    if (state.kind !== "failed") return;
    const retry = setTimeout(() => void save(), RETRY_MS);
    return () => clearTimeout(retry);
  }, [state, save]);

  return {
    state,
    restore,
    /** After restoring a copy from this device, send it: it holds what the server lacks. */
    saveSoon: () => changed(form.getValues()),
    /** Sending the application replaces the draft: no saving meanwhile. */
    pause: () => {
      if (timer.current) clearTimeout(timer.current);
      paused.current = true;
    },
    /** Sending failed: what was not saved yet is saved after all. */
    resume: () => {
      paused.current = false;
      void save();
    },
    /** Sent: the device's copy has served its purpose. */
    forget: () => window.localStorage.removeItem(storageKey),
  };
}
